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

    /// The argument stage's word lists come from `argument-words.tsv`, each list by name.
    @Test(arguments: [("minister", "role-head"), ("police", "role-head"),
                      ("hold", "light-verb"), ("stage", "light-verb"),
                      ("against", "target-preposition"), ("with", "target-preposition")])
    func argumentWordListsLoad(word: String, list: String) throws {
        let lexicon = try EventLexicon.bundled()
        let lists = ["role-head": lexicon.roleHeads, "light-verb": lexicon.lightVerbs,
                     "target-preposition": lexicon.targetPrepositions]
        #expect(lists[list]?.contains(word) == true)
        #expect(lists.filter { $0.value.contains(word) }.count == 1)
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
