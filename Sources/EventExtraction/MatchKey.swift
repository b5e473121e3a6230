/// The form a token or lexicon word is compared in: lower case, typographic apostrophes and
/// dashes folded, so lexicons need no `Jan`/`jan`/`JAN` or `’`/`'` variants.
enum MatchKey {
    static func normalize(_ text: String) -> String {
        // ASCII has none of the apostrophes and hyphens folded below.
        if !text.utf8.contains(where: { $0 >= 0x80 }) { return text.lowercased() }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{02BC}": result.unicodeScalars.append("'")
            case "\u{2010}", "\u{2011}": result.unicodeScalars.append("-")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Splits a lexicon phrase into the keys of its words ("the white house" → white, house);
    /// a leading "the" is dropped because mentions never include it.
    static func words(of phrase: String) -> [String] {
        var words = normalize(phrase).split(separator: " ").map(String.init)
        if words.count > 1, words.first == "the" { words.removeFirst() }
        return words
    }
}
