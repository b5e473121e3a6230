import TextAnalysis

/// A TIMEX3 value string parsed into a calendar interval, so events can be put in order.
///
/// Understands days (`2025-11-21`, with an optional time part `T10:00`, `TNI`), months,
/// years, decades (`199`, `199X`), centuries (`19`, `19XX`), ISO weeks (`2025-W47`, `-WE`),
/// quarters (`2025-Q3`), halves (`2025-H1`), seasons (`2025-SU`) and the references
/// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`. Values with no calendar position (`XXXX-04`,
/// durations such as `P3Y`, sets) have no interval.
public struct TimexValue: Sendable, Hashable, CustomStringConvertible {
    /// The value as written.
    public let raw: String

    /// Wraps a value string; parsing happens when an interval is asked for.
    public init(_ raw: String) {
        self.raw = raw
    }

    public var description: String { raw }

    /// The days the value covers (inclusive) and its granularity. `*_REF` values are placed
    /// relative to `reference`: the day before it, the day itself, the day after it.
    public func interval(relativeTo reference: CalendarDate) -> TimexInterval? {
        switch raw {
        case "PRESENT_REF":
            return TimexInterval(start: reference, end: reference, granularity: .day)
        case "PAST_REF":
            let day = reference.adding(days: -1)
            return TimexInterval(start: day, end: day, granularity: .day)
        case "FUTURE_REF":
            let day = reference.adding(days: 1)
            return TimexInterval(start: day, end: day, granularity: .day)
        default:
            return calendarInterval()
        }
    }

    private func calendarInterval() -> TimexInterval? {
        let parts = raw.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let datePart = parts[0]
        let timePart = parts.count > 1 ? parts[1] : nil
        let fields = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard let head = fields.first else { return nil }
        // Decades and centuries: `199`, `199X`, `19`, `19XX`.
        if fields.count == 1 {
            let digits = head.prefix { $0.isASCII && $0.isNumber }
            let rest = head.dropFirst(digits.count)
            guard !digits.isEmpty, rest.allSatisfy({ $0 == "X" }), let number = Int(digits),
                  digits.count + rest.count <= 4 else { return nil }
            let width = digits.count + rest.count
            let scale = [1: 1000, 2: 100, 3: 10, 4: 1][digits.count]!
            if width != 4 && !rest.isEmpty { return nil }
            let first = number * scale
            let unit: TimeUnit = scale == 1 ? .year : scale == 10 ? .decade : .century
            return years(first, first + scale - 1, unit)
        }
        guard head.count == 4, let year = Int(head) else { return nil }
        let second = fields[1]
        if second.hasPrefix("W") {
            guard let week = Int(second.dropFirst()), (1...53).contains(week) else { return nil }
            let jan4 = CalendarDate(year: year, month: 1, day: 4)!
            let monday = jan4.adding(days: 1 - jan4.weekday + 7 * (week - 1))
            if fields.count == 3, fields[2] == "WE" {
                return TimexInterval(start: monday.adding(days: 5), end: monday.adding(days: 6),
                                     granularity: .weekend)
            }
            if fields.count == 3, let weekday = Int(fields[2]), (1...7).contains(weekday) {
                let day = monday.adding(days: weekday - 1)
                return TimexInterval(start: day, end: day, granularity: .day)
            }
            return TimexInterval(start: monday, end: monday.adding(days: 6), granularity: .week)
        }
        if second.hasPrefix("Q"), let quarter = Int(second.dropFirst()),
           (1...4).contains(quarter) {
            return months(year, 3 * quarter - 2, 3, .quarter)
        }
        if second.hasPrefix("H"), let half = Int(second.dropFirst()), (1...2).contains(half) {
            return months(year, 6 * half - 5, 6, .half)
        }
        if let index = ["SP", "SU", "FA", "WI"].firstIndex(of: String(second)) {
            return months(year, 3 * index + 3, 3, .season)
        }
        guard second.count == 2, let month = Int(second), (1...12).contains(month) else {
            return nil
        }
        if fields.count == 2 { return months(year, month, 1, .month) }
        guard fields.count == 3, let day = Int(fields[2]),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        var granularity = TimeUnit.day
        if let timePart {
            granularity = timePart.contains(":") ? .minute
                : timePart.allSatisfy(\.isNumber) ? .hour : .partOfDay
        }
        return TimexInterval(start: date, end: date, granularity: granularity)
    }

    private func years(_ first: Int, _ last: Int, _ unit: TimeUnit) -> TimexInterval? {
        guard let start = CalendarDate(year: first, month: 1, day: 1),
              let end = CalendarDate(year: last, month: 12, day: 31) else { return nil }
        return TimexInterval(start: start, end: end, granularity: unit)
    }

    private func months(_ year: Int, _ month: Int, _ count: Int,
                        _ unit: TimeUnit) -> TimexInterval? {
        guard let start = CalendarDate(year: year, month: month, day: 1) else { return nil }
        let end = start.adding(months: count).adding(days: -1)
        return TimexInterval(start: start, end: end, granularity: unit)
    }
}

/// The days a TIMEX3 value covers, ordered for timelines: earliest start first, and at the
/// same start the coarser value first (March 2024 before 1 March 2024).
public struct TimexInterval: Sendable, Hashable, Comparable, Codable {
    /// First day covered.
    public var start: CalendarDate
    /// Last day covered (inclusive).
    public var end: CalendarDate
    /// The unit the value names; coarser units have a larger `granularityRank`.
    public var granularity: TimeUnit

    /// An interval of whole days, `start` ≤ `end`.
    public init(start: CalendarDate, end: CalendarDate, granularity: TimeUnit) {
        self.start = start
        self.end = end
        self.granularity = granularity
    }

    /// 0 for seconds up to 13 for centuries.
    public var granularityRank: Int { granularity.rank }

    public static func < (lhs: TimexInterval, rhs: TimexInterval) -> Bool {
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        if lhs.granularityRank != rhs.granularityRank {
            return lhs.granularityRank > rhs.granularityRank
        }
        return lhs.end < rhs.end
    }
}
