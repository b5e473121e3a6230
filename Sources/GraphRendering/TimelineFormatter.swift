import EventGraph

/// Turns a chronological list of events into a timeline view (text, Markdown, CSV, JSON,
/// TimelineJS or Mermaid).
///
/// The events are printed in the order given (`EventGraph.events` is already chronological:
/// an event known only to the month comes before that month's days, undated ones last); the
/// formatter never re-sorts, so all views agree. Dates are shown at the precision the text
/// gave (`2023-02`, `2023-06-02`), never padded to a day. Output always ends with a line end.
public struct TimelineFormatter: Sendable {
    /// Which view to produce.
    public var format: TimelineFormat
    /// Whether text and Markdown views add the source sentence of each event (provenance).
    /// CSV and JSON always carry it.
    public var includesEvidence: Bool

    /// - Parameters:
    ///   - format: the view to produce.
    ///   - includesEvidence: add each event's source sentence (text: indented on the next
    ///     line; Markdown: an extra column).
    public init(format: TimelineFormat, includesEvidence: Bool = false) {
        self.format = format
        self.includesEvidence = includesEvidence
    }

    /// The timeline of `events`; `actors` give display names for ids (sources, participants).
    ///
    /// - Throws: `RenderError.encodingFailed` only if JSON encoding fails.
    public func format(events: [Event], actors: [Actor]) throws(RenderError) -> String {
        let names = ActorNames(actors)
        switch format {
        case .text: return textTimeline(events, names: names)
        case .markdown: return markdownTimeline(events, names: names)
        case .csv: return csvTimeline(events, names: names)
        case .json: return try jsonTimeline(events)
        case .timelinejs: return try timelineJS(events, names: names)
        case .mermaid: return mermaidTimeline(events)
        }
    }
}

/// Display names by actor id; an id no actor has is shown as itself.
struct ActorNames {
    private let names: [ActorID: String]

    init(_ actors: [Actor]) {
        names = Dictionary(actors.map { ($0.id, $0.name) },
                           uniquingKeysWith: { first, _ in first })
    }

    subscript(id: ActorID) -> String { names[id] ?? id.rawValue }

    /// Names of `ids` joined by `separator`, in the order given.
    func list(_ ids: [ActorID], separator: String = "; ") -> String {
        ids.map { self[$0] }.joined(separator: separator)
    }
}

extension TimelineFormatter {
    /// One line of plain text: control characters and line breaks become single spaces, so a
    /// headline or an odd summary cannot break a row.
    static func singleLine(_ text: String) -> String {
        // Most summaries are printable ASCII with single inner spaces: nothing to change.
        if isPlainLine(text) { return text }
        var result = ""
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            // ASCII first: the Unicode property lookup is the slow part of a long timeline.
            let isBreak = scalar.value < 0x80
                ? scalar.value <= 0x20 || scalar.value == 0x7F
                : scalar.properties.isWhitespace || scalar.value <= 0x9F
            if isBreak {
                if !lastWasSpace { result += " " }
                lastWasSpace = true
            } else {
                result.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        return result.trimmingSpaces()
    }

    /// Whether `text` is printable ASCII, without leading, trailing or doubled spaces: the
    /// text `singleLine` would return unchanged, found with one pass over its bytes.
    static func isPlainLine(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7F, !(byte == 0x20 && previous == 0x20) else {
                return false
            }
            previous = byte
        }
        return previous != 0x20
    }

    /// The width of `text` in Characters; for ASCII, its byte count (counting Characters is
    /// the slow part of a long timeline).
    static func width(of text: String) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count
    }

    /// `[reported: Anadolu Agency]`-style marker, with `[N articles]` when several articles
    /// report the event and `[figures differ, drone: 58 (wire-a) / 60 (wire-b)]` when its
    /// reports give different numbers; empty for an asserted event of one article.
    static func certaintyMarker(_ event: Event, names: ActorNames) -> String {
        // How many articles back an event merged from several ("[3 articles]").
        let articles = event.articleCount
        var backing = articles > 1 ? "[\(articles) articles]" : ""
        for comparison in event.quantityComparisons where comparison.disagrees {
            let marker = "[figures differ, \(singleLine(comparison.description))]"
            backing = backing.isEmpty ? marker : backing + " " + marker
        }
        guard event.certainty != .asserted else { return backing }
        let certainty: String
        if let source = event.source, event.certainty == .reported {
            certainty = "[reported: \(singleLine(names[source]))]"
        } else {
            certainty = "[\(event.certainty.rawValue)]"
        }
        return backing.isEmpty ? certainty : certainty + " " + backing
    }
}

extension String {
    /// Without leading and trailing spaces (only U+0020, which `singleLine` produces).
    func trimmingSpaces() -> String {
        // Usually there is nothing to trim: no copy then.
        guard utf8.first == 0x20 || utf8.last == 0x20 else { return self }
        let scalars = unicodeScalars.drop { $0 == " " }
        var end = scalars.endIndex
        while end > scalars.startIndex, scalars[scalars.index(before: end)] == " " {
            end = scalars.index(before: end)
        }
        return String(String.UnicodeScalarView(scalars[scalars.startIndex..<end]))
    }
}
