import Testing
@testable import BarometerStore
