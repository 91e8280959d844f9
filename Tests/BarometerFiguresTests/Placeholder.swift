import Testing

@testable import BarometerFigures
