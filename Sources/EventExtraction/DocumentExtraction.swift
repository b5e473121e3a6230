/// Everything the extractor found in one document, as plain values with their text
/// resolved — the output type the graph module builds from, so it needs nothing of the
/// annotation layers or the analysis stages.
public struct DocumentExtraction: Sendable, Hashable, Codable {
    /// A temporal expression with its text.
    public struct Timex: Sendable, Hashable, Codable {
        public var text: String
        public var start: Int
        public var end: Int
        public var type: String
        public var value: String
        public var mod: String?
    }

    /// An actor mention with its text.
    public struct Mention: Sendable, Hashable, Codable {
        public var actorID: String
        public var text: String
        public var start: Int
        public var end: Int
        public var sentence: Int
        public var form: MentionForm
        public var ruleID: String
    }

    /// A figure an event gives, with its text resolved (`EventQuantity`).
    public struct Quantity: Sendable, Hashable, Codable {
        /// The figure with its hedge, as written ("at least 12").
        public var text: String
        public var start: Int
        public var end: Int
        public var value: Double
        public var bound: QuantityBound
        /// The counted noun's lemma (`drone`), empty for a bare number.
        public var unit: String

        public init(text: String, start: Int, end: Int, value: Double, bound: QuantityBound,
                    unit: String) {
            self.text = text
            self.start = start
            self.end = end
            self.value = value
            self.bound = bound
            self.unit = unit
        }
    }

    /// An event with its texts and date interval resolved.
    public struct Event: Sendable, Hashable, Codable {
        public var index: Int
        public var sentence: Int
        public var trigger: String
        public var start: Int
        public var end: Int
        public var lemma: String
        public var type: EventType
        public var label: String
        public var isNominal: Bool
        public var evidence: String
        public var summary: String
        public var agents: [String]
        public var targets: [String]
        public var location: String?
        public var source: String?
        public var certainty: Certainty
        public var dateValue: String?
        public var dateText: String?
        public var dateOrigin: DateOrigin?
        /// First and last day the date covers, as days since 1970-01-01.
        public var dateStartDay: Int?
        public var dateEndDay: Int?
        public var isSalient: Bool
        public var rules: [String]
        /// Figures the event gives, in text order.
        public var quantities: [Quantity] = []
    }

    public var documentID: String
    public var path: String?
    public var title: String?
    /// `YYYY-MM-DD`.
    public var creationDate: String
    /// Days since 1970-01-01 of the creation date.
    public var creationDay: Int
    /// `option`, `dateline`, `metadata`, `timeml` or `today`.
    public var creationDateSource: String
    public var timexes: [Timex]
    /// Actors by id, sorted by id.
    public var actors: [DocumentActor]
    public var mentions: [Mention]
    public var events: [Event]
    public var orderLinks: [EventOrderLink]
    /// Non-fatal findings of the stages, as `stage: message` lines.
    public var diagnostics: [String]
}
