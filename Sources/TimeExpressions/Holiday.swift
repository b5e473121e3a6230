import TextAnalysis

/// Dates of holidays from the calendar rules in `lexicons/holidays.tsv`.
enum Holiday {
    /// Whether `rule` is `MM-DD`, `MM-N-W`, `MM-L-W`, `MM-DD>W` or `easter±K`.
    static func isValidRule(_ rule: String) -> Bool {
        date(of: rule, in: 2000) != nil
    }

    /// The holiday's day in `year`, nil when the rule is malformed.
    static func date(of rule: String, in year: Int) -> CalendarDate? {
        if rule.hasPrefix("easter") {
            guard let offset = Int(rule.dropFirst(6).replacingPlus()) else { return nil }
            return easter(year).adding(days: offset)
        }
        // "MM-DD>W": the first ISO weekday W on or after MM-DD (US Election Day, 11-02>2).
        let onOrAfter = rule.split(separator: ">").map(String.init)
        if onOrAfter.count == 2 {
            guard let weekday = Int(onOrAfter[1]), (1...7).contains(weekday),
                  let start = date(of: onOrAfter[0], in: year),
                  onOrAfter[0].split(separator: "-").count == 2 else { return nil }
            return start.adding(days: (weekday - start.weekday + 7) % 7)
        }
        let parts = rule.split(separator: "-").map(String.init)
        guard let month = Int(parts[0]) else { return nil }
        if parts.count == 2, let day = Int(parts[1]) {
            return CalendarDate(year: year, month: month, day: day)
        }
        guard parts.count == 3, let weekday = Int(parts[2]), (1...7).contains(weekday),
              let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
        let firstMatch = first.adding(days: (weekday - first.weekday + 7) % 7)
        if parts[1] == "L" {
            let days = CalendarDate.daysIn(month: month, year: year)
            let weeks = (days - firstMatch.day) / 7
            return firstMatch.adding(days: 7 * weeks)
        }
        guard let nth = Int(parts[1]), (1...5).contains(nth) else { return nil }
        let date = firstMatch.adding(days: 7 * (nth - 1))
        return date.month == month ? date : nil
    }

    /// Western Easter Sunday (anonymous Gregorian computus).
    static func easter(_ year: Int) -> CalendarDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)!
    }
}

private extension Substring {
    func replacingPlus() -> String { hasPrefix("+") ? String(dropFirst()) : String(self) }
}
