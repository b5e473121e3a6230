import EventGraph

extension TimelineFormatter {
    /// A GFM table: Date | Event | Type | Certainty | Source | Articles (how many articles
    /// report the event), plus Evidence when asked.
    func markdownTimeline(_ events: [Event], names: ActorNames) -> String {
        var header = ["Date", "Event", "Type", "Certainty", "Source", "Articles"]
        if includesEvidence { header.append("Evidence") }
        var lines = [Self.markdownRow(header),
                     Self.markdownRow(header.map { _ in "---" })]
        for event in events {
            var cells = [
                TimexDisplay.text(for: event.date), event.summary, event.type.rawValue,
                event.certainty.rawValue, event.source.map { names[$0] } ?? "", String(event.articleCount),
            ]
            if includesEvidence { cells.append(event.evidence) }
            lines.append(Self.markdownRow(cells.map(Self.markdownCell)))
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private static func markdownRow(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// One line, with Markdown and HTML metacharacters backslash-escaped (CommonMark lets any
    /// ASCII punctuation be escaped), so text can neither split the row nor turn into markup.
    static func markdownCell(_ text: String) -> String {
        let special: Set<Character> = ["\\", "|", "`", "*", "_", "[", "]", "<", ">", "&", "~",
                                       "#", "!"]
        var result = ""
        for character in singleLine(text) {
            if special.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
