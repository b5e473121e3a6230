import Testing
import TextAnalysis

/// The shipped tagger on real news sentences (gold UD tags written by hand).
struct PartOfSpeechTaggerTests {
    static let examples: [(String, String)] = [
        ("Russia expelled two diplomats on Friday.",
         "PROPN VERB NUM NOUN ADP PROPN PUNCT"),
        ("The minister said the talks would resume in Geneva.",
         "DET NOUN VERB DET NOUN AUX VERB ADP PROPN PUNCT"),
        ("Police seized 14,000 rifles, officials told reporters.",
         "NOUN VERB NUM NOUN PUNCT NOUN VERB NOUN PUNCT"),
        ("It is not clear who sent the letter.",
         "PRON AUX PART ADJ PRON VERB DET NOUN PUNCT"),
    ]

    @Test(arguments: examples)
    func tagsNewsSentences(text: String, expected: String) throws {
        var document = makeDocument(text)
        try TextAnalyzer.standard.process(&document)
        let tags = document.tokens.map { $0.upos?.rawValue ?? "-" }
        #expect(tags.joined(separator: " ") == expected)
        #expect(document.tokens.allSatisfy { $0.xpos != nil })
    }

    @Test func taggerIsUsableFromManyThreadsAtOnce() async throws {
        let results = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var document = makeDocument("Gen. Lee praised the troops.")
                    try TextAnalyzer.standard.process(&document)
                    return document.tokens.map { $0.xpos ?? "-" }.joined(separator: " ")
                }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(results == ["NNP NNP VBD DT NNS ."])
    }
}
