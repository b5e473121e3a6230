import Testing
import TextAnalysis
@testable import TimeExpressions

/// A date opening a line is not refused by the line above it: a context that must not come
/// before a rule ("[^ <int>] March 22") is not looked for across a line break. Letters and
/// posts put their date on a line of its own under an address or a year.
@Suite struct LineStartTests {
    static let tagger = try! TemporalTagger.load()

    /// Text (with its line breaks), document date, the mention expected, and its value.
    static let rows: [(String, String, String, String)] = [
        ("Abbot Academy\nAndover, Massachusetts 01810\nMay 30\nMum,\nGot your note today",
         "1969-06-02", "May 30", "1969-05-30"),
        ("19 70\nJan. 10\ndear mum,\nsure enough we had creative days", "1970-01-12",
         "Jan. 10", "1970-01-10"),
    ]

    @Test(arguments: rows)
    func findsDateOpeningALine(_ row: (String, String, String, String)) {
        let (text, date, extent, value) = row
        let document = TemporalCorpusTests.annotate(text, date: date)
        let found = document.timexes.map { (document.text(of: $0.span), $0.value) }
        #expect(found.contains { $0.0 == extent && $0.1 == value })
    }

    /// On one line the context still holds: a number right before a month and day is not
    /// read with them ("01810 May 30" stays untagged as a date).
    @Test func keepsContextWithinALine() {
        let document = Document(id: "t", text: "Massachusetts 01810 May 30 Mum",
                                creationDate: CalendarDate(iso: "1969-06-02")!)
        #expect(Self.tagger.mentions(in: document).isEmpty)
    }
}
