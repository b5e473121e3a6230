import TextAnalysis

/// The first and last day a TIMEX3 value covers, for ordering events on a time line.
///
/// Handles the values that name calendar positions — `YYYY`, `YYYY-MM`, `YYYY-MM-DD`
/// (with an optional time), `YYYY-Www`, `YYYY-Qn`, seasons `YYYY-SP|SU|FA|WI`, decades
/// `YYYX` — and `PRESENT_REF`, which is the reference day. Anything else (durations,
/// `XXXX-04`, `PAST_REF`) has no calendar position and returns nil.
public enum TimexInterval {
    public static func interval(of value: String,
                                reference: CalendarDate) -> ClosedRange<CalendarDate>? {
        if value == "PRESENT_REF" { return reference...reference }
        let datePart = value.split(separator: "T", maxSplits: 1).first.map(String.init) ?? ""
        let fields = datePart.split(separator: "-").map(String.init)
        guard let yearField = fields.first, yearField.count == 4 else { return nil }
        if yearField.hasSuffix("X") {
            guard let decade = Int(yearField.dropLast()) else { return nil }
            return day(decade * 10, 1, 1)...day(decade * 10 + 9, 12, 31)
        }
        guard let year = Int(yearField) else { return nil }
        guard fields.count > 1 else { return day(year, 1, 1)...day(year, 12, 31) }
        let second = fields[1]
        if let month = Int(second), (1...12).contains(month) {
            let last = CalendarDate.daysIn(month: month, year: year)
            guard fields.count > 2 else { return day(year, month, 1)...day(year, month, last) }
            guard let dayOfMonth = Int(fields[2]),
                  let date = CalendarDate(year: year, month: month, day: dayOfMonth) else {
                return nil
            }
            return date...date
        }
        if second.hasPrefix("W"), let week = Int(second.dropFirst()), (1...53).contains(week) {
            // ISO week 1 contains 4 January.
            let january4 = day(year, 1, 4)
            let monday = january4.adding(days: 1 - january4.weekday + (week - 1) * 7)
            return monday...monday.adding(days: 6)
        }
        if second.hasPrefix("Q"), let quarter = Int(second.dropFirst()), (1...4).contains(quarter) {
            let firstMonth = (quarter - 1) * 3 + 1
            return day(year, firstMonth, 1)...day(year, firstMonth + 2,
                CalendarDate.daysIn(month: firstMonth + 2, year: year))
        }
        switch second {
        case "SP": return day(year, 3, 1)...day(year, 5, 31)
        case "SU": return day(year, 6, 1)...day(year, 8, 31)
        case "FA": return day(year, 9, 1)...day(year, 11, 30)
        case "WI": return day(year, 12, 1)...day(year + 1, 2, CalendarDate.daysIn(
            month: 2, year: year + 1))
        default: return nil
        }
    }

    private static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day) ?? CalendarDate(daysSinceEpoch: 0)
    }
}
