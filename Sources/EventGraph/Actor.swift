/// Where a fact was read: a document and a character range in it (Unicode scalar offsets).
public struct Mention: Sendable, Hashable, Codable {
    public var document: String
    public var text: String
    public var start: Int
    public var end: Int
    /// Sentence index in the document.
    public var sentence: Int

    public init(document: String, text: String, start: Int, end: Int, sentence: Int) {
        self.document = document
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
    }
}

/// One participant of the story: a country, person, organisation, group or location,
/// merged over all its mentions in all documents.
public struct Actor: Sendable, Hashable, Codable, Identifiable {
    public var id: ActorID
    /// Canonical display name ("France", "Emmanuel Macron").
    public var name: String
    public var kind: ActorKind
    /// The country or organisation the actor belongs to, when the text says so.
    public var affiliation: ActorID?
    /// Every mention, in document then text order.
    public var mentions: [Mention]

    public init(id: ActorID, name: String, kind: ActorKind, affiliation: ActorID? = nil,
                mentions: [Mention] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.affiliation = affiliation
        self.mentions = mentions
    }
}

extension Actor {
    /// Writes `affiliation` as `null` when absent, as the schema lists it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(affiliation, forKey: .affiliation)
        try container.encode(mentions, forKey: .mentions)
    }
}
