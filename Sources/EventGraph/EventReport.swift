/// One article's report of an event: where it was read and what that article said of it.
///
/// An event reported by several articles keeps every report, so disagreements (a date, the
/// source, the certainty) stay visible with their provenance.
public struct EventReport: Sendable, Hashable, Codable {
    public var document: String
    public var sentence: Int
    public var trigger: String
    public var start: Int
    public var end: Int
    public var evidence: String
    public var date: EventDate?
    public var source: ActorID?
    public var certainty: Certainty

    public init(document: String, sentence: Int, trigger: String, start: Int, end: Int,
                evidence: String, date: EventDate?, source: ActorID?, certainty: Certainty) {
        self.document = document
        self.sentence = sentence
        self.trigger = trigger
        self.start = start
        self.end = end
        self.evidence = evidence
        self.date = date
        self.source = source
        self.certainty = certainty
    }

    /// The report an event makes of itself.
    package init(_ event: Event) {
        self.init(document: event.document, sentence: event.sentence, trigger: event.trigger,
                  start: event.start, end: event.end, evidence: event.evidence,
                  date: event.date, source: event.source, certainty: event.certainty)
    }
}
