/// The word lists the tokenizer and sentence splitter read: abbreviations, starters and
/// closings.
///
/// Kept as data (`Models/abbreviations.tsv`, `Models/sentence-starters.txt`,
/// `Models/closings.txt`) so adding an
/// abbreviation is an edit of a word list, not of code. Loaded once, read-only.
public struct TokenizerLexicon: Sendable {
    /// What an abbreviation tells the sentence splitter.
    public enum AbbreviationKind: String, Sendable {
        /// Precedes a name (`Mr.`, `Gen.`): never ends a sentence.
        case title
        /// A month (`Jan.`): precedes a day number.
        case month
        /// Before a number only (`No. 5`, `p. 12`); elsewhere the period is split off.
        case number
        /// Anything else (`Inc.`, `etc.`): may end a sentence.
        case other
    }

    /// Lower-cased abbreviations, final period included, with their kind.
    public let abbreviations: [String: AbbreviationKind]
    /// Lower-cased words that usually begin a sentence.
    public let sentenceStarters: Set<String>
    /// Lower-cased closing words of letters ("regards"): with a comma they end a sentence.
    public let closings: Set<String>

    public init(abbreviations: [String: AbbreviationKind], sentenceStarters: Set<String>,
                closings: Set<String> = []) {
        self.abbreviations = abbreviations
        self.sentenceStarters = sentenceStarters
        self.closings = closings
    }

    /// The lexicon shipped in `Models/`, read on first use.
    public static func shipped() throws(PipelineError) -> TokenizerLexicon {
        try cached.get()
    }

    private static let cached: Result<TokenizerLexicon, PipelineError> = {
        do throws(PipelineError) { return .success(try load()) } catch { return .failure(error) }
    }()

    private static func load() throws(PipelineError) -> TokenizerLexicon {
        var abbreviations: [String: AbbreviationKind] = [:]
        for (number, line) in try ModelResources.lines("abbreviations.tsv", stage: "tokenizer",
                                                       header: true) {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let kind = AbbreviationKind(rawValue: String(fields[1]))
            else {
                throw PipelineError(
                    stage: "tokenizer",
                    message: "abbreviations.tsv:\(number): expected `abbreviation<TAB>kind` "
                        + "with kind title, month, number or other")
            }
            abbreviations[fields[0].lowercased()] = kind
        }
        var starters = Set<String>()
        for (_, line) in try ModelResources.lines("sentence-starters.txt", stage: "tokenizer",
                                                  header: false) {
            starters.insert(line.lowercased())
        }
        var closings = Set<String>()
        for (_, line) in try ModelResources.lines("closings.txt", stage: "tokenizer",
                                                  header: false) {
            closings.insert(line.lowercased())
        }
        return TokenizerLexicon(abbreviations: abbreviations, sentenceStarters: starters,
                                closings: closings)
    }
}
