import Testing
@testable import EventExtraction
import TextAnalysis

/// An article lists at most the events a journalist would put on its timeline
/// (`timeline-ranking.tsv`), the highest-ranked first; a bad row names its line.
struct TimelineRankingTests {
    static let cities = ["Leeds", "Bristol", "Cardiff", "Glasgow", "Belfast", "Dublin",
                         "Cork", "Galway", "Derby", "Hull", "York", "Bath", "Oxford",
                         "Norwich"]

    @Test func aLongArticleKeepsItsHighestRankedEvents() throws {
        // Fourteen dated arrests by the police and three plain statements: fifteen are
        // listed, the arrests and the first statement.
        var sentences = Self.cities.map { "On Monday, police arrested three men in \($0)." }
        sentences += ["Mayor John Smith said the streets were calm.",
                      "Inspector Mary Jones said the streets were calm.",
                      "Councillor Peter Brown said the streets were calm."]
        let document = try ExtractorFixture.annotate(sentences.joined(separator: " "))
        let listed = document.events.filter(\.isSalient)
        #expect(listed.count == 15)
        #expect(listed.filter { $0.lemma == "arrest" }.count == 14)
        let said = document.events.filter { $0.lemma == "say" }
        #expect(said.count == 3)
        #expect(said.map(\.isSalient) == [true, false, false])
    }

    @Test func aShortArticleKeepsEveryEvent() throws {
        let document = try ExtractorFixture.annotate(
            "On Monday, police arrested three men in Leeds. Mayor John Smith said the "
            + "streets were calm.")
        #expect(document.events.filter(\.isSalient).count == 2)
    }

    @Test(arguments: [
        ("feature\tweight\nlimit\tmany\n", 2, "weight 'many' is not a whole number"),
        ("feature\tweight\ntype:WAR\t2\n", 2, "unknown event type in 'type:WAR'"),
        ("feature\tweight\nlimit\t0\n", 2, "limit must be positive"),
        ("feature\tweight\n# note\nlength\t3\n", 3, "unknown feature 'length'; known: "
            + "limit, type:T, own-date, agent, plain-report"),
    ])
    func badRowsNameTheirLine(text: String, line: Int, message: String) {
        #expect(throws: ExtractionError.badLexicon(file: "ranking.tsv", line: line,
                                                   message: message)) {
            _ = try TimelineRanking(table: TSVTable(name: "ranking.tsv", text: text,
                                                   required: ["feature", "weight"]))
        }
    }
}
