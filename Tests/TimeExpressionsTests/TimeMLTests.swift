import Foundation
import Testing
import TextAnalysis
@testable import TimeExpressions

/// Reading, writing and scoring TimeML.
@Suite struct TimeMLTests {
    static let sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>doc1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">19980108</TIMEX3></DCT>
        <TEXT>Prices fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> \
        &amp; rose <EVENT eid="e1">today</EVENT> at AT&amp;T.</TEXT>
        </TimeML>
        """

    @Test func readsTextDateAndTimexes() throws {
        let document = try TimeMLDocument(markup: Self.sample, file: "doc1.tml")
        #expect(document.id == "doc1")
        #expect(document.creationDate == CalendarDate(year: 1998, month: 1, day: 8))
        #expect(document.text == "Prices fell yesterday & rose today at AT&T.")
        #expect(document.timexes.count == 1)
        #expect(document.timexes.first?.span == Span(start: 12, end: 21))
        #expect(document.timexes.first?.value == "1998-01-07")
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        var markup: String
        var expected: String
        var testDescription: String { expected }
    }

    @Test(arguments: [
        BadInput(markup: "<TimeML><DOCID>x</DOCID></TimeML>", expected: "no <TEXT>"),
        BadInput(markup: "<TimeML><TEXT>a <b>c</TEXT></TimeML>", expected: "not well-formed"),
        BadInput(markup: "<TimeML><TEXT>a &bogus; c</TEXT></TimeML>", expected: "entity"),
        BadInput(markup: "<TimeML><DCT><TIMEX3 value=\"soon\">x</TIMEX3></DCT>"
                 + "<TEXT>a</TEXT></TimeML>", expected: "not a YYYY-MM-DD date"),
    ])
    func reportsBrokenInputClearly(_ input: BadInput) {
        #expect {
            _ = try TimeMLDocument(markup: input.markup, file: "bad.tml")
        } throws: { error in
            "\(error)".contains(input.expected) && "\(error)".contains("bad.tml")
        }
    }

    @Test func writesSameTextWithTags() throws {
        let source = try TimeMLDocument(markup: Self.sample, file: "doc1.tml")
        var document = try source.document()
        try TemporalTagger.load().process(&document)
        try TemporalNormalizer().process(&document)
        let written = TimeMLWriter.write(document, timexes: document.timexes)
        let reread = try TimeMLDocument(markup: written, file: "out.tml")
        #expect(reread.text == source.text)
        #expect(reread.timexes.map(\.value) == ["1998-01-07", "1998-01-08"])
        #expect(written.contains("AT&amp;T"))
    }

    @Test func scoresIdenticalFilesPerfectlyAndCountsMismatches() throws {
        let gold = try TimeMLDocument(markup: Self.sample, file: "gold.tml")
        let same = TimexScorer.score(gold: gold, system: gold, name: "same")
        #expect(same.counts.strict == 1 && same.counts.value == 1 && same.counts.system == 1)
        var system = gold
        system.timexes = [TimeMLDocument.Timex(span: Span(start: 12, end: 17), tid: "t1",
                                               type: "DATE", value: "1998-01-06")]
        let partial = TimexScorer.score(gold: gold, system: system, name: "partial")
        #expect(partial.counts.relaxed == 1)
        #expect(partial.counts.strict == 0)
        #expect(partial.counts.value == 0)
        var changed = gold
        changed.text += " "
        #expect(TimexScorer.score(gold: gold, system: changed, name: "text").error != nil)
        let summary = TimexScorer.Summary(partial.counts)
        #expect(summary.relaxed.f1 == 1 && summary.strict.f1 == 0)
    }
}
