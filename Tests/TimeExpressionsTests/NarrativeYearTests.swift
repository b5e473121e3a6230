import Testing
import TextAnalysis
@testable import TimeExpressions

/// A bare month or day in a retrospective text (at least three dates naming their year, fewer
/// than a third of them near the document's year, no "today"/"yesterday"/weekday) takes the
/// year the text last named; in news it is still read from the document date.
@Suite struct NarrativeYearTests {
    /// Text, document date, a bare month or day in it, and its expected value.
    static let rows: [(String, String, String, String)] = [
        // GUM train biography of Brock Holt (dated 2011 in GUM, written years later).
        ("Holt graduated in 2006. In 2003, his freshman year, he made the team. In 2005, Holt "
         + "was named player of the year. Holt opened 2012 with Altoona. He was promoted as "
         + "the rosters expanded on September 1.",
         "2011-04-13", "September 1", "2012-09-01"),
        ("He began in 1998 and played in 2005. Holt again started 2014 in Triple-A, but was "
         + "called up May 17 after an injury.", "2011-04-13", "May 17", "2014-05-17"),
        // A 1989 news story: a weekday makes the document date the reference.
        ("The company, founded in 1974, bought a rival in 1987 and another in 1988. It said "
         + "on Tuesday that the deal would close Sept. 30.", "1989-10-26", "Sept. 30",
         "1989-09-30"),
    ]

    @Test(arguments: rows)
    func readsBareMonthFromTheNarrativeYear(_ row: (String, String, String, String)) {
        let (text, date, extent, value) = row
        let document = TemporalCorpusTests.annotate(text, date: date)
        let found = document.timexes.map { (document.text(of: $0.span), $0.value) }
        #expect(found.contains { $0.0 == extent && $0.1 == value }, "\(found)")
    }
}
