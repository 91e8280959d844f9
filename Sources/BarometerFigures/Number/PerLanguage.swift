import BarometerText

/// One value per analysed language, built once (word lists, rules).
struct PerLanguage<Value: Sendable>: Sendable {
    private let english: Value
    private let german: Value
    private let chinese: Value

    init(_ make: (Language) -> Value) {
        english = make(.english)
        german = make(.german)
        chinese = make(.chinese)
    }

    /// The value for `language`; an undetermined language gets English's (callers skip such text before).
    subscript(_ language: Language) -> Value {
        switch language {
        case .german: german
        case .chinese: chinese
        default: english
        }
    }
}
