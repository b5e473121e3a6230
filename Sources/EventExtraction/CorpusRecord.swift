import Foundation
import TextAnalysis

/// One line of a JSONL corpus: `{"id", "date", "title", "url", "text"}`, the shape
/// news-please and the news timeline data sets use. Only `text` is required; `id` may be a
/// string or a number; `date` is `YYYY-MM-DD`, optionally followed by a time
/// (`2025-11-21T08:30:00Z`), of which only the day is used.
struct CorpusRecord: Decodable {
    var id: String?
    var date: String?
    var title: String?
    var url: String?
    var text: String?

    enum CodingKeys: String, CodingKey { case id, date, title, url, text }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let number = try? container.decodeIfPresent(Int.self, forKey: .id) {
            id = String(number)
        } else {
            id = try container.decodeIfPresent(String.self, forKey: .id)
        }
        date = try container.decodeIfPresent(String.self, forKey: .date)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        text = try container.decodeIfPresent(String.self, forKey: .text)
    }

    /// The record's day, or nil when it has none; throws when the date is not a date.
    static func day(of text: String) -> CalendarDate?? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .some(nil) }
        let day = String(trimmed.prefix(10))
        guard let date = CalendarDate(iso: day) else { return nil }
        let rest = trimmed.dropFirst(10)
        guard rest.isEmpty || rest.first == "T" || rest.first == " " else { return nil }
        return .some(date)
    }

    /// Decodes one line; the error names `origin` (`file:line`) and says what is wrong.
    static func decode(_ line: ArraySlice<UInt8>, origin: String) throws(InputError)
        -> CorpusRecord {
        do {
            return try JSONDecoder().decode(CorpusRecord.self, from: Data(line))
        } catch DecodingError.typeMismatch(_, let context) {
            let key = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw .badRecord(origin: origin, reason: key.isEmpty
                             ? "a record must be a JSON object"
                             : "field '\(key)' has the wrong type (expected a string)")
        } catch {
            throw .badRecord(origin: origin, reason: "is not valid JSON (one {\"id\", "
                             + "\"date\", \"title\", \"url\", \"text\"} object per line)")
        }
    }
}
