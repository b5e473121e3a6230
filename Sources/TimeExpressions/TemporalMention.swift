import TextAnalysis

/// A temporal expression in a document: where it is, what it says and what it means.
///
/// `TemporalTagger` creates mentions with `parse` filled and `value` empty;
/// `TemporalNormalizer` fills `value`, `mod` and `resolved`. The type and value follow
/// TIMEX3 (TimeML 1.2), so a mention can be written back as `<TIMEX3>` unchanged.
public struct TemporalMention: Sendable, Hashable, Codable {
    /// Extent in Unicode scalar offsets, following TimeML (no leading preposition).
    public var span: Span
    /// TIMEX3 type, set by the rule that matched.
    public var type: TimexType
    /// TIMEX3 value (`2025-11-21`, `P3Y`, `PRESENT_REF`); empty until normalised.
    public var value: String
    /// TIMEX3 `mod`, when the text qualifies the value ("early", "nearly").
    public var mod: String?
    /// TIMEX3 `quant` of a set ("every", "each").
    public var quant: String?
    /// Identifier of the rule that matched, `file:id` (`dates:month-day-year`).
    public var ruleID: String
    /// What the text said, before resolution.
    public var parse: TemporalParse
    /// Calendar fields after resolution, each marked known (from the text) or implied.
    public var resolved: ResolvedFields?

    /// A mention as the tagger creates it (value empty) or as a reader restores it.
    public init(span: Span, type: TimexType, value: String = "", mod: String? = nil,
                quant: String? = nil, ruleID: String, parse: TemporalParse = TemporalParse(),
                resolved: ResolvedFields? = nil) {
        self.span = span
        self.type = type
        self.value = value
        self.mod = mod
        self.quant = quant
        self.ruleID = ruleID
        self.parse = parse
        self.resolved = resolved
    }
}

/// One calendar field of a resolved mention and whether the text gave it.
public struct ResolvedField: Sendable, Hashable, Codable {
    /// The field's number (year, month 1–12, day, hour 0–24, minute).
    public var value: Int
    /// True when the text said it; false when it was implied by the reference date.
    public var isKnown: Bool

    /// A field with its number and whether the text gave it.
    public init(_ value: Int, known: Bool) {
        self.value = value
        self.isKnown = known
    }
}

/// The calendar position a mention resolved to, so a timeline can print
/// "March 2024 (day unknown)" rather than inventing the first of the month.
public struct ResolvedFields: Sendable, Hashable, Codable {
    /// Full year.
    public var year: ResolvedField?
    /// Month 1–12, nil when the value is coarser (a year, a quarter).
    public var month: ResolvedField?
    /// Day of the month, nil when the value is coarser than a day.
    public var day: ResolvedField?
    /// Hour 0–24 of a clock time.
    public var hour: ResolvedField?
    /// Minute of a clock time.
    public var minute: ResolvedField?
    /// The finest unit the value names (`.month` for `2024-03`).
    public var granularity: TimeUnit

    /// Fields down to `granularity`; finer ones stay nil.
    public init(year: ResolvedField? = nil, month: ResolvedField? = nil,
                day: ResolvedField? = nil, hour: ResolvedField? = nil,
                minute: ResolvedField? = nil, granularity: TimeUnit) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.granularity = granularity
    }

    /// Names of the fields the text gave (`year`, `month`, `day`, `hour`, `minute`).
    public var knownFields: [String] {
        var names: [String] = []
        if year?.isKnown == true { names.append("year") }
        if month?.isKnown == true { names.append("month") }
        if day?.isKnown == true { names.append("day") }
        if hour?.isKnown == true { names.append("hour") }
        if minute?.isKnown == true { names.append("minute") }
        return names
    }
}

/// The `Document` layer that holds temporal mentions, in text order.
public enum TemporalMentionLayer: AnnotationLayer {
    /// No mentions until the tagger runs.
    public static var empty: [TemporalMention] { [] }
}

extension Document {
    /// Temporal expressions found by `TemporalTagger` and resolved by `TemporalNormalizer`,
    /// sorted by span.
    public var timexes: [TemporalMention] {
        get { self[layer: TemporalMentionLayer.self] }
        set { self[layer: TemporalMentionLayer.self] = newValue }
    }
}
