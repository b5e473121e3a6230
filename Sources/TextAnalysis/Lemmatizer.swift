/// Sets `Token.lemma`: proper nouns, numbers and punctuation keep their form, other words
/// are looked up in the learned exception table (`Models/lemmas.tsv`) and otherwise
/// lemmatised by `LemmaRules` from their Penn tag. Needs the tagger's `xpos`.
///
/// Good enough to map verbs to event classes: `said`→`say`, `seized`→`seize`, `is`→`be`.
public struct Lemmatizer: PipelineStage {
    /// Stable stage name, used to disable the stage and to tag what it adds.
    public let name = "lemmatizer"
    private let table: LemmaTable?

    /// A lemmatizer using the shipped exception table (loaded on first use).
    public init() { table = nil }

    /// A lemmatizer using the given exception table.
    public init(table: LemmaTable) { self.table = table }

    /// Adds this stage's layer to `document`; fails only when a model or word list cannot be
    /// loaded.
    public func process(_ document: inout Document) throws(PipelineError) {
        let table: LemmaTable
        if let own = self.table { table = own } else { table = try LemmaTable.shipped() }
        for index in document.tokens.indices {
            let token = document.tokens[index]
            let slice = document.scalars[token.span.start..<token.span.end]
            document.tokens[index].lemma = Self.lemma(of: slice, upos: token.upos,
                                                      xpos: token.xpos, table: table)
        }
    }

    /// The lemma of one word given its tags.
    static func lemma(of scalars: ArraySlice<Unicode.Scalar>, upos: PartOfSpeech?,
                      xpos: String?, table: LemmaTable) -> String {
        let text = String(scalars: scalars)
        switch upos {
        case .propn?, .num?, .punct?, .sym?: return text
        default: break
        }
        guard let xpos else { return text.lowercased() }
        if let known = table.lemma(lower: WordShape(scalars).lower, xpos: xpos) { return known }
        return LemmaRules.lemma(of: text.lowercased(), xpos: xpos)
    }

    /// The lemma of a word given as text (for tests and evaluation).
    public static func lemma(of word: String, upos: PartOfSpeech?, xpos: String?,
                             table: LemmaTable) -> String {
        lemma(of: ArraySlice(Array(word.unicodeScalars)), upos: upos, xpos: xpos, table: table)
    }
}

extension Lemmatizer {
    /// Share of the gold words of `sentences` whose lemma is right, using the tagger's
    /// predicted tags (or the gold tags when `tagger` is nil).
    public static func accuracy(on sentences: [TreebankSentence], tagger: POSTaggerModel?,
                                table: LemmaTable) -> Double {
        var correct = 0, total = 0
        var scratch = TaggerScratch(labelCount: tagger?.labelCount ?? 1)
        var labels: [Int] = []
        for sentence in sentences {
            if let tagger {
                let words = sentence.words.map { WordShape($0.form) }
                words.withUnsafeBufferPointer { tagger.tag($0, into: &labels, scratch: &scratch) }
            }
            for (index, word) in sentence.words.enumerated() {
                let upos = tagger.map { $0.upos[labels[index]] }
                    ?? PartOfSpeech(rawValue: word.upos)
                let xpos = tagger.map { $0.xpos[labels[index]] } ?? word.xpos
                if lemma(of: word.form, upos: upos, xpos: xpos, table: table) == word.lemma {
                    correct += 1
                }
                total += 1
            }
        }
        return Double(correct) / Double(max(total, 1))
    }
}
