import EventGraph
import Foundation
import Testing
@testable import GraphRendering

@Suite("TimelineFormatter")
struct TimelineFormatterTests {
    func timeline(_ format: TimelineFormat, evidence: Bool = false,
                  events: [Event] = Fixtures.events) throws -> String {
        try TimelineFormatter(format: format, includesEvidence: evidence)
            .format(events: events, actors: Fixtures.actors)
    }

    /// One expected text row: widths are those of the longest date ("2023-06-02"), type
    /// ("AGREE_COOPERATE") and summary (70 characters); rows without a marker end at the summary.
    func row(_ date: String, _ type: String, _ summary: String, _ marker: String = "") -> String {
        func pad(_ text: String, _ width: Int) -> String {
            text + String(repeating: " ", count: width - text.count)
        }
        let start = pad(date, 10) + "  " + pad(type, 15) + "  "
        return (marker.isEmpty ? start + summary : start + pad(summary, 70) + "  " + marker)
            + "\n"
    }

    @Test func textAlignsColumnsAndKeepsDatePrecision() throws {
        let expected = [
            row("2023-02", "PROVIDE_AID",
                "Armenia sent about 100 tonnes of aid to Turkey through Margara"),
            row("2023-02", "CASUALTIES",
                "Turkey suffered more than 50,000 deaths in the earthquakes", "[unconfirmed]"),
            row("2023-03", "PRAISE_THANK",
                "Tayyip Erdogan said Armenia's help showed the neighbours can cooperate"),
            row("2023-06-02", "STATEMENT",
                "Turkey announced Turkish and Armenian engineers are preparing Margara"),
            row("now", "OTHER", "Armenian engineers are preparing the Margara crossing",
                "[reported: Turkey]"),
            row("undated", "AGREE_COOPERATE",
                "Turkey and Armenia will open the border to third-country nationals", "[future]"),
        ].joined()
        #expect(try timeline(.text) == expected)
    }

    @Test func textLongSummariesPushOnlyTheirMarker() throws {
        var long = Fixtures.events[1]
        long.summary = "Turkey suffered more than 50,000 deaths in the earthquakes that struck "
            + "its south-east and northern Syria"
        #expect(long.summary.count > TimelineFormatter.maximumSummaryWidth)
        let short = Fixtures.events[4]
        let text = try timeline(.text, events: [long, short])
        #expect(text == "2023-02  CASUALTIES  " + long.summary + "  [unconfirmed]\n"
                + "now      OTHER       " + short.summary
                + String(repeating: " ", count: 72 - short.summary.count)
                + "  [reported: Turkey]\n")
    }

    @Test func textEvidenceGoesIndentedOnTheNextLine() throws {
        let lines = try timeline(.text, evidence: true).split(separator: "\n")
        #expect(lines.count == 2 * Fixtures.events.count)
        let indent = String(repeating: " ", count: 10 + 2 + 15 + 2)
        #expect(lines[0].hasPrefix("2023-02     PROVIDE_AID      Armenia sent"))
        #expect(lines[1] == indent + "margara-border:5  Anadolu Agency said Armenia sent about "
                + "100 tonnes of food, medicine and water to Turkey through the Margara crossing "
                + "in February 2023, the first time the border had opened in 35 years.")
        #expect(lines[11] == indent
                + "margara-border:14  Both sides plan to open the border to third-country "
                + "nationals.")
    }

    @Test("Dates show at the precision given, reference values in words", arguments: [
        ("2023-06-02", "2023-06-02"), ("2023-02", "2023-02"), ("2023", "2023"),
        ("2023-W22", "2023-W22"), ("PRESENT_REF", "now"), ("PAST_REF", "in the past"),
        ("FUTURE_REF", "in the future"),
    ])
    func datesKeepTheirPrecision(value: String, shown: String) {
        #expect(TimexDisplay.text(for: EventDate(value: value, from: .timex)) == shown)
        #expect(TimexDisplay.text(for: nil) == "undated")
    }

    @Test func textKeepsHostileSummariesOnOneLine() throws {
        var event = Fixtures.events[0]
        event.summary = "Line one\nline two\r\n\ttabbed \u{7}bell"
        event.evidence = "Headline\n\nBody."
        let text = try timeline(.text, evidence: true, events: [event])
        #expect(text == "2023-02  PROVIDE_AID  Line one line two tabbed bell\n"
                + "                      margara-border:5  Headline Body.\n")
    }

    @Test func markdownIsATableWithEscapedCells() throws {
        let lines = try timeline(.markdown).split(separator: "\n")
        #expect(lines[0] == "| Date | Event | Type | Certainty | Source | Articles |")
        #expect(lines[1] == "| --- | --- | --- | --- | --- | --- |")
        #expect(lines[2] == "| 2023-02 | Armenia sent about 100 tonnes of aid to Turkey through "
                + "Margara | PROVIDE\\_AID | asserted | Anadolu Agency | 1 |")
        #expect(lines.count == 2 + Fixtures.events.count)
        let withEvidence = try timeline(.markdown, evidence: true).split(separator: "\n")
        #expect(withEvidence[0].hasSuffix("| Source | Articles | Evidence |"))
    }

    @Test("Markdown cells cannot split rows or become markup", arguments: [
        ("a | b", #"a \| b"#),
        ("<script>x</script>", #"\<script\>x\</script\>"#),
        ("*bold* _it_ `code` [link](u)", #"\*bold\* \_it\_ \`code\` \[link\](u)"#),
        (#"back\slash & amp"#, #"back\\slash \& amp"#),
        ("two\nlines", "two lines"),
    ])
    func markdownEscapes(text: String, cell: String) {
        #expect(TimelineFormatter.markdownCell(text) == cell)
    }

    @Test func csvHasHeaderAndCRLFRecords() throws {
        let csv = try timeline(.csv)
        let records = csv.components(separatedBy: "\r\n")
        #expect(records.count == Fixtures.events.count + 2, "header, events, final empty")
        #expect(records[0] == TimelineFormatter.csvHeader.joined(separator: ","))
        #expect(records[3].hasPrefix("2023-03,Tayyip Erdogan said Armenia's help showed the "
                + "neighbours can cooperate,PRAISE_THANK,verbal-cooperation,asserted,"
                + "Tayyip Erdogan,Armenia,,,1,March,margara-border,8,said,margara-border#e8,"))
        #expect(records[6].hasPrefix(",Turkey and Armenia will open the border to third-country "
                + "nationals,AGREE_COOPERATE,material-cooperation,future,Turkey; Armenia,"))
        #expect(records.last == "")
    }

    @Test("CSV fields follow RFC 4180 quoting", arguments: [
        ("plain", "plain"),
        ("50,000 people", "\"50,000 people\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\r\nlf", "\"cr\r\nlf\""),
        ("", ""),
    ])
    func csvQuoting(text: String, field: String) {
        #expect(TimelineFormatter.csvField(text) == field)
    }

    @Test func jsonIsTheSchemaEventsArrayWithSortedKeys() throws {
        let json = try timeline(.json)
        let decoded = try JSONDecoder().decode([Event].self, from: Data(json.utf8))
        #expect(decoded == Fixtures.events)
        let first = try #require(json.split(separator: "\n").dropFirst(2).first)
        #expect(first == "    \"agents\" : [", "keys sorted: agents first")
        #expect(json.hasSuffix("]\n"))
        #expect(json.contains("\"quadClass\" : \"material-cooperation\""))
        #expect(json.contains("\"value\" : \"2023-02\""))
    }

    @Test("Every format handles an empty timeline", arguments: TimelineFormat.allCases)
    func emptyTimeline(format: TimelineFormat) throws {
        let output = try timeline(format, events: [])
        switch format {
        case .text: #expect(output == "")
        case .markdown: #expect(output.split(separator: "\n").count == 2)
        case .csv: #expect(output == TimelineFormatter.csvHeader.joined(separator: ",") + "\r\n")
        case .json: #expect(output == "[\n\n]\n" || output == "[]\n")
        case .timelinejs: #expect(output.contains("\"events\" : ["))
        case .mermaid: #expect(output == "timeline\n")
        }
    }

    @Test func formatNamesAreWhatUsersType() {
        #expect(TimelineFormat.allCases.map(\.rawValue) == ["text", "markdown", "csv", "json",
                                                            "timelinejs", "mermaid"])
    }
}

/// An event several articles report says how many back it.
struct ReportCountMarkerTests {
    @Test(arguments: [
        (Certainty.asserted, ["margara-border", "second-article"], "[2 articles]"),
        (Certainty.unconfirmed, ["margara-border", "second-article", "third-article"],
         "[unconfirmed] [3 articles]"),
        (Certainty.asserted, ["margara-border"], ""),
    ])
    func marksEventsBackedBySeveralArticles(certainty: Certainty, documents: [String],
                                           marker: String) throws {
        var event = Fixtures.event(1, sentence: 1, trigger: "met", summary: "Talks began",
                                   evidence: "Talks began.", type: .meetVisit,
                                   date: "2023-06", dateText: "June 2023",
                                   agents: ["turkey"], targets: ["armenia"],
                                   certainty: certainty)
        for document in documents.dropFirst() {
            var report = event.reports[0]
            report.document = document
            event.reports.append(report)
        }
        #expect(TimelineFormatter.certaintyMarker(event, names: ActorNames([]))
                == marker)
        // Markdown and CSV give the same count in their Articles column.
        let count = String(Set(documents).count)
        let markdown = try TimelineFormatter(format: .markdown)
            .format(events: [event], actors: []).split(separator: "\n")
        #expect(markdown[2].hasSuffix("| \(count) |"))
        let csv = try TimelineFormatter(format: .csv).format(events: [event], actors: [])
        let fields = csv.components(separatedBy: "\r\n")[1].split(separator: ",",
                                                                  omittingEmptySubsequences: false)
        let column = try #require(TimelineFormatter.csvHeader.firstIndex(of: "articles"))
        #expect(fields[column] == Substring(count))
    }

    /// A summary becomes one line: breaks and control characters turn into single spaces,
    /// the ends are trimmed; plain ASCII is returned as it is, and widths count Characters.
    @Test(arguments: [
        ("Russia attacked Ukraine", "Russia attacked Ukraine"),
        ("  Russia  attacked\nUkraine ", "Russia attacked Ukraine"),
        ("Kyiv\tsaid\r\n", "Kyiv said"),
        ("North Korea\u{2028}sent troops", "North Korea sent troops"),
        ("Peskov said “deeply grateful”", "Peskov said “deeply grateful”"),
        ("", ""),
    ])
    func summariesBecomeOneLine(text: String, line: String) {
        #expect(TimelineFormatter.singleLine(text) == line)
        #expect(TimelineFormatter.width(of: line) == line.count)
    }
}
