import TextAnalysis

/// One piece of text seen by the rule matcher: a run of letters, a run of digits, or one
/// other visible character.
///
/// The matcher works on these rather than on `Document.tokens` because TimeML extents need
/// sub-token precision (`mid-1990s`, `10:30`, `3/22/2013`) and because tokenisation belongs
/// to another stage that may not have run.
struct ScanToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, symbol }

    /// Unicode scalar offset of the first scalar.
    var start: Int
    /// Offset one past the last scalar.
    var end: Int
    var kind: Kind
    /// Lower-cased text; curly apostrophes are folded to `'`.
    var text: String
    /// Whether whitespace separates this token from the previous one.
    var spaceBefore: Bool
    /// Whether a line break separates this token from the previous one.
    var lineBreakBefore: Bool
    /// Whether the first character is an upper-case letter in the text.
    var capitalized: Bool = false
}

/// Splits a document's scalars into `ScanToken`s in one linear pass.
enum TextScanner {
    static func scan(_ scalars: [Unicode.Scalar]) -> [ScanToken] {
        var tokens: [ScanToken] = []
        tokens.reserveCapacity(scalars.count / 4)
        var index = 0
        var space = true
        var lineBreak = true
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                space = true
                if scalar == "\n" || scalar == "\r" { lineBreak = true }
                index += 1
                continue
            }
            let start = index
            let kind: ScanToken.Kind
            var text = String.UnicodeScalarView()
            if isDigit(scalar) {
                kind = .number
                while index < count, isDigit(scalars[index]) {
                    text.append(scalars[index])
                    index += 1
                }
            } else if isLetter(scalar) {
                kind = .word
                while index < count, isLetter(scalars[index]) {
                    text.append(lowercase(scalars[index]))
                    index += 1
                }
            } else {
                kind = .symbol
                text.append(foldPunctuation(scalar))
                index += 1
            }
            tokens.append(ScanToken(start: start, end: index, kind: kind, text: String(text),
                                    spaceBefore: space, lineBreakBefore: lineBreak,
                                    capitalized: kind == .word
                                        && scalar.properties.isUppercase))
            space = false
            lineBreak = false
        }
        return tokens
    }

    /// Splits a rule or lexicon phrase the same way text is split, so both sides agree.
    static func words(of phrase: String) -> [String] {
        scan(Array(phrase.unicodeScalars)).map(\.text)
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 {
            return (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
        }
        return scalar.properties.isAlphabetic
    }

    @inline(__always)
    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value >= 65 && value <= 90 { return Unicode.Scalar(value + 32)! }
        if value < 128 { return scalar }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    /// Typographic apostrophes and dashes behave like their ASCII forms in rules.
    static func foldPunctuation(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2019, 0x2018, 0x02BC: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014: return "-"
        default: return scalar
        }
    }
}
