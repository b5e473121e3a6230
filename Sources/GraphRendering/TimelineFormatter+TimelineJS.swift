import EventGraph
import Foundation

extension TimelineFormatter {
    /// TimelineJS 3's date object: only the fields the text gave (a month stays a month).
    struct TimelineJSDate: Encodable {
        var year: String
        var month: String?
        var day: String?
        var display_date: String
    }

    struct TimelineJSText: Encodable {
        var headline: String
        var text: String
    }

    struct TimelineJSEvent: Encodable {
        var start_date: TimelineJSDate
        var text: TimelineJSText
        var group: String
        var unique_id: String
    }

    struct TimelineJSDocument: Encodable {
        var events: [TimelineJSEvent]
    }

    /// A TimelineJS 3 JSON document: one slide per event with a calendar date (TimelineJS
    /// cannot place "now" or undated events, so they are left out), grouped by event type.
    /// Headlines and texts are HTML-escaped because TimelineJS inserts them as HTML; the text
    /// carries the evidence sentence, its source and certainty.
    func timelineJS(_ events: [Event], names: ActorNames) throws(RenderError) -> String {
        var slides: [TimelineJSEvent] = []
        for event in events {
            guard let value = event.date?.value, TimexRange(value) != nil else { continue }
            let parts = value.split(separator: "-").map { String(Int($0) ?? 0) }
            let date = TimelineJSDate(year: String(value.prefix(4)),
                                      month: parts.count > 1 ? parts[1] : nil,
                                      day: parts.count > 2 ? parts[2] : nil,
                                      display_date: value)
            var text = XMLText.escape(Self.singleLine(event.evidence))
            let marker = Self.certaintyMarker(event, names: names)
            if !marker.isEmpty { text += " <em>" + XMLText.escape(marker) + "</em>" }
            text += " <small>(" + XMLText.escape(event.document) + ", sentence "
                + String(event.sentence + 1) + ")</small>"
            slides.append(TimelineJSEvent(
                start_date: date,
                text: TimelineJSText(headline: XMLText.escape(Self.singleLine(event.summary)),
                                     text: text),
                group: event.type.rawValue,
                unique_id: Self.slug(event.id.rawValue)))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(TimelineJSDocument(events: slides))
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw .encodingFailed(String(describing: error))
        }
    }

    /// An id TimelineJS can put in a URL fragment: letters, digits and `-` only.
    static func slug(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
                ? Character(scalar) : "-"
        })
    }
}
