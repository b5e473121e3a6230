/// One line of a rule file: a pattern, the TIMEX3 type it produces and how its captures fill
/// a `TemporalParse`.
struct TemporalRule: Sendable {
    /// `file:id`, e.g. `dates:month-day-year`; recorded in every mention it produces.
    var id: String
    var type: TimexType
    /// A rule of type `NONE` in its file: its match is text that only looks temporal
    /// ("Mrs. May", "2000 people", "Room 2172"). It takes part in leftmost-longest matching
    /// like any rule, so it keeps the others off that text, but yields no mention.
    var blocks = false
    var pattern: RulePattern
    var fields: [FieldAssignment]
    /// Phrases the rule must match in full; run by the tests.
    var examples: [String]
    var file: String
    var line: Int
}

/// `key=value` from a rule's `fields` column; the value is a literal, `$capture` or
/// `-$capture` (negated number).
struct FieldAssignment: Sendable {
    enum Source: Sendable {
        case literal(String)
        case capture(String, negated: Bool)
    }

    var key: FieldKey
    var source: Source
}

/// The keys a rule may set; each names a `TemporalParse` property.
enum FieldKey: String, Sendable, CaseIterable {
    case year, month, day, weekday, hour, minute, second, meridiem, zone, pod, season, quarter, half
    case decade, century, unit, shift, direction, amount, anchor, value, mod, quant, holiday
    case fraction, clock, unless

    /// Applies `text` to `parse`; returns false when the text is not a valid value.
    func apply(_ text: String, to parse: inout TemporalParse) -> Bool {
        switch self {
        case .year:
            // Four-digit numbers outside 1000–2199 are model numbers, not years; a negated
            // capture is a year before the common era ("508 BC" is year -508).
            guard let number = Int(text),
                  number < 0 || text.count != 4 || (1000...2199).contains(number)
            else { return false }
            parse.year = number
            parse.yearDigits = text.count - (number < 0 ? 1 : 0)
        case .month: return set(text, 1...12, &parse.month)
        case .day: return set(text, 1...31, &parse.day)
        case .weekday: return set(text, 1...7, &parse.weekday)
        case .hour: return set(text, 0...24, &parse.hour)
        case .minute: return set(text, 0...59, &parse.minute)
        case .second: return set(text, 0...59, &parse.second)
        case .clock:
            // Four digits of a 24-hour clock, as wire copy writes them ("1400 GMT").
            guard text.count == 4, let number = Int(text), number / 100 <= 24,
                  number % 100 <= 59 else { return false }
            parse.hour = number / 100
            parse.minute = number % 100
        case .quarter: return set(text, 1...4, &parse.quarter)
        case .half: return set(text, 1...2, &parse.half)
        case .meridiem:
            guard text == "am" || text == "pm" else { return false }
            parse.meridiem = text
        case .zone: parse.zone = text
        case .pod:
            guard ["MO", "AF", "EV", "NI", "DT", "MI"].contains(text) else { return false }
            parse.partOfDay = text
        case .season:
            guard ["SP", "SU", "FA", "WI"].contains(text) else { return false }
            parse.season = text
        case .decade:
            guard let number = Int(text) else { return false }
            switch text.count {
            case 4: parse.decade = number / 10
            case 3: parse.decade = number
            case 2: parse.decade = number < 30 ? 200 + number / 10 : 190 + number / 10
            default: return false
            }
        case .century:
            guard let number = Int(text), number > 0 else { return false }
            parse.century = number - 1
        case .unit:
            guard let unit = TimeUnit(rawValue: text) else { return false }
            parse.unit = unit
        case .shift:
            guard let number = Int(text) else { return false }
            parse.shift = number
        case .direction:
            guard let cue = TenseCue(rawValue: text) else { return false }
            parse.direction = cue
        case .amount:
            // A whole count, `X` (unspecified), or a decimal one ("1.5 years" -> P1.5Y).
            guard text == "X" || Int(text) != nil
                    || (text.contains(".") && Double(text) != nil) else { return false }
            parse.amount = text
        case .anchor:
            guard ["narrative", "document", "period"].contains(text) else { return false }
            parse.narrative = text == "narrative"
            parse.keepsPeriod = text == "period"
        case .value: parse.literal = text
        case .fraction:
            guard text == "half" else { return false }
            parse.plusHalf = true
        case .holiday:
            guard Holiday.isValidRule(text) else { return false }
            parse.holiday = text
        case .mod: parse.mod = text
        case .unless:
            guard let cue = TenseCue(rawValue: text) else { return false }
            parse.unlessTense = cue
        case .quant: parse.quant = text.uppercased()
        }
        return true
    }

    private func set(_ text: String, _ range: ClosedRange<Int>, _ field: inout Int?) -> Bool {
        guard let number = Int(text), range.contains(number) else { return false }
        field = number
        return true
    }
}
