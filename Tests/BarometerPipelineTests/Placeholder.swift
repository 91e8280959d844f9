import Testing
@testable import BarometerPipeline
