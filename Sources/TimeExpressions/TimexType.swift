/// The TIMEX3 `type` of a temporal expression; the raw value is the TimeML spelling.
public enum TimexType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A calendar date or period (`March 2024`, `last week`, `the 1990s`).
    case date = "DATE"
    /// A time of day, possibly with its date (`10 a.m. Tuesday`, `Tuesday night`).
    case time = "TIME"
    /// A length of time (`three years`, `months-long`).
    case duration = "DURATION"
    /// A recurring time (`every week`, `annually`).
    case set = "SET"
}

/// Calendar units that relative expressions and durations count in.
///
/// Raw values are the spelling used in the `units` lexicon and in rule field mappings.
public enum TimeUnit: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case second, minute, hour, partOfDay = "part-of-day", day, weekend, week, month
    case season, quarter, half, year, decade, century

    /// Ordering from finest to coarsest, used to keep the finer of two granularities.
    var rank: Int { TimeUnit.allCases.firstIndex(of: self)! }

    public static func < (lhs: TimeUnit, rhs: TimeUnit) -> Bool { lhs.rank < rhs.rank }

    /// The ISO 8601 / TIMEX3 duration designator (`D`, `W`, `M` …) and whether it belongs
    /// after the `T` of a duration.
    var durationLetter: (letter: String, isTime: Bool) {
        switch self {
        case .second: return ("S", true)
        case .minute: return ("M", true)
        case .hour: return ("H", true)
        case .partOfDay: return ("H", true)
        case .day: return ("D", false)
        case .weekend: return ("WE", false)
        case .week: return ("W", false)
        case .month: return ("M", false)
        case .season: return ("M", false)
        case .quarter: return ("Q", false)
        case .half: return ("H", false)
        case .year: return ("Y", false)
        case .decade: return ("DE", false)
        case .century: return ("CE", false)
        }
    }
}

/// The tense cue found near a mention, which decides whether `April` or `Friday` is the
/// last or the next one.
public enum TenseCue: String, Sendable, Hashable, Codable {
    case past, present, future
}
