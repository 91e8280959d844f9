import Testing

@testable import BarometerText
