import TextAnalysis

/// A date given to an event, with the value's place on the time line for ordering.
public struct ExtractedDate: Sendable, Hashable, Codable {
    /// TIMEX3 value at the precision the text gives (`2024-08`, `2025-11-21`, `PRESENT_REF`).
    public var value: String
    /// The temporal expression that dated the event, if one did.
    public var timex: Span?
    public var origin: DateOrigin
    /// First and last day the value covers, when it has a calendar position.
    public var interval: ClosedRange<CalendarDate>?

    public init(value: String, timex: Span?, origin: DateOrigin,
                interval: ClosedRange<CalendarDate>?) {
        self.value = value
        self.timex = timex
        self.origin = origin
        self.interval = interval
    }
}

/// One event read from one document, with every fact's provenance.
public struct ExtractedEvent: Sendable, Hashable, Codable {
    /// Position in the document's event list (text order of triggers).
    public var index: Int
    public var sentence: Int
    /// The trigger token's index in `Document.tokens`.
    public var triggerToken: Int
    public var trigger: Span
    /// Trigger lemma (`send`, `push`).
    public var lemma: String
    public var type: EventType
    /// Label for the agent → target relation (`sent troops to`).
    public var label: String
    /// Whether the trigger is a noun ("incursion") rather than a verb.
    public var isNominal: Bool
    /// Actor ids (document-level).
    public var agents: [String] = []
    public var targets: [String] = []
    public var location: String?
    public var date: ExtractedDate?
    public var source: String?
    public var certainty: Certainty = .asserted
    public var summary: String = ""
    /// Whether a journalist would list it (see `SalienceFilter`); `--all` shows the rest.
    public var isSalient = false
    /// Figures the event's arguments give ("58 drones"), from `QuantityFinder`.
    public var quantities: [EventQuantity] = []
    /// Rules that contributed (`trigger.verb`, `agent.subject`, `date.timex` …).
    public var rules: [String] = []

    public init(index: Int, sentence: Int, triggerToken: Int, trigger: Span, lemma: String,
                type: EventType, label: String, isNominal: Bool) {
        self.index = index
        self.sentence = sentence
        self.triggerToken = triggerToken
        self.trigger = trigger
        self.lemma = lemma
        self.type = type
        self.label = label
        self.isNominal = isNominal
    }
}

/// "Event `later` happened after event `earlier`", read from a signal word ("following",
/// "after", "before") — used to order events that share a date.
public struct EventOrderLink: Sendable, Hashable, Codable {
    public var earlier: Int
    public var later: Int
    public var signal: String

    public init(earlier: Int, later: Int, signal: String) {
        self.earlier = earlier
        self.later = later
        self.signal = signal
    }
}

enum ExtractedEventLayer: AnnotationLayer { static let empty: [ExtractedEvent] = [] }
enum EventOrderLinkLayer: AnnotationLayer { static let empty: [EventOrderLink] = [] }

extension Document {
    /// Events in text order, added by the event stages.
    public var events: [ExtractedEvent] {
        get { self[layer: ExtractedEventLayer.self] }
        set { self[layer: ExtractedEventLayer.self] = newValue }
    }

    /// Before/after links between events of this document.
    public var eventOrderLinks: [EventOrderLink] {
        get { self[layer: EventOrderLinkLayer.self] }
        set { self[layer: EventOrderLinkLayer.self] = newValue }
    }
}
