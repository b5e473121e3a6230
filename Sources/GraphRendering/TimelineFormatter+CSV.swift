import EventGraph

extension TimelineFormatter {
    /// CSV column names, in order.
    static let csvHeader = [
        "date", "summary", "type", "quad_class", "certainty", "agents", "targets", "location",
        "source", "articles", "date_text", "document", "sentence", "trigger", "id", "evidence",
    ]

    /// RFC 4180: header row, CRLF line ends, fields quoted when they hold `,` `"` CR or LF
    /// (quotes doubled). Participants are display names joined by `; `; `articles` is how many
    /// articles report the event.
    func csvTimeline(_ events: [Event], names: ActorNames) -> String {
        var records = [Self.csvHeader]
        for event in events {
            records.append([
                event.date?.value ?? "", event.summary, event.type.rawValue,
                event.quadClass.rawValue, event.certainty.rawValue, names.list(event.agents),
                names.list(event.targets), event.location.map { names[$0] } ?? "",
                event.source.map { names[$0] } ?? "", String(event.articleCount),
                event.date?.text ?? "", event.document,
                String(event.sentence), event.trigger, event.id.rawValue, event.evidence,
            ])
        }
        return records.map { $0.map(Self.csvField).joined(separator: ",") + "\r\n" }.joined()
    }

    static func csvField(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { "\",\r\n".unicodeScalars.contains($0) }
        guard needsQuotes else { return text }
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { result += "\"" }
            result.unicodeScalars.append(scalar)
        }
        return result + "\""
    }
}
