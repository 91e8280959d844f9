import Testing
@testable import BarometerReports
