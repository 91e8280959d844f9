import Testing

@testable import BarometerSentiment
