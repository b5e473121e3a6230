import Testing
import TextAnalysis

/// Lemmas of event verbs and other inflected words, from gold tags.
struct LemmatizerTests {
    static let examples: [(String, String, String)] = [
        ("said", "VBD", "say"), ("sent", "VBD", "send"), ("seized", "VBD", "seize"),
        ("expelled", "VBD", "expel"), ("praised", "VBN", "praise"), ("told", "VBD", "tell"),
        ("is", "VBZ", "be"), ("was", "VBD", "be"), ("'s", "VBZ", "be"),
        ("n't", "RB", "not"), ("attacked", "VBD", "attack"), ("arrested", "VBN", "arrest"),
        ("announcing", "VBG", "announce"), ("stopped", "VBD", "stop"),
        ("criticized", "VBD", "criticize"), ("cities", "NNS", "city"),
        ("talks", "NNS", "talk"), ("bigger", "JJR", "big"), ("met", "VBD", "meet"),
        ("fled", "VBD", "flee"), ("children", "NNS", "child"), ("argued", "VBD", "argue"),
    ]

    @Test(arguments: examples)
    func lemmatizesInflectedWords(word: String, xpos: String, lemma: String) throws {
        let table = try LemmaTable.shipped()
        let upos: PartOfSpeech = xpos.hasPrefix("VB") ? .verb
            : xpos.hasPrefix("NN") ? .noun : xpos == "RB" ? .part : .adj
        #expect(Lemmatizer.lemma(of: word, upos: upos, xpos: xpos, table: table) == lemma)
    }

    @Test func keepsProperNounsAsWritten() throws {
        var document = makeDocument("The Kremlin said Moscow expelled them.")
        try TextAnalyzer.standard.process(&document)
        let lemmas = document.tokens.map { $0.lemma ?? "-" }
        #expect(lemmas == ["the", "Kremlin", "say", "Moscow", "expel", "they", "."])
    }
}
