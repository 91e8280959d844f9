import Testing

@testable import BarometerEvaluation
