import Testing
@testable import EventExtraction
import TextAnalysis

/// Lexicons load once and a bad line is an error naming its file and line.
struct LexiconLoadingTests {
    @Test func bundledLexiconsLoad() throws {
        let actors = try ActorLexicon.bundled()
        let events = try EventLexicon.bundled()
        #expect(actors.countryNames.count >= 249)
        #expect(events.verbs["say"]?.type == .statement)
        #expect(events.nouns["incursion"]?.type == .fightAttack)
    }

    @Test(arguments: [
        ("word\tkind\n# a comment\n\nmilitants\tgroup\textra\n", 4,
         "3 fields but the header has 2 columns"),
        ("term\tkind\nmilitants\tgroup\n", 1,
         "header lacks column(s) word; found term, kind"),
        ("# only a comment\n", 1, "no header row"),
    ])
    func badTableNamesFileAndLine(text: String, line: Int, message: String) {
        #expect(throws: ExtractionError.badLexicon(file: "test.tsv", line: line,
                                                   message: message)) {
            _ = try TSVTable(name: "test.tsv", text: text, required: ["word", "kind"])
        }
    }
}
