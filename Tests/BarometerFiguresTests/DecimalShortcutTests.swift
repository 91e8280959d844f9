import Foundation
import Testing

@testable import BarometerFigures

/// The integer shortcuts for scaled and fractional values must build the very `Decimal` Foundation's arithmetic
/// builds (same bytes, so the same text and the same comparisons downstream), not only an equal value.
@Suite struct DecimalShortcutTests {
    /// The stored bytes of a Decimal: exponent, length, flags and mantissa.
    private func bytes(_ d: Decimal) -> [UInt8] { withUnsafeBytes(of: d) { Array($0) } }

    @Test("a literal times a scale is the Decimal product, for powers of ten and other scales")
    func scaledLiteral() {
        let scales = ["1e3", "1e6", "1e9", "1e12", "1e4", "1e8", "100", "12", "0.001"].map {
            Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX"))!
        }
        for digits in ["0", "1", "5", "15", "150", "1500", "3.25", "0.08", "999999999", "123456789012345678"] {
            var literal = DecimalLiteral()
            var afterPoint = false
            for c in digits {
                if c == "." {
                    afterPoint = true
                } else if afterPoint {
                    literal.appendFraction(c.wholeNumberValue!)
                } else {
                    literal.append(c.wholeNumberValue!)
                }
            }
            for scale in scales {
                #expect(bytes(literal.times(scale)) == bytes(literal.value * scale), "\(digits) × \(scale)")
            }
        }
    }

    @Test("a literal's value is the Decimal of its digits, read from the table of small integers or built")
    func literalValue() {
        // Around the table's end (10,000), years, leading zeros, and decimals (never from the table).
        let integers = Array(0...120) + [999, 1000, 1999, 2024, 2100, 9998, 9999, 10_000, 10_001, 65_535, 65_536]
        for n in integers {
            for text in [String(n), "00" + String(n)] {
                var literal = DecimalLiteral()
                for c in text { literal.append(c.wholeNumberValue!) }
                let expected = Decimal(sign: .plus, exponent: 0, significand: Decimal(UInt64(n)))
                #expect(bytes(literal.value) == bytes(expected), "\(text)")
            }
        }
        var decimal = DecimalLiteral()
        for digit in [3, 2, 5] { decimal.append(digit) }
        decimal.appendFraction(5)
        #expect(bytes(decimal.value) == bytes(Decimal(sign: .plus, exponent: -1, significand: Decimal(UInt64(3255)))))
        var beyond = DecimalLiteral()
        for _ in 0..<20 { beyond.append(9) }  // beyond 18 digits the magnitude is kept in the exponent
        let eighteenNines = Decimal(UInt64(999_999_999_999_999_999))
        #expect(bytes(beyond.value) == bytes(Decimal(sign: .plus, exponent: 2, significand: eighteenNines)))
    }

    @Test("a fraction of integers is the rounded Decimal quotient, ties rounded up")
    func integerFraction() {
        for numerator in 0...60 {
            for denominator in 1...60 {
                let expected = (Decimal(numerator) / Decimal(denominator)).rounded(NumberRecognizer.fractionPlaces)
                let got = Decimal.fraction(numerator, over: denominator, places: NumberRecognizer.fractionPlaces)
                #expect(bytes(got) == bytes(expected), "\(numerator)/\(denominator)")
            }
        }
        // Beyond 64 bits after scaling, and a negative numerator: Foundation's division.
        #expect(Decimal.fraction(Int.max / 3, over: 7, places: 10) == (Decimal(Int.max / 3) / 7).rounded(10))
        #expect(Decimal.fraction(-2, over: 3, places: 10) == (Decimal(-2) / 3).rounded(10))
        #expect(Decimal.fraction(1, over: 8, places: 2) == Decimal(string: "0.13"))
    }
}
