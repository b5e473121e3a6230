import Foundation

/// A hand annotation of one article, as `gold-schema.md` describes: the actors, the events
/// a journalist would list, and their timeline order.
public struct GoldAnnotation: Sendable, Decodable {
    public struct Actor: Sendable, Decodable {
        public var id: String
        public var name: String
        public var type: String
        public var mentions: [String]
    }

    public struct Event: Sendable, Decodable {
        public var id: String
        public var trigger: String
        public var sentence: String
        public var date: String?
        /// Every acceptable date value (nil = "undated is fine"), when more than one reading is.
        public var dateAccept: [String?]?
        public var type: String
        public var agents: [String]
        public var targets: [String]
        public var source: String?
        public var certainty: String

        enum CodingKeys: String, CodingKey {
            case id, trigger, sentence, date, type, agents, targets, source, certainty
            case dateAccept = "date_accept"
        }

        /// Whether `value` is an acceptable date for this event.
        public func accepts(date value: String?) -> Bool {
            if let dateAccept { return dateAccept.contains(value) }
            return value == date
        }
    }

    public var dct: String
    public var actors: [Actor]
    public var events: [Event]
    public var timeline: [String]

    /// Reads a gold file, with a one-line error naming it.
    public static func load(_ url: URL) throws -> GoldAnnotation {
        do {
            return try JSONDecoder().decode(GoldAnnotation.self, from: Data(contentsOf: url))
        } catch {
            throw EvaluationError.badGold(path: url.path, reason: "\(error)")
        }
    }
}

/// Why an evaluation could not run.
public enum EvaluationError: Error, CustomStringConvertible {
    case badGold(path: String, reason: String)
    case noArticles(path: String)

    public var description: String {
        switch self {
        case .badGold(let path, let reason): return "\(path): not a gold annotation (\(reason))"
        case .noArticles(let path): return "\(path): no articles with gold annotations found"
        }
    }
}
