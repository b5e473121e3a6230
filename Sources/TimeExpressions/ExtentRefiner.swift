/// Grows and merges rule matches by the syntactic type of the tokens around them, after the
/// idea of SynTime (Zhong, Sun & Cambria, ACL 2017): a time expression is a core of time
/// tokens widened over the modifiers and numerals next to it, then merged with a neighbour
/// that names the same time.
///
/// The rules find the cores and read their meaning; this pass fixes the boundaries the rules
/// did not spell out, with token types taken from lexicons rather than from rule patterns:
/// - a length followed by "ago" (or "back", unless "to", "into" … follow) is a date ("a
///   couple of years ago", "two and a half years ago", "some months back."), so every
///   duration rule gets its "ago" form without a rule of its own;
/// - a signal word ending a match and followed by an event is outside the extent (`lexicons/
///   signals.tsv`: "[the day] before the vote", but "the day before." stays whole);
/// - a length keeps the adjectives of its noun phrase (`lexicons/premodifiers.tsv`: "the
///   remaining three months", "a further 10 days", "the final days");
/// - a date keeps an open end after it (`lexicons/postmodifiers.tsv`: "1994 or later",
///   "1990 and beyond") and takes its `mod`;
/// - a weekday phrase takes the part of day after it and becomes a time ("the next Tuesday
///   night", "last Friday night"), as "Friday night" is;
/// - a weekday abbreviation before a full date is part of it (`lexicons/weekday-abbreviations.tsv`:
///   "Fri March 22, 2013");
/// - a weekday expression followed by the date of that day is one expression ("this coming
///   Sunday, March 8"), as "Friday, March 22" is;
/// - a date with its day and the clock time right after it are one time ("Thu, 21 Mar 2013
///   14:05 GMT", "March 21, 2013, 10:30 p.m."), as a clock time before a date is;
/// - vague lengths joined by "or"/"and" are one vague length ("weeks or months", "recent
///   weeks and months"), as TimeBank annotates them: neither half has a value of its own.
/// It walks the matches once, looking only at the few tokens next to each.
struct ExtentRefiner: Sendable {
    /// A match on its way to becoming a mention: scan-token range `first..<end`, and `floor`,
    /// the first token it may grow over (the end of the previous match or blocked phrase).
    struct Candidate: Sendable {
        var first: Int
        var end: Int
        var floor: Int
        var type: TimexType
        var parse: TemporalParse
        var ruleID: String
    }

    /// Adjectives of a length's noun phrase ("remaining", "final"), value `adjective`, and
    /// the determiners that may open that phrase ("the", "a"), value `determiner`.
    private let adjectives: Set<String>
    private let determiners: Set<String>
    /// Capitalised abbreviations of weekdays ("Fri") and their ISO numbers.
    private let weekdayAbbreviations: [String: Int]
    /// Phrases after a date that leave it open ("or later"), with their TIMEX3 mod, longest
    /// first.
    private let postmodifiers: [Lexicon.Entry]

    /// Prepositions that end some matches ("the day before") but, before an event, are
    /// TimeML signals outside the expression.
    private let signals: Set<String>

    /// Parts of the day ("night" → `NI`), from `lexicons/parts-of-day.tsv`.
    private let partsOfDay: [String: String]

    /// Words after "back" that make it a verb's adverb ("an hour back to"), not "ago".
    private let backAdverbWords: Set<String>

    init(premodifiers: Lexicon?, weekdayAbbreviations: Lexicon?, postmodifiers: Lexicon?,
         signals: Lexicon?, partsOfDay: Lexicon?, backAdverbWords: Lexicon? = nil) {
        self.backAdverbWords = Set((backAdverbWords?.entries ?? [])
            .filter { $0.words.count == 1 }.map { $0.words[0] })
        var parts: [String: String] = [:]
        for entry in partsOfDay?.entries ?? [] where entry.words.count == 1 {
            parts[entry.words[0]] = entry.value
        }
        self.partsOfDay = parts
        self.signals = Set((signals?.entries ?? []).filter { $0.words.count == 1 }
            .map { $0.words[0] })
        self.postmodifiers = (postmodifiers?.entries ?? [])
            .sorted { ($0.words.count, $1.words.joined()) > ($1.words.count, $0.words.joined()) }
        var adjectives: Set<String> = []
        var determiners: Set<String> = []
        for entry in premodifiers?.entries ?? [] where entry.words.count == 1 {
            if entry.value == "determiner" {
                determiners.insert(entry.words[0])
            } else {
                adjectives.insert(entry.words[0])
            }
        }
        self.adjectives = adjectives
        self.determiners = determiners
        var abbreviations: [String: Int] = [:]
        for entry in weekdayAbbreviations?.entries ?? [] where entry.words.count == 1 {
            abbreviations[entry.words[0]] = Int(entry.value)
        }
        self.weekdayAbbreviations = abbreviations
    }

    /// The candidates with refined extents, in text order; merged ones become one.
    func refine(_ candidates: [Candidate], tokens: [ScanToken]) -> [Candidate] {
        var result: [Candidate] = []
        result.reserveCapacity(candidates.count)
        for var candidate in candidates {
            trimSignal(&candidate, tokens)
            if candidate.type == .duration {
                attachAgo(&candidate, tokens)
            }
            if candidate.type == .duration {
                growOverPremodifiers(&candidate, tokens)
            }
            if candidate.type == .date, candidate.parse.mod == nil {
                attachPostmodifier(&candidate, tokens)
            }
            attachPartOfDay(&candidate, tokens)
            growOverWeekdayAbbreviation(&candidate, tokens)
            if let last = result.last, let merged = mergeWeekday(last, candidate, tokens)
                ?? mergeVagueLengths(last, candidate, tokens)
                ?? mergeDateAndClock(last, candidate, tokens) {
                result[result.count - 1] = merged
                continue
            }
            result.append(candidate)
        }
        return result
    }

    // MARK: - Suffix: a signal before an event

    /// "[the day] before the stock market plunge": the last word is a signal when a word
    /// follows it on the same line.
    private func trimSignal(_ candidate: inout Candidate, _ tokens: [ScanToken]) {
        let last = candidate.end - 1
        guard last > candidate.first, signals.contains(tokens[last].text),
              candidate.end < tokens.count, tokens[candidate.end].kind != .symbol,
              !tokens[candidate.end].lineBreakBefore else { return }
        candidate.end = last
        candidate.ruleID += "-signal"
    }

    // MARK: - Suffix: "ago"

    /// A length followed by "ago" becomes the date that far back: a shift of `-amount` units,
    /// a half counted in the next smaller unit; an unspecified count is `PAST_REF`.
    private func attachAgo(_ candidate: inout Candidate, _ tokens: [ScanToken]) {
        let next = candidate.end
        guard next < tokens.count, tokens[next].spaceBefore, !tokens[next].lineBreakBefore,
              tokens[next].text == "ago" || closingBack(tokens, at: next),
              let unit = candidate.parse.unit else { return }
        var parse = candidate.parse
        if let (shiftUnit, count) = Self.backShift(parse, unit) {
            parse.unit = shiftUnit
            parse.shift = -count
        } else {
            parse.literal = "PAST_REF"
        }
        parse.amount = nil
        parse.plusHalf = false
        candidate.parse = parse
        candidate.type = .date
        candidate.end = next + 1
        candidate.ruleID += "+ago"
    }

    /// "some months back.", "a couple of years back that …": "back" after a length means
    /// "ago", unless a word of `back-adverb-words` follows and makes it the adverb of a verb
    /// ("set the clock an hour back to …"), left alone.
    private func closingBack(_ tokens: [ScanToken], at index: Int) -> Bool {
        guard tokens[index].text == "back" else { return false }
        let after = index + 1
        return after == tokens.count || tokens[after].kind == .symbol
            || tokens[after].lineBreakBefore || !backAdverbWords.contains(tokens[after].text)
    }

    /// How far back "N units ago" reaches, in a unit the normaliser can shift by; nil for an
    /// unspecified count.
    private static func backShift(_ parse: TemporalParse, _ unit: TimeUnit) -> (TimeUnit, Int)? {
        guard let amount = parse.amount, let count = Int(amount) else { return nil }
        guard parse.plusHalf else { return count > 0 ? (unit, count) : nil }
        // "two and a half years ago": 30 months; "half a century ago": 50 years.
        let halves: [TimeUnit: (TimeUnit, Int)] = [
            .century: (.year, 100), .decade: (.year, 10), .year: (.month, 12),
            .month: (.day, 30), .week: (.day, 7), .day: (.hour, 24), .hour: (.minute, 60),
        ]
        guard let (smaller, factor) = halves[unit] else { return nil }
        return (smaller, count * factor + factor / 2)
    }

    // MARK: - Suffix: an open end

    /// "[1994 or later]", "[1990 and beyond]": the phrase joins the date and sets its mod.
    private func attachPostmodifier(_ candidate: inout Candidate, _ tokens: [ScanToken]) {
        let next = candidate.end
        for entry in postmodifiers where next + entry.words.count <= tokens.count {
            var same = true
            for (offset, word) in entry.words.enumerated()
            where tokens[next + offset].text != word || tokens[next + offset].lineBreakBefore {
                same = false
                break
            }
            guard same else { continue }
            candidate.end = next + entry.words.count
            candidate.parse.mod = entry.value
            candidate.ruleID += "+open"
            return
        }
    }

    /// "[Thu, 21 Mar 2013 14:05 GMT]": a date naming its day (month and day, or a weekday)
    /// and, after an optional comma, a clock time of no day of its own.
    private func mergeDateAndClock(_ left: Candidate, _ right: Candidate,
                                   _ tokens: [ScanToken]) -> Candidate? {
        guard left.type == .date, left.parse.day != nil || left.parse.weekday != nil,
              left.parse.partOfDay == nil, left.parse.literal == nil,
              right.type == .time, right.parse.hour != nil, right.parse.day == nil,
              right.parse.weekday == nil, right.parse.month == nil, right.parse.unit == nil,
              !tokens[right.first].lineBreakBefore else { return nil }
        let gap = right.first - left.end
        guard gap == 0 || (gap == 1 && tokens[left.end].text == ",") else { return nil }
        var merged = left
        merged.end = right.end
        merged.type = .time
        merged.parse.hour = right.parse.hour
        merged.parse.minute = right.parse.minute
        merged.parse.second = right.parse.second
        merged.parse.meridiem = right.parse.meridiem
        merged.parse.zone = right.parse.zone
        merged.ruleID += "+clock"
        return merged
    }

    // MARK: - Coordinated lengths

    /// "[weeks or months]", "[recent weeks and months]": a vague length (no count) and a bare
    /// plural unit after "or"/"and" are one vague length with the first one's value.
    private func mergeVagueLengths(_ left: Candidate, _ right: Candidate,
                                   _ tokens: [ScanToken]) -> Candidate? {
        guard left.type == .duration, left.parse.amount == "X",
              right.type == .duration, right.parse.amount == "X", right.end - right.first == 1,
              right.first - left.end == 1, ["or", "and"].contains(tokens[left.end].text),
              !tokens[right.first].lineBreakBefore else { return nil }
        var merged = left
        merged.end = right.end
        merged.ruleID += "+" + tokens[left.end].text
        return merged
    }

    // MARK: - Prefix: adjectives and determiners of a length

    /// "the remaining [three months]", "a further [10 days]": adjectives from the
    /// `premodifiers` lexicon just before a length, then one determiner before them.
    private func growOverPremodifiers(_ candidate: inout Candidate, _ tokens: [ScanToken]) {
        // "the extra [seven-day] period": a hyphened length is an adjective of another noun.
        if candidate.end - candidate.first >= 2, tokens[candidate.end - 2].text == "-" { return }
        // "following [a year] marked by …": before a determiner the word is a preposition.
        if determiners.contains(tokens[candidate.first].text) { return }
        var start = candidate.first
        var grew = false
        while start - 1 >= candidate.floor, isAttachedWord(tokens, start),
              adjectives.contains(tokens[start - 1].text) {
            start -= 1
            grew = true
        }
        guard grew else { return }
        if start - 1 >= candidate.floor, isAttachedWord(tokens, start),
           determiners.contains(tokens[start - 1].text) {
            start -= 1
        }
        candidate.first = start
    }

    /// Whether the token before `index` is a word on the same line, separated by a space.
    private func isAttachedWord(_ tokens: [ScanToken], _ index: Int) -> Bool {
        tokens[index - 1].kind == .word && tokens[index].spaceBefore
            && !tokens[index].lineBreakBefore
    }

    // MARK: - Weekdays with a date or a part of day

    /// "[the next Tuesday night]", "[last Friday night]": a weekday phrase the rules matched
    /// without its part of day, which makes it a time of that day.
    private func attachPartOfDay(_ candidate: inout Candidate, _ tokens: [ScanToken]) {
        let next = candidate.end
        guard candidate.type == .date, candidate.parse.weekday != nil,
              candidate.parse.month == nil, candidate.parse.day == nil,
              candidate.parse.partOfDay == nil, next < tokens.count, tokens[next].spaceBefore,
              !tokens[next].lineBreakBefore, let part = partsOfDay[tokens[next].text]
        else { return }
        candidate.end = next + 1
        candidate.parse.partOfDay = part
        candidate.type = .time
        candidate.ruleID += "+part"
    }

    /// "Fri March 22, 2013", "Thu, 21 Mar 2013": a capitalised weekday abbreviation, with
    /// an optional period and comma, just before a date with month and day ("The Sun, March
    /// 22" names a newspaper, so not after "the").
    private func growOverWeekdayAbbreviation(_ candidate: inout Candidate,
                                             _ tokens: [ScanToken]) {
        guard candidate.type == .date || candidate.type == .time,
              candidate.parse.month != nil, candidate.parse.day != nil,
              candidate.parse.weekday == nil else { return }
        var index = candidate.first - 1
        if index >= candidate.floor, tokens[index].text == "," { index -= 1 }
        if index >= candidate.floor, tokens[index].text == "." { index -= 1 }
        guard index >= candidate.floor, !tokens[candidate.first].lineBreakBefore,
              tokens[index].capitalized,
              let weekday = weekdayAbbreviations[tokens[index].text],
              index == 0 || tokens[index - 1].text != "the" else { return }
        candidate.first = index
        candidate.parse.weekday = weekday
        candidate.ruleID += "+weekday"
    }

    /// "this coming Sunday, March 8": a weekday expression and, after an optional comma, a
    /// date with month and day, read as one expression with the date's value.
    private func mergeWeekday(_ left: Candidate, _ right: Candidate,
                              _ tokens: [ScanToken]) -> Candidate? {
        guard left.type == .date, left.parse.weekday != nil, left.parse.month == nil,
              left.parse.day == nil, left.parse.partOfDay == nil,
              right.type == .date, right.parse.month != nil, right.parse.day != nil,
              right.parse.weekday == nil, !tokens[right.first].lineBreakBefore else {
            return nil
        }
        let gap = right.first - left.end
        guard gap == 0 || (gap == 1 && tokens[left.end].text == ",") else { return nil }
        var merged = right
        merged.first = left.first
        merged.floor = left.floor
        merged.parse.weekday = left.parse.weekday
        merged.ruleID += "+weekday"
        return merged
    }
}
