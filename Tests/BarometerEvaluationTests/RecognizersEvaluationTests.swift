import BarometerEvaluation
import Foundation
import Testing

/// Where the shared evaluation corpora are: `BAROMETER_CORPORA`, else `../shared/corpora` beside the package root.
func corporaDirectory() -> URL {
    if let path = ProcessInfo.processInfo.environment["BAROMETER_CORPORA"], !path.isEmpty {
        return URL(fileURLWithPath: path)
    }
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora")
}

/// Barometer on Microsoft Recognizers-Text's specs: every number, percent and currency file stays at or above the
/// share of applicable cases it passed when this floor was set (a point or two below, so a regression fails).
@Suite struct RecognizersEvaluationTests {
    /// Pass rates measured on 2026-11-21 (second pass), minus up to a point.
    static let floors: [String: Double] = [
        "English/NumberModel": 0.89, "English/PercentModel": 0.98, "English/CurrencyModel": 0.9,
        "German/NumberModel": 0.91, "German/PercentModel": 0.98, "German/CurrencyModel": 0.93,
        "Chinese/NumberModel": 0.92, "Chinese/PercentModel": 0.95, "Chinese/CurrencyModel": 0.92,
    ]

    @Test("pass rates stay at their floors")
    func passRates() throws {
        let specs = corporaDirectory().appendingPathComponent("recognizers-specs")
        guard FileManager.default.fileExists(atPath: specs.path) else {
            Issue.record(
                "Recognizers specs not found at \(specs.path): check out ../shared/corpora beside the package or set BAROMETER_CORPORA"
            )
            return
        }
        let results = try RecognizersEvaluation.run(specs: specs)
        #expect(results.count == 12)
        for result in results where result.model != .dateTime {
            let name = "\(result.language.rawValue)/\(result.model.rawValue)"
            print(
                name, "\(result.passed)/\(result.applicable)", String(format: "%.1f%%", result.passRate * 100),
                result.notApplicable)
            for failure in result.failures.prefix(
                ProcessInfo.processInfo.environment["BAROMETER_SHOW_FAILURES"] != nil ? 200 : 0)
            {
                print("   ✗ [\(name)]", failure)
            }
            let floor = try #require(Self.floors[name], "no floor for \(name)")
            #expect(result.applicable > 0, "\(name): no applicable cases")
            #expect(result.passRate >= floor, "\(name): \(result.passed)/\(result.applicable) below the floor \(floor)")
        }
    }
}
