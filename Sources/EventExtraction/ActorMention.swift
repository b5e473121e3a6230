import TextAnalysis

/// How a mention refers to its actor; decides whether it can be an event's agent or target.
public enum MentionForm: String, Sendable, Hashable, Codable {
    /// The actor's name or alias ("France", "NATO", "Emmanuel Macron").
    case name
    /// A demonym used for the country ("Israeli troops", "a Russian offensive").
    case demonym
    /// A capital or seat of power standing for its government ("Moscow said", "the Kremlin").
    case metonym
    /// A surname or honorific + surname of a person named earlier ("Macron", "Mr Macron").
    case surname
    /// A pronoun or definite description resolved to an earlier actor ("He", "the spokesman").
    case coreference
    /// A place ("in Paris", "the Donetsk region"): never an agent or target.
    case place
    /// A modifier inside a longer mention ("White House" in "White House spokeswoman
    /// Karine Jean-Pierre"):
    /// it names the country, but the longer mention is the participant.
    case modifier
}

/// One place in the text that refers to an actor.
public struct ActorMention: Sendable, Hashable, Codable {
    public var span: Span
    /// Token indices covered.
    public var tokens: Range<Int>
    public var sentence: Int
    /// Canonical actor id within the document (`france`, `emmanuel-macron`).
    public var actorID: String
    public var form: MentionForm
    /// The rule that found it, for `eventgraph explain`.
    public var ruleID: String

    public init(span: Span, tokens: Range<Int>, sentence: Int, actorID: String,
                form: MentionForm, ruleID: String) {
        self.span = span
        self.tokens = tokens
        self.sentence = sentence
        self.actorID = actorID
        self.form = form
        self.ruleID = ruleID
    }

    /// Whether the mention can be an agent or target (places and modifiers cannot).
    public var isParticipant: Bool { form != .place && form != .modifier }
}

/// A canonical actor of one document.
public struct DocumentActor: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    /// Country or organisation id the actor belongs to, when the text says so.
    public var affiliation: String?
    /// Normalised role from the title lexicon (`president`, `spokesperson`), if any.
    public var role: String?

    public init(id: String, name: String, kind: ActorKind, affiliation: String? = nil,
                role: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.affiliation = affiliation
        self.role = role
    }
}

enum ActorMentionLayer: AnnotationLayer {
    static let empty: [ActorMention] = []
}

enum DocumentActorLayer: AnnotationLayer {
    static let empty: [String: DocumentActor] = [:]
}

extension Document {
    /// Actor mentions in text order, added by the `actor-recognizer` stage.
    public var actorMentions: [ActorMention] {
        get { self[layer: ActorMentionLayer.self] }
        set { self[layer: ActorMentionLayer.self] = newValue }
    }

    /// The document's canonical actors by id.
    public var actors: [String: DocumentActor] {
        get { self[layer: DocumentActorLayer.self] }
        set { self[layer: DocumentActorLayer.self] = newValue }
    }
}

/// A lower-case hyphenated slug of a name, used as an actor id
/// (`Frank-Walter Steinmeier` → `frank-walter-steinmeier`).
public func actorSlug(_ name: String) -> String {
    var slug = ""
    var pendingHyphen = false
    for scalar in MatchKey.normalize(name).unicodeScalars {
        if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            if pendingHyphen && !slug.isEmpty { slug.append("-") }
            slug.unicodeScalars.append(scalar)
            pendingHyphen = false
        } else if scalar != "." && scalar != "'" {
            pendingHyphen = true
        }
    }
    return slug
}
