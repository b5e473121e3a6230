import Testing
import TextAnalysis
@testable import TimeExpressions

/// The boundary pass after the rules: extents, types and the `mod` it sets.
@Suite struct ExtentRefinerTests {
    static let tagger = try! TemporalTagger.load()

    /// Text, the extent of its one mention, its type and its TIMEX3 mod ("" for none).
    static let rows: [(String, String, TimexType, String)] = [
        ("Not profitable until 1994 or later.", "1994 or later", .date, "ON_OR_AFTER"),
        ("Targets for 1990 and beyond.", "1990 and beyond", .date, "ON_OR_AFTER"),
        ("Built in 1950 or earlier.", "1950 or earlier", .date, "ON_OR_BEFORE"),
        ("The post-1959 order.", "post-1959", .date, "AFTER"),
        ("The pre-1967 lines.", "pre-1967", .date, "BEFORE"),
        ("It closed a couple of years ago.", "a couple of years ago", .date, ""),
        ("It began nearly two and a half years ago.", "nearly two and a half years ago",
         .date, "APPROX"),
        ("For the remaining three months.", "the remaining three months", .duration, ""),
        ("Following a year of talks.", "a year", .duration, ""),
        ("An extra seven-day period.", "seven-day", .duration, ""),
        ("Updated Fri March 22, 2013.", "Fri March 22, 2013", .date, ""),
        ("The Sun, March 22, said so.", "March 22", .date, ""),
        ("It is this coming Sunday, March 8.", "this coming Sunday, March 8", .date, ""),
        ("Within weeks or months of it.", "weeks or months", .duration, ""),
        ("It was the day before the vote.", "the day", .date, ""),
        ("It had come the day before.", "the day before", .date, ""),
        ("Posted Thu, 21 Mar 2013 14:05 GMT.", "Thu, 21 Mar 2013 14:05 GMT", .time, ""),
        ("In recent weeks and months.", "recent weeks and months", .duration, ""),
    ]

    @Test(arguments: rows)
    func refinesExtent(_ row: (String, String, TimexType, String)) throws {
        let (text, extent, type, mod) = row
        let document = Document(id: "t", text: text,
                                creationDate: CalendarDate(iso: "2013-03-22")!)
        let mentions = Self.tagger.mentions(in: document)
        let scalars = Array(text.unicodeScalars)
        let found = mentions.map {
            String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end]))
        }
        #expect(found == [extent])
        let mention = try #require(mentions.first)
        #expect(mention.type == type)
        #expect((mention.mod ?? "") == mod)
    }
}
