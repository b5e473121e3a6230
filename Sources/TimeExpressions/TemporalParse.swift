/// What a temporal expression says, as read by `TemporalTagger` — before any date is known.
///
/// Every property is a fact of the text (`month = 3` because it said "March") or of the rule
/// (`shift = -1`, `unit = .month` for "last month"). `TemporalNormalizer` combines these with a
/// reference date. Field names are the keys rules use in their `fields` column.
public struct TemporalParse: Sendable, Hashable, Codable {
    /// Full year; two-digit years written as `'98` are stored with `yearDigits = 2`.
    public var year: Int?
    /// Number of digits the year was written with (2 for `'98`).
    public var yearDigits: Int?
    /// Month 1–12 as written ("March", "3/").
    public var month: Int?
    /// Day of the month as written.
    public var day: Int?
    /// ISO weekday, 1 = Monday … 7 = Sunday.
    public var weekday: Int?
    /// 0...24 after applying `meridiem`.
    public var hour: Int?
    /// Minute of a clock time.
    public var minute: Int?
    /// Second of a clock time that gives one ("01:39:56 PM", as mail and web headers do).
    public var second: Int?
    /// `am` or `pm`, as written.
    public var meridiem: String?
    /// Time zone abbreviation as written (`est`).
    public var zone: String?
    /// TIMEX3 part of day: `MO`, `AF`, `EV`, `NI`, `DT`.
    public var partOfDay: String?
    /// TIMEX3 season: `SP`, `SU`, `FA`, `WI`.
    public var season: String?
    /// Quarter 1–4 ("the third quarter", "Q3").
    public var quarter: Int?
    /// Half of the year, 1 or 2.
    public var half: Int?
    /// Leading digits of a decade (`199` for the 1990s).
    public var decade: Int?
    /// Leading digits of a century (`19` for the 20th century).
    public var century: Int?
    /// Unit of a relative shift, a duration or a set.
    public var unit: TimeUnit?
    /// Signed number of `unit`s from the reference (`-1` for "last month", `0` for "this").
    public var shift: Int?
    /// Whether "last"/"next" was written (`past`/`future`) for a weekday, month or season.
    public var direction: TenseCue?
    /// Count of a duration or set: digits, or `X` when unspecified ("months").
    public var amount: String?
    /// The count of a duration has a half more ("2 1/2 years", "half an hour" with count 0).
    public var plusHalf: Bool = false
    /// Resolve against the running reference (narrative: "the next day") rather than the DCT.
    public var narrative: Bool = false
    /// Resolve against the document date, but in a text about a quarter a year shift stays a
    /// quarter ("a year ago" after "the third quarter" is the year-ago quarter).
    public var keepsPeriod: Bool = false
    /// A holiday's calendar rule from the `holidays` lexicon (`12-25`, `11-4-4`, `easter-2`).
    public var holiday: String?
    /// A value fixed by the rule (`PRESENT_REF`, `FUTURE_REF`).
    public var literal: String?
    /// TIMEX3 `mod` (`START`, `END`, `MID`, `APPROX`, `LESS_THAN` …).
    public var mod: String?
    /// TIMEX3 `quant` for sets (`EVERY`, `EACH`).
    public var quant: String?
    /// Tense of the clause around the mention.
    public var tense: TenseCue?
    /// A clock time with no date of its own whose date is the date mention right after it
    /// ("2:15 a.m. local time on March 11", "10:35 a.m. (0735 GMT) Friday"); set by the tagger.
    public var datedByNext: Bool = false
    /// The tagger drops the mention when its clause has this tense: "soon" refers to the
    /// future from now, but in a past clause ("he was soon released") it only sequences events.
    public var unlessTense: TenseCue?

    /// An empty parse; rules fill it field by field.
    public init() {}

    /// Names a calendar date by its own fields ("1997", "October 2004", "Friday"), not a
    /// length or a date counted from another: comparatives of a quantity ("at least") stay
    /// outside such a date.
    public var namesCalendarDate: Bool {
        unit == nil && shift == nil && amount == nil
            && (year != nil || month != nil || weekday != nil || holiday != nil)
    }
}
