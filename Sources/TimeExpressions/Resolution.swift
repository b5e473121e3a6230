import TextAnalysis

/// Resolves one `TemporalParse` against the document date and the running reference.
struct Resolution {
    let documentDate: CalendarDate
    let running: CalendarPoint?
    let span: Span
    let stage: String
    var diagnostics: [Diagnostic] = []
    /// False when the mention is measured from the running reference's period ("a year
    /// earlier" after a quarter) and must not replace it, so later ones measure from it too.
    private(set) var becomesReference = true

    init(documentDate: CalendarDate, running: CalendarPoint?, span: Span, stage: String) {
        self.documentDate = documentDate
        self.running = running
        self.span = span
        self.stage = stage
    }

    struct Outcome {
        var value: String
        var point: CalendarPoint?
    }

    /// `narrativeYear`: in a retrospective text (see `TemporalNormalizer`), the year of the
    /// last date that named one, which a bare month or day then takes.
    mutating func resolve(_ parse: TemporalParse, type: TimexType,
                          narrativeYear: Int? = nil) -> Outcome {
        if let literal = parse.literal { return Outcome(value: literal) }
        switch type {
        case .duration: return Outcome(value: duration(parse))
        case .set: return Outcome(value: set(parse))
        case .date, .time:
            if let decade = parse.decade { return Outcome(value: CalendarPoint.pad(decade, 3)) }
            if let century = parse.century { return Outcome(value: CalendarPoint.pad(century, 2)) }
            guard let point = position(parse, narrativeYear: narrativeYear) else {
                note("could not resolve a calendar position; value left as XXXX")
                return Outcome(value: "XXXX")
            }
            return Outcome(value: point.value, point: point)
        }
    }

    private mutating func note(_ message: String) {
        diagnostics.append(Diagnostic(.note, stage: stage, message: message, span: span))
    }

    /// The reference a narrative or time-only expression starts from.
    private var reference: CalendarPoint { running ?? CalendarPoint(day: documentDate) }

    private mutating func position(_ parse: TemporalParse,
                                   narrativeYear: Int? = nil) -> CalendarPoint? {
        var point: CalendarPoint
        let direction = parse.direction ?? parse.tense
        if var year = parse.year {
            if parse.yearDigits == 2 { year = expandTwoDigit(year) }
            point = CalendarPoint(year: year, granularity: .year)
            point.knownYear = true
            if let month = parse.month {
                point.month = month
                point.granularity = .month
                point.knownMonth = true
                if let day = parse.day {
                    guard CalendarDate(year: year, month: month, day: day) != nil else {
                        return nil
                    }
                    point.day = day
                    point.granularity = .day
                    point.knownDay = true
                }
            }
            applyPartOfYear(parse, to: &point)
            if let holiday = parse.holiday, let date = Holiday.date(of: holiday, in: year) {
                point = CalendarPoint(day: date)
                point.knownYear = true
                point.knownMonth = true
                point.knownDay = true
            }
        } else if let holiday = parse.holiday {
            guard let date = holidayDate(holiday, parse, direction: direction) else {
                return nil
            }
            // "the day after Christmas": a day shift anchored on the holiday.
            let offset = parse.unit == .day ? parse.shift ?? 0 : 0
            point = CalendarPoint(day: date.adding(days: offset))
            point.knownMonth = offset == 0
            point.knownDay = offset == 0
        } else if let shift = parse.shift, let unit = parse.unit {
            point = shifted(parse, shift: shift, unit: unit)
            applyMonth(parse, to: &point)
            applyDayOfMonth(parse, to: &point)
        } else if let month = parse.month {
            point = monthWithoutYear(month, day: parse.day, direction: direction,
                                     explicit: parse.direction != nil)
            if let narrativeYear, parse.direction == nil {
                point.year = narrativeYear
                if let day = point.day,
                   CalendarDate(year: narrativeYear, month: month, day: day) == nil {
                    point.day = nil
                    point.granularity = .month
                }
            }
        } else if let weekday = parse.weekday {
            // "the previous Friday", "the following Monday": counted from the running date.
            let base = parse.narrative && reference.granularity <= .day ? reference.firstDay
                : documentDate
            point = CalendarPoint(day: weekdayDate(weekday, direction: direction,
                                                   explicit: parse.direction != nil, from: base))
        } else if parse.season != nil || parse.quarter != nil || parse.half != nil {
            point = CalendarPoint(year: yearOfPart(parse, direction: direction),
                                  granularity: .year)
            applyPartOfYear(parse, to: &point)
        } else if parse.hour != nil || parse.partOfDay != nil {
            let base = reference
            point = CalendarPoint(day: base.granularity <= .day ? base.firstDay : documentDate)
        } else {
            return nil
        }
        // "the week of March 6": the ISO week that holds the day the text names.
        if parse.unit == .week, parse.shift == nil, point.granularity == .day,
           let day = point.day, let month = point.month,
           let date = CalendarDate(year: point.year, month: month, day: day) {
            let week = date.isoWeek
            point = CalendarPoint(year: week.year, granularity: .week)
            point.week = week.week
            point.knownYear = parse.year != nil
        }
        applyTime(parse, to: &point)
        return point
    }

    /// "last month", "two years ago", "the next day", "a year earlier".
    private mutating func shifted(_ parse: TemporalParse, shift: Int,
                                  unit: TimeUnit) -> CalendarPoint {
        // "the weekend" told in the past tense before Saturday is the one just gone.
        if unit == .weekend, shift == 0, !parse.narrative, parse.tense == .past,
           documentDate.weekday < 6 {
            return CalendarPoint.shifted(documentDate, by: -1, unit)
        }
        let base = parse.narrative ? reference : CalendarPoint(day: documentDate)
        if parse.narrative, running == nil {
            note("no earlier date in the text to count from; used the document date")
        }
        // A year-level shift in a text about a quarter keeps the quarter ("a year earlier"
        // or "a year ago" after "the third quarter" is the year-earlier quarter).
        if parse.narrative || parse.keepsPeriod, unit == .year, shift != 0, let running,
           [.quarter, .half].contains(running.granularity) {
            let factor = running.granularity == .quarter ? 4 : 2
            becomesReference = false
            return CalendarPoint.shifted(running.firstDay, by: shift * factor,
                                         running.granularity)
        }
        if parse.narrative, unit == .quarter, shift == 0, running?.granularity != .quarter {
            // "the quarter" with no quarter in view: the last one completed, which is the
            // one a report is about.
            return CalendarPoint.shifted(documentDate, by: -1, unit)
        }
        if parse.narrative, let running, running.granularity > unit {
            return CalendarPoint.shifted(documentDate, by: shift, unit)
        }
        return CalendarPoint.shifted(base.firstDay, by: shift, unit)
    }

    /// "last April", "this summer": a month or part of year with a relative year.
    private func applyMonth(_ parse: TemporalParse, to point: inout CalendarPoint) {
        if point.granularity == .year {
            if let month = parse.month {
                point.month = month
                point.granularity = .month
                point.knownMonth = true
                if let day = parse.day, CalendarDate(year: point.year, month: month,
                                                     day: day) != nil {
                    point.day = day
                    point.granularity = .day
                    point.knownDay = true
                }
            }
            applyPartOfYear(parse, to: &point)
        }
    }

    /// "on the 15th": a day of the month the shift named (the running or document month).
    private func applyDayOfMonth(_ parse: TemporalParse, to point: inout CalendarPoint) {
        guard parse.month == nil, let day = parse.day, point.granularity == .month,
              let month = point.month,
              CalendarDate(year: point.year, month: month, day: day) != nil else {
            return
        }
        point.day = day
        point.granularity = .day
        point.knownDay = true
    }

    private func applyPartOfYear(_ parse: TemporalParse, to point: inout CalendarPoint) {
        guard point.granularity == .year else { return }
        if let quarter = parse.quarter {
            point.quarter = quarter
            point.granularity = .quarter
        } else if let half = parse.half {
            point.half = half
            point.granularity = .half
        } else if let season = parse.season {
            point.season = season
            point.granularity = .season
        }
    }

    private func applyTime(_ parse: TemporalParse, to point: inout CalendarPoint) {
        guard point.granularity == .day else { return }
        if var hour = parse.hour {
            if parse.meridiem == "pm", hour < 12 { hour += 12 }
            if parse.meridiem == "am", hour == 12 { hour = 0 }
            point.hour = hour
            point.minute = parse.minute
            point.second = parse.minute == nil ? nil : parse.second
            point.granularity = parse.minute == nil ? .hour
                : point.second == nil ? .minute : .second
        } else if let partOfDay = parse.partOfDay {
            point.partOfDay = partOfDay
            point.granularity = .partOfDay
        }
    }

    /// A two-digit year (`'98`) in the century that puts it nearest the document date.
    private func expandTwoDigit(_ year: Int) -> Int {
        let century = documentDate.year / 100 * 100
        let candidates = [century - 100 + year, century + year, century + 100 + year]
        return candidates.min { abs($0 - documentDate.year) < abs($1 - documentDate.year) }!
    }

    private mutating func monthWithoutYear(_ month: Int, day: Int?, direction: TenseCue?,
                                           explicit: Bool) -> CalendarPoint {
        let base = documentDate
        let here = (base.month, day == nil ? 0 : base.day)
        let there = (month, day ?? 0)
        var year = base.year
        // A day within two months of the document date is taken in its year whatever the
        // tense: reports often say what was announced for a date a few days ahead.
        if day != nil, !explicit, let date = CalendarDate(year: year, month: month, day: day!),
           abs(date.daysSinceEpoch - base.daysSinceEpoch) <= 61 {
            return dayPoint(date)
        }
        switch direction {
        case .past:
            if explicit ? there >= here : there > here { year -= 1 }
        case .future:
            if explicit ? there <= here : there < here { year += 1 }
        case nil where day == nil:
            // A month and no tense: news mostly reports what happened, so the last one,
            // unless it is at most two months ahead ("in January" said in late October).
            let ahead = (month - base.month + 12) % 12
            if there > here, ahead > 2 { year -= 1 }
            if there < here, ahead <= 2, ahead > 0 { year += 1 }
        case .present, nil:
            // Present tense, or a day with no tense: the occurrence nearest the document date.
            let distance = (month - base.month) * 31 + ((day ?? base.day) - base.day)
            if distance > 183 { year -= 1 } else if distance < -183 { year += 1 }
        }
        var point = CalendarPoint(year: year, granularity: .month)
        point.month = month
        point.knownMonth = true
        if let day, CalendarDate(year: year, month: month, day: day) != nil {
            point.day = day
            point.knownDay = true
            point.granularity = .day
        }
        return point
    }

    /// A holiday without a year: the year of a relative shift ("last Christmas"), else the
    /// occurrence the tense points to, else the nearest one.
    private func holidayDate(_ rule: String, _ parse: TemporalParse,
                             direction: TenseCue?) -> CalendarDate? {
        let base = documentDate
        guard let this = Holiday.date(of: rule, in: base.year),
              let last = Holiday.date(of: rule, in: base.year - 1),
              let next = Holiday.date(of: rule, in: base.year + 1) else { return nil }
        switch parse.direction ?? direction {
        case .past: return parse.direction != nil ? (this < base ? this : last)
                                                  : (this <= base ? this : last)
        case .future: return this >= base ? this : next
        case .present, nil:
            return [last, this, next].min {
                abs($0.daysSinceEpoch - base.daysSinceEpoch)
                    < abs($1.daysSinceEpoch - base.daysSinceEpoch)
            }
        }
    }

    private func dayPoint(_ date: CalendarDate) -> CalendarPoint {
        var point = CalendarPoint(day: date)
        point.knownMonth = true
        point.knownDay = true
        return point
    }

    private mutating func weekdayDate(_ weekday: Int, direction: TenseCue?, explicit: Bool,
                                      from base: CalendarDate) -> CalendarDate {
        let delta = weekday - base.weekday
        switch direction {
        case .future, .present:
            // Present or future tense with a weekday ("plays on Sunday", "will meet Friday")
            // names the coming one; the reference day itself when it is that weekday, as
            // news names the day it is written ("will vote Thursday" in Thursday's paper).
            // Only an explicit "next Thursday" on a Thursday is a week later.
            let ahead = (delta + 7) % 7
            if ahead == 0 && !explicit { return base }
            if ahead == 0 {
                note("weekday is the reference day itself; 'next', so a week later")
                return base.adding(days: 7)
            }
            return base.adding(days: ahead)
        case .past where explicit:
            let back = (7 - delta) % 7
            return base.adding(days: -(back == 0 ? 7 : back))
        case .past, nil:
            if direction == nil {
                note("no tense cue for the weekday; took the latest one on or before the "
                     + "reference day")
            }
            return base.adding(days: -((7 - delta) % 7))
        }
    }

    /// The year of a season, quarter or half: the document's, or the one before or after it
    /// by `direction`; a narrative one ("the following autumn") counts from the running date.
    private func yearOfPart(_ parse: TemporalParse, direction: TenseCue?) -> Int {
        let base = parse.narrative ? reference.firstDay : documentDate
        guard let direction, direction != .present else { return base.year }
        let current: Int
        let target: Int
        if let season = parse.season {
            let (seasonYear, index) = CalendarPoint.seasonIndex(of: base)
            current = index + (seasonYear < base.year ? -4 : 0)
            target = CalendarPoint.seasons.firstIndex(of: season) ?? 0
        } else if let quarter = parse.quarter {
            current = (base.month - 1) / 3 + 1
            target = quarter
        } else {
            current = (base.month - 1) / 6 + 1
            target = parse.half ?? 1
        }
        let explicit = parse.direction != nil
        if parse.quarter != nil && !explicit && direction == .future { return base.year }
        if direction == .past {
            return (explicit ? target >= current : target > current) ? base.year - 1 : base.year
        }
        return (explicit ? target <= current : target < current) ? base.year + 1 : base.year
    }
}
