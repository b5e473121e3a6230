import EventGraph

extension TimelineFormatter {
    /// Widest summary column before alignment gives up (longer summaries push their row).
    static let maximumSummaryWidth = 72

    /// Columns: date, summary, type, certainty marker; evidence on the next line, indented
    /// under the summary, with its document and sentence index. Widths count Characters.
    func textTimeline(_ events: [Event], names: ActorNames) -> String {
        let rows = events.map { event in
            (date: TimexDisplay.text(for: event.date),
             summary: Self.singleLine(event.summary),
             type: event.type.rawValue,
             marker: Self.certaintyMarker(event, names: names))
        }
        let dateWidth = rows.map(\.date.count).max() ?? 0
        let summaryWidth = min(rows.map(\.summary.count).max() ?? 0, Self.maximumSummaryWidth)
        let typeWidth = rows.map(\.type.count).max() ?? 0
        let indent = String(repeating: " ", count: dateWidth + 2)

        var lines: [String] = []
        for (event, row) in zip(events, rows) {
            var line = Self.padded(row.date, to: dateWidth) + "  "
                + Self.padded(row.summary, to: summaryWidth) + "  "
            line += row.marker.isEmpty ? row.type : Self.padded(row.type, to: typeWidth)
                + "  " + row.marker
            lines.append(line.trimmingSpaces())
            if includesEvidence {
                lines.append(indent + "\(Self.singleLine(event.document)):\(event.sentence)  "
                             + Self.singleLine(event.evidence))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private static func padded(_ text: String, to width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
