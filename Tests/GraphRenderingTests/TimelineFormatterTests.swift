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

    /// One expected text row: widths are those of the longest date ("2025-11-21"), summary
    /// (71 characters) and type ("AGREE_COOPERATE"); rows without a marker end at the type.
    func row(_ date: String, _ summary: String, _ type: String, _ marker: String = "") -> String {
        func pad(_ text: String, _ width: Int) -> String {
            text + String(repeating: " ", count: width - text.count)
        }
        let start = pad(date, 10) + "  " + pad(summary, 71) + "  "
        return (marker.isEmpty ? start + type : start + pad(type, 15) + "  " + marker) + "\n"
    }

    @Test func textAlignsColumnsAndKeepsDatePrecision() throws {
        let expected = [
            row("2024-08", "North Korea sent roughly 14,000 soldiers to aid Russia",
                "PROVIDE_AID"),
            row("2024-08", "North Korean forces suffered more than 6,000 fatalities", "CASUALTIES",
                "[unconfirmed]"),
            row("2025-04", "Vladimir Putin said North Korea's support helped retake Kursk",
                "PRAISE_THANK"),
            row("2025-11-21",
                "Russia announced North Korean soldiers are clearing minefields in Kursk",
                "STATEMENT"),
            row("now", "North Korean soldiers are clearing minefields in Kursk", "OTHER",
                "[reported: Russia]"),
            row("undated", "Russia and North Korea will expand cooperation", "AGREE_COOPERATE",
                "[future]"),
        ].joined()
        #expect(try timeline(.text) == expected)
    }

    @Test func textEvidenceGoesIndentedOnTheNextLine() throws {
        let lines = try timeline(.text, evidence: true).split(separator: "\n")
        #expect(lines.count == 2 * Fixtures.events.count)
        #expect(lines[1] == "            kursk-demining:5  South Korean, Ukrainian, and Western "
                + "intelligence estimates indicate that North Korea sent roughly 14,000 soldiers "
                + "to aid Moscow following a Ukrainian cross-border push into the Kursk region "
                + "in August 2024.")
        #expect(lines[11] == String(repeating: " ", count: 12)
                + "kursk-demining:14  Both sides plan to expand cooperation.")
    }

    @Test("Dates show at the precision given, reference values in words", arguments: [
        ("2025-11-21", "2025-11-21"), ("2024-08", "2024-08"), ("2025", "2025"),
        ("2025-W47", "2025-W47"), ("PRESENT_REF", "now"), ("PAST_REF", "in the past"),
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
        #expect(text == "2024-08  Line one line two tabbed bell  PROVIDE_AID\n"
                + "         kursk-demining:5  Headline Body.\n")
    }

    @Test func markdownIsATableWithEscapedCells() throws {
        let lines = try timeline(.markdown).split(separator: "\n")
        #expect(lines[0] == "| Date | Event | Type | Certainty | Source |")
        #expect(lines[1] == "| --- | --- | --- | --- | --- |")
        #expect(lines[2] == "| 2024-08 | North Korea sent roughly 14,000 soldiers to aid Russia | "
                + "PROVIDE\\_AID | asserted | South Korea |")
        #expect(lines.count == 2 + Fixtures.events.count)
        let withEvidence = try timeline(.markdown, evidence: true).split(separator: "\n")
        #expect(withEvidence[0].hasSuffix("| Source | Evidence |"))
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
        #expect(records[3].hasPrefix("2025-04,Vladimir Putin said North Korea's support helped "
                + "retake Kursk,PRAISE_THANK,verbal-cooperation,asserted,Vladimir Putin,"
                + "North Korea,,,April,kursk-demining,8,said,kursk-demining#e8,"))
        #expect(records[6].hasPrefix(",Russia and North Korea will expand cooperation,"
                + "AGREE_COOPERATE,material-cooperation,future,Russia; North Korea,"))
        #expect(records.last == "")
    }

    @Test("CSV fields follow RFC 4180 quoting", arguments: [
        ("plain", "plain"),
        ("14,000 soldiers", "\"14,000 soldiers\""),
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
        #expect(json.contains("\"value\" : \"2024-08\""))
    }

    @Test("Every format handles an empty timeline", arguments: TimelineFormat.allCases)
    func emptyTimeline(format: TimelineFormat) throws {
        let output = try timeline(format, events: [])
        switch format {
        case .text: #expect(output == "")
        case .markdown: #expect(output.split(separator: "\n").count == 2)
        case .csv: #expect(output == TimelineFormatter.csvHeader.joined(separator: ",") + "\r\n")
        case .json: #expect(output == "[\n\n]\n" || output == "[]\n")
        }
    }

    @Test func formatNamesAreWhatUsersType() {
        #expect(TimelineFormat.allCases.map(\.rawValue) == ["text", "markdown", "csv", "json"])
    }
}
