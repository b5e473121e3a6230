import TextAnalysis

/// A named word list (`months`, `weekdays`, `units` …) that rules refer to as `{name}`.
///
/// Entries are lower-case phrases with a value (`sept` → `9`); a phrase may span several
/// scan tokens (`twenty four`, `new year's day`). Matching is case-insensitive because the
/// scanner lower-cases the text. Loaded from `Resources/en/lexicons/<name>.tsv`.
struct Lexicon: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var value: String
    }

    var name: String
    /// Entries keyed by their first word, longest phrase first.
    private(set) var byFirstWord: [String: [Entry]] = [:]
    /// Value of each whole phrase, words joined by one space.
    private(set) var valueOfPhrase: [String: String] = [:]

    init(name: String, table: TSVTable) throws(TemporalResourceError) {
        self.name = name
        for row in table.rows {
            let phrase = row["entry"]
            let value = row["value"]
            if phrase.isEmpty || value.isEmpty {
                throw .invalidLine(file: table.file, line: row.line,
                                   message: "entry and value must both be filled")
            }
            if phrase != phrase.lowercased() {
                throw .invalidLine(file: table.file, line: row.line,
                                   message: "entry '\(phrase)' must be lower-case")
            }
            let words = TextScanner.words(of: phrase)
            let key = words.joined(separator: " ")
            if let old = valueOfPhrase[key], old != value {
                throw .invalidLine(file: table.file, line: row.line,
                                   message: "'\(phrase)' already has value \(old)")
            }
            valueOfPhrase[key] = value
            byFirstWord[words[0], default: []].append(Entry(words: words, value: value))
        }
        for key in byFirstWord.keys {
            byFirstWord[key]!.sort { $0.words.count > $1.words.count }
        }
    }

    /// All entries, in no particular order.
    var entries: [Entry] { byFirstWord.values.flatMap { $0 } }

    /// First words of all entries, for the matcher's dispatch table.
    var firstWords: Dictionary<String, [Entry]>.Keys { byFirstWord.keys }
}
