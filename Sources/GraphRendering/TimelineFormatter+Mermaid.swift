import EventGraph

extension TimelineFormatter {
    /// A Mermaid `timeline`: one section per year (then "now" and "undated"), one period per
    /// date at the text's precision, its events after `:` in order. Text is entity-quoted
    /// (`MermaidText`), so a colon or `#` in a summary cannot split or end an entry.
    func mermaidTimeline(_ events: [Event]) -> String {
        var lines = ["timeline"]
        var section: String?
        var period: String?
        for event in events {
            let value = TimexDisplay.text(for: event.date)
            let year = TimexRange(event.date).map { String($0.start.prefix(4)) } ?? value
            if year != section {
                lines.append("    section " + MermaidText.timelineText(year))
                section = year
                period = nil
            }
            var entry = MermaidText.timelineText(event.summary)
            if event.certainty != .asserted { entry += " (\(event.certainty.rawValue))" }
            if value == period {
                lines[lines.count - 1] += " : " + entry
            } else {
                lines.append("        " + MermaidText.timelineText(value) + " : " + entry)
                period = value
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
