/// The linked result of one or many documents: the extraction schema's top-level object.
///
/// Arrays are kept in a defined order (documents as given, actors by id, events
/// chronologically, relations by endpoints then kind), so the same input gives
/// byte-identical JSON and DOT.
public struct EventGraph: Sendable, Hashable, Codable {
    /// Version of the JSON schema in `extraction-schema.md`.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var documents: [DocumentRecord]
    public var timexes: [TimexRecord]
    public var actors: [Actor]
    /// Chronological order (see `EventOrder`).
    public var events: [Event]
    public var relations: [Relation]

    public init(documents: [DocumentRecord] = [], timexes: [TimexRecord] = [],
                actors: [Actor] = [], events: [Event] = [], relations: [Relation] = []) {
        self.schemaVersion = Self.currentSchemaVersion
        self.documents = documents
        self.timexes = timexes
        self.actors = actors
        self.events = events
        self.relations = relations
    }

    /// The actor with `id`, if present.
    public func actor(_ id: ActorID) -> Actor? { actors.first { $0.id == id } }
}
