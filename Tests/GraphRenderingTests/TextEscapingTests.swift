import Testing
@testable import GraphRendering

@Suite("Escaping and date ranges")
struct TextEscapingTests {
    @Test("XML text: entities, kept line breaks, forbidden characters as spaces", arguments: [
        ("a & b", "a &amp; b"),
        ("<tag attr=\"x\">", "&lt;tag attr=&quot;x&quot;&gt;"),
        ("it's", "it&#39;s"),
        ("two\r\nlines\tтаб", "two&#13;&#10;lines&#9;таб"),
        ("nul\u{0}bell\u{7}", "nul bell "),
        ("Köln — ü", "Köln — ü"),
    ])
    func escapesXML(text: String, expected: String) {
        #expect(XMLText.escape(text) == expected)
    }

    @Test("Mermaid labels: no quote, hash, bracket or colon survives raw", arguments: [
        ("say \"hi\"", "say #quot;hi#quot;"),
        ("#1 [a] (b) {c}", "#35;1 #91;a#93; #40;b#41; #123;c#125;"),
        ("a;b|c", "a#59;b#124;c"),
        ("two\nlines", "two lines"),
    ])
    func escapesMermaid(text: String, expected: String) {
        #expect(MermaidText.label(text) == expected)
        #expect(!MermaidText.timelineText(text + ": x").contains(":"))
    }

    @Test("TIMEX3 calendar values cover their days", arguments: [
        ("2024", "2024-01-01", "2024-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023-02", "2023-02-01", "2023-02-28"),
        ("1900-02", "1900-02-01", "1900-02-28"),
        ("2000-02", "2000-02-01", "2000-02-29"),
        ("2025-11-21", "2025-11-21", "2025-11-21"),
        ("2025-03-13TNI", "2025-03-13", "2025-03-13"),
        ("2025-03-13T14:30", "2025-03-13", "2025-03-13"),
    ])
    func rangesOfCalendarValues(value: String, start: String, end: String) throws {
        let range = try #require(TimexRange(value))
        #expect(range.start == start && range.end == end)
    }

    @Test("Reference values, weeks, seasons and bad dates have no range", arguments: [
        "PRESENT_REF", "2024-W05", "2024-SU", "2023-02-29", "2024-13", "24", "", "2024-1",
        "２０２４", "2024-02-30TNI", "2024-W05TNI",
    ])
    func noRange(value: String) {
        #expect(TimexRange(value) == nil)
    }
}
