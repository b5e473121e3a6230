import EventGraph

/// The calendar days a TIMEX3 value covers, for exports that need full dates (GEXF spells,
/// slicing by `--since/--until`): `2023-02` covers 2023-02-01 … 2023-02-28.
///
/// Only calendar values (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) have a range; reference values
/// (`PRESENT_REF`), weeks and seasons have none, so they are never placed on a date axis
/// at a precision the text did not give.
struct TimexRange: Sendable, Hashable, Comparable {
    /// First day, `YYYY-MM-DD`.
    var start: String
    /// Last day (inclusive), `YYYY-MM-DD`.
    var end: String

    /// The range of `value`, or nil when it is not a calendar date. A day with a time of
    /// day (`2025-03-13TNI`, `2025-03-13T14:30`) covers that day.
    init?(_ value: String) {
        var value = value
        if value.count > 11, let time = value.firstIndex(of: "T"),
           value.distance(from: value.startIndex, to: time) == 10 {
            value = String(value[..<time])
        }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII)
                                 && $0.allSatisfy(\.isNumber) }),
              parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        let yearText = String(parts[0])
        guard parts.count > 1 else {
            start = yearText + "-01-01"
            end = yearText + "-12-31"
            return
        }
        guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else {
            return nil
        }
        let monthText = String(parts[1])
        let lastDay = Self.days(inMonth: month, year: year)
        guard parts.count > 2 else {
            start = yearText + "-" + monthText + "-01"
            end = yearText + "-" + monthText + "-" + String(lastDay)
            return
        }
        guard parts[2].count == 2, let day = Int(parts[2]), (1...lastDay).contains(day) else {
            return nil
        }
        start = value
        end = value
    }

    /// The range of an event's date, if it has a calendar one.
    init?(_ date: EventDate?) {
        guard let value = date?.value else { return nil }
        self.init(value)
    }

    /// Whether the two ranges share a day (ISO dates compare as text).
    func overlaps(from lower: String?, to upper: String?) -> Bool {
        if let lower, end < lower { return false }
        if let upper, start > upper { return false }
        return true
    }

    static func < (lhs: TimexRange, rhs: TimexRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
