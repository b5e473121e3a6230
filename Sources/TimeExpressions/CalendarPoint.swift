import TextAnalysis

/// A resolved calendar position at some granularity (a day, a month, a quarter …), with the
/// fields the text gave marked as known. Internal working form of `TemporalNormalizer`.
struct CalendarPoint: Sendable, Hashable {
    var year: Int
    var month: Int?
    var day: Int?
    /// ISO week number; `year` is then the ISO week-numbering year.
    var week: Int?
    var quarter: Int?
    var half: Int?
    var season: String?
    var hour: Int?
    var minute: Int?
    var second: Int?
    var partOfDay: String?
    var granularity: TimeUnit
    var knownYear = false
    var knownMonth = false
    var knownDay = false

    static let seasons = ["SP", "SU", "FA", "WI"]

    init(year: Int, granularity: TimeUnit) {
        self.year = year
        self.granularity = granularity
    }

    init(day date: CalendarDate) {
        self.init(year: date.year, granularity: .day)
        month = date.month
        day = date.day
    }

    /// The first day the point covers, used as the reference when resolving against it.
    var firstDay: CalendarDate {
        switch granularity {
        case .week, .weekend:
            let jan4 = CalendarDate(year: year, month: 1, day: 4)!
            let monday = jan4.adding(days: 1 - jan4.weekday)
            return monday.adding(days: 7 * ((week ?? 1) - 1) + (granularity == .weekend ? 5 : 0))
        case .quarter:
            return CalendarDate(year: year, month: 3 * ((quarter ?? 1) - 1) + 1, day: 1)!
        case .half:
            return CalendarDate(year: year, month: 6 * ((half ?? 1) - 1) + 1, day: 1)!
        case .season:
            let index = CalendarPoint.seasons.firstIndex(of: season ?? "SP") ?? 0
            return CalendarDate(year: year, month: 3 * index + 3, day: 1)!
        default:
            return CalendarDate(year: year, month: month ?? 1, day: day ?? 1) ??
                CalendarDate(year: year, month: 1, day: 1)!
        }
    }

    /// The point `count` units of `unit` away from `date`, at the granularity of `unit`.
    static func shifted(_ date: CalendarDate, by count: Int, _ unit: TimeUnit) -> CalendarPoint {
        switch unit {
        case .second, .minute, .hour, .partOfDay, .day:
            // A date has no clock time: only whole days of a clock shift move it ("24 hours
            // ago" is the day before, "six hours ago" the same day).
            let days = switch unit {
            case .day: count
            case .hour: count / 24
            case .minute: count / 1_440
            case .second: count / 86_400
            default: 0
            }
            return CalendarPoint(day: date.adding(days: days))
        case .week, .weekend:
            let week = date.adding(days: 7 * count).isoWeek
            var point = CalendarPoint(year: week.year, granularity: unit)
            point.week = week.week
            return point
        case .month:
            let moved = date.adding(months: count)
            var point = CalendarPoint(year: moved.year, granularity: .month)
            point.month = moved.month
            return point
        case .quarter:
            let index = date.year * 4 + (date.month - 1) / 3 + count
            var point = CalendarPoint(year: floorDiv(index, 4), granularity: .quarter)
            point.quarter = index - floorDiv(index, 4) * 4 + 1
            return point
        case .half:
            let index = date.year * 2 + (date.month - 1) / 6 + count
            var point = CalendarPoint(year: floorDiv(index, 2), granularity: .half)
            point.half = index - floorDiv(index, 2) * 2 + 1
            return point
        case .season:
            let (year, season) = seasonIndex(of: date)
            let index = year * 4 + season + count
            var point = CalendarPoint(year: floorDiv(index, 4), granularity: .season)
            point.season = seasons[index - floorDiv(index, 4) * 4]
            return point
        case .year:
            return CalendarPoint(year: date.year + count, granularity: .year)
        case .decade:
            return CalendarPoint(year: (floorDiv(date.year, 10) + count) * 10,
                                 granularity: .decade)
        case .century:
            return CalendarPoint(year: (floorDiv(date.year, 100) + count) * 100,
                                 granularity: .century)
        }
    }

    /// The season a day falls in and the year it is counted in (December is the next
    /// year's winter… counted in the year of its December, as TIMEX3 data does).
    static func seasonIndex(of date: CalendarDate) -> (Int, Int) {
        switch date.month {
        case 3...5: return (date.year, 0)
        case 6...8: return (date.year, 1)
        case 9...11: return (date.year, 2)
        case 12: return (date.year, 3)
        default: return (date.year - 1, 3)
        }
    }

    static func floorDiv(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    }

    /// The TIMEX3 value of the point.
    var value: String {
        // A year before the common era ("508 BC", year -508) is written BC0508, as TIMEX2 and
        // HeidelTime write it.
        let yearText = year < 0 ? "BC" + CalendarPoint.pad(-year, 4) : CalendarPoint.pad(year, 4)
        var text: String
        switch granularity {
        case .century: return CalendarPoint.pad(CalendarPoint.floorDiv(year, 100), 2)
        case .decade: return CalendarPoint.pad(CalendarPoint.floorDiv(year, 10), 3)
        case .year: return yearText
        case .quarter: return "\(yearText)-Q\(quarter ?? 1)"
        case .half: return "\(yearText)-H\(half ?? 1)"
        case .season: return "\(yearText)-\(season ?? "SP")"
        case .week: return "\(yearText)-W\(CalendarPoint.pad(week ?? 1, 2))"
        case .weekend: return "\(yearText)-W\(CalendarPoint.pad(week ?? 1, 2))-WE"
        case .month: return "\(yearText)-\(CalendarPoint.pad(month ?? 1, 2))"
        case .day, .partOfDay, .hour, .minute, .second:
            text = yearText + "-" + CalendarPoint.pad(month ?? 1, 2) + "-"
                + CalendarPoint.pad(day ?? 1, 2)
        }
        if let hour {
            text += "T" + CalendarPoint.pad(hour, 2) + ":" + CalendarPoint.pad(minute ?? 0, 2)
            if let second { text += ":" + CalendarPoint.pad(second, 2) }
        } else if let partOfDay {
            text += "T" + partOfDay
        }
        return text
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let padded = String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
        return value < 0 ? "-" + padded : padded
    }

    /// Public view with known/implied marks.
    var resolvedFields: ResolvedFields {
        var fields = ResolvedFields(granularity: granularity)
        fields.year = ResolvedField(year, known: knownYear)
        if let month { fields.month = ResolvedField(month, known: knownMonth) }
        if let day { fields.day = ResolvedField(day, known: knownDay) }
        if let hour { fields.hour = ResolvedField(hour, known: true) }
        if let minute { fields.minute = ResolvedField(minute, known: true) }
        return fields
    }
}
