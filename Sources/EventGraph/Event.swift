import EventExtraction

/// An event's date: a TIMEX3 value at the precision the text gives, and how it was found.
public struct EventDate: Sendable, Hashable, Codable {
    /// TIMEX3 value: `2025-11-21`, `2025-10`, `2025`, `PRESENT_REF` …
    public var value: String
    /// The temporal expression's text, when a temporal expression dated the event.
    public var text: String?
    public var from: DateOrigin

    public init(value: String, text: String? = nil, from: DateOrigin) {
        self.value = value
        self.text = text
        self.from = from
    }
}

/// Something that happened (or was said, planned, denied) with its participants and provenance.
///
/// Field names follow `extraction-schema.md` (schema version 1).
public struct Event: Sendable, Hashable, Codable, Identifiable {
    public var id: EventID
    /// The document the event was read from.
    public var document: String
    /// Sentence index in that document.
    public var sentence: Int
    /// The trigger word as it appears in the text.
    public var trigger: String
    /// Trigger offsets (Unicode scalars, end exclusive).
    public var start: Int
    public var end: Int
    /// The whole source sentence.
    public var evidence: String
    /// One line a timeline can print: who did what to whom, with canonical actor names.
    public var summary: String
    public var type: EventType
    public var quadClass: QuadClass
    /// Nil when the text gives no way to date the event.
    public var date: EventDate?
    public var agents: [ActorID]
    public var targets: [ActorID]
    /// Where it happened, as an actor id of kind location, when stated.
    public var location: ActorID?
    /// Who claims it, when the article attributes it.
    public var source: ActorID?
    public var certainty: Certainty
    /// Whether the timeline lists it by default (see `EventSummarizer` for the criteria).
    public var salient: Bool
    /// The rules that found, dated and attributed the event (`trigger.verb`, `date.timex` …).
    public var rules: [String]
    /// Every article's report of the event, this event's own first; more than one when
    /// several articles report the same event (see `EventMerger`).
    public var reports: [EventReport]
    /// Every figure the reports give ("58 drones"), each with its article and sentence, in
    /// report order; when articles disagree, all readings are here
    /// (`quantityComparisons`).
    public var quantities: [QuantityReading]

    /// How many distinct articles report the event: what "backed by N sources" means in the
    /// timelines and in `--min-sources` (two reports from one article count once).
    public var articleCount: Int { Set(reports.map(\.document)).count }

    public init(id: EventID, document: String, sentence: Int, trigger: String, start: Int,
                end: Int, evidence: String, summary: String, type: EventType,
                date: EventDate?, agents: [ActorID], targets: [ActorID],
                location: ActorID? = nil, source: ActorID? = nil,
                certainty: Certainty = .asserted, salient: Bool = true, rules: [String] = [],
                quantities: [QuantityReading] = []) {
        self.id = id
        self.document = document
        self.sentence = sentence
        self.trigger = trigger
        self.start = start
        self.end = end
        self.evidence = evidence
        self.summary = summary
        self.type = type
        self.quadClass = type.quadClass
        self.date = date
        self.agents = agents
        self.targets = targets
        self.location = location
        self.source = source
        self.certainty = certainty
        self.salient = salient
        self.rules = rules
        self.quantities = quantities
        self.reports = [EventReport(
            document: document, sentence: sentence, trigger: trigger, start: start, end: end,
            evidence: evidence, date: date, source: source, certainty: certainty)]
    }
}

/// A directed, labelled link between two actors, backed by the events that state it.
public struct Relation: Sendable, Hashable, Codable {
    public var from: ActorID
    public var to: ActorID
    /// Short label: the trigger's lemma and its particle (`sent to`, `praised`, `spokesman of`).
    public var kind: String
    /// Events stating the relation; empty for affiliations.
    public var events: [EventID]

    public init(from: ActorID, to: ActorID, kind: String, events: [EventID]) {
        self.from = from
        self.to = to
        self.kind = kind
        self.events = events
    }
}

/// A document as listed in the output: where its date came from and where it was read.
public struct DocumentRecord: Sendable, Hashable, Codable {
    public var id: String
    /// `YYYY-MM-DD`.
    public var dct: String
    /// `option`, `dateline`, `metadata`, `timeml` or `today`.
    public var dctSource: String
    public var title: String?
    public var path: String?

    public init(id: String, dct: String, dctSource: String, title: String?, path: String?) {
        self.id = id
        self.dct = dct
        self.dctSource = dctSource
        self.title = title
        self.path = path
    }
}

/// A temporal expression as listed in the output.
public struct TimexRecord: Sendable, Hashable, Codable {
    public var document: String
    public var text: String
    public var start: Int
    public var end: Int
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    public var type: String
    public var value: String
    public var mod: String?

    public init(document: String, text: String, start: Int, end: Int, type: String,
                value: String, mod: String? = nil) {
        self.document = document
        self.text = text
        self.start = start
        self.end = end
        self.type = type
        self.value = value
        self.mod = mod
    }
}

extension Event {
    /// Writes every schema field, `null` included, as `extraction-schema.md` requires.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(document, forKey: .document)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(trigger, forKey: .trigger)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(summary, forKey: .summary)
        try container.encode(type, forKey: .type)
        try container.encode(quadClass, forKey: .quadClass)
        try container.encode(date, forKey: .date)
        try container.encode(agents, forKey: .agents)
        try container.encode(targets, forKey: .targets)
        try container.encode(location, forKey: .location)
        try container.encode(source, forKey: .source)
        try container.encode(certainty, forKey: .certainty)
        try container.encode(salient, forKey: .salient)
        try container.encode(rules, forKey: .rules)
        try container.encode(reports, forKey: .reports)
        try container.encode(quantities, forKey: .quantities)
    }
}

extension EventDate {
    /// Writes `text` as `null` when no expression dated the event.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(text, forKey: .text)
        try container.encode(from, forKey: .from)
    }
}

extension DocumentRecord {
    /// Writes `title` and `path` as `null` when absent, as the schema lists them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(dct, forKey: .dct)
        try container.encode(dctSource, forKey: .dctSource)
        try container.encode(title, forKey: .title)
        try container.encode(path, forKey: .path)
    }
}
