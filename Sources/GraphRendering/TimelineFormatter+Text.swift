import EventGraph

extension TimelineFormatter {
    /// Widest summary column before alignment gives up (a longer summary pushes only its own
    /// certainty marker; the date and type columns before it stay aligned).
    static let maximumSummaryWidth = 72

    /// Columns: date, type, summary, certainty marker. Date and type are short and padded to
    /// the widest in the timeline, so they always line up; the summary, the one free-length
    /// column, comes last before the marker, and rows without a marker end at the summary.
    /// Evidence goes on the next line, indented under the summary, with its document and
    /// sentence index. Widths count Characters.
    func textTimeline(_ events: [Event], names: ActorNames) -> String {
        // Each width is counted once: counting Characters is the slow part of a long
        // timeline (thousands of events from a store).
        let rows = events.map { event in
            let summary = Self.singleLine(event.summary)
            return (date: TimexDisplay.text(for: event.date), type: event.type.rawValue,
                    summary: summary, summaryCount: Self.width(of: summary),
                    marker: Self.certaintyMarker(event, names: names))
        }
        let dateWidth = rows.map { Self.width(of: $0.date) }.max() ?? 0
        let typeWidth = rows.map { Self.width(of: $0.type) }.max() ?? 0
        let summaryWidth = min(rows.map(\.summaryCount).max() ?? 0, Self.maximumSummaryWidth)
        let indent = String(repeating: " ", count: dateWidth + 2 + typeWidth + 2)

        var lines: [String] = []
        for (event, row) in zip(events, rows) {
            var line = Self.padded(row.date, to: dateWidth) + "  "
                + Self.padded(row.type, to: typeWidth) + "  "
            line += row.marker.isEmpty ? row.summary
                : Self.padded(row.summary, count: row.summaryCount, to: summaryWidth)
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
        padded(text, count: Self.width(of: text), to: width)
    }

    /// `text`, whose width is `count` Characters, padded with spaces to `width`.
    private static func padded(_ text: String, count: Int, to width: Int) -> String {
        count >= width ? text : text + String(repeating: " ", count: width - count)
    }
}
