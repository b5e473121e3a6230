import TextAnalysis

/// Finds temporal expressions and records what they say, without resolving any date.
///
/// Runs the compiled rules (`Resources/en/rules/*.tsv`) over a fine-grained scan of the text
/// in one pass, keeps leftmost-longest matches, and notes the tense of the clause around each
/// mention so the normaliser can tell "said in April" (last April) from "will … in April".
/// Adds `Document.timexes` with empty values; `TemporalNormalizer` fills them.
public struct TemporalTagger: PipelineStage {
    /// Stable stage name, recorded in diagnostics and used to disable the stage.
    public let name = "temporal-tagger"
    /// The compiled rules this tagger runs.
    public let rules: TemporalRuleSet
    private let tense: TenseDetector
    /// `modifiers` phrases ("late", "the end of", "around") and their TIMEX3 mod.
    private let modifiers: [Lexicon.Entry]
    /// `count-modifiers` phrases ("over", "some"), used only before a number or "a"/"an".
    private let countModifiers: [Lexicon.Entry]
    /// `length-modifiers` phrases ("at least", "up to"), used before anything but a calendar
    /// date ("since at least [1997]").
    private let lengthModifiers: [Lexicon.Entry]
    /// `count-modifier-cues`: for a count modifier that is also a preposition ("over"), the
    /// words before it that keep its count reading ("for [over a year]"); after any other
    /// word it is the preposition ("used over [three years]").
    private let countModifierCues: [String: Set<String>]
    /// Number words, to tell "over two years" from "over the weekend".
    private let numberWords: Set<String>
    /// Boundary fixes by token type after the rules ("ago", premodifiers, weekdays).
    private let refiner: ExtentRefiner
    /// Words allowed between a clock time and the date it belongs to: `clock-date-links`
    /// ("on", "local time") and `zones` ("GMT").
    private let clockDateLinks: Set<String>
    /// `date-coordinators`: words that join coordinated dates ("June [and] August 2004"), so
    /// a month without a year takes the year of the date after it.
    private let dateCoordinators: Set<String>

    /// A tagger over `rules` (for tests or other rule folders; `load()` for the bundled ones).
    public init(rules: TemporalRuleSet) {
        self.rules = rules
        self.tense = TenseDetector(cues: rules.lexicons["tense-cues"],
                                   prepositions: rules.lexicons["tense-prepositions"],
                                   determiners: rules.lexicons["participle-determiners"])
        let byLength: (Lexicon.Entry, Lexicon.Entry) -> Bool = {
            ($0.words.count, $1.words.joined()) > ($1.words.count, $0.words.joined())
        }
        self.modifiers = rules.lexicons["modifiers"]?.entries.sorted(by: byLength) ?? []
        self.countModifiers = rules.lexicons["count-modifiers"]?.entries.sorted(by: byLength)
            ?? []
        self.lengthModifiers = rules.lexicons["length-modifiers"]?.entries
            .sorted(by: byLength) ?? []
        var cues: [String: Set<String>] = [:]
        for entry in rules.lexicons["count-modifier-cues"]?.entries ?? [] {
            cues[entry.value, default: []].insert(entry.words.joined(separator: " "))
        }
        self.countModifierCues = cues
        self.numberWords = Set((rules.lexicons["numbers"]?.entries ?? []).map { $0.words[0] })
            .union(["a", "an"])
        self.clockDateLinks = Set(((rules.lexicons["clock-date-links"]?.entries ?? [])
            + (rules.lexicons["zones"]?.entries ?? [])).flatMap(\.words))
        self.dateCoordinators = Set((rules.lexicons["date-coordinators"]?.entries ?? [])
            .flatMap(\.words))
        self.refiner = ExtentRefiner(premodifiers: rules.lexicons["premodifiers"],
                                     weekdayAbbreviations: rules.lexicons["weekday-abbreviations"],
                                     postmodifiers: rules.lexicons["postmodifiers"],
                                     signals: rules.lexicons["signals"],
                                     partsOfDay: rules.lexicons["parts-of-day"],
                                     backAdverbWords: rules.lexicons["back-adverb-words"])
    }

    /// A tagger with the bundled English rules, which are compiled once per process.
    public static func load() throws(TemporalResourceError) -> TemporalTagger {
        TemporalTagger(rules: try TemporalRuleSet.english.get())
    }

    /// A `modifiers` lexicon phrase ending just before token `start` ("late", "the end of",
    /// "around"), or a `count-modifiers` one ("over") when the expression starts with a
    /// number that counts (not a year: "over 2000 - 2050" is a range of years):
    /// A `length-modifiers` one ("at least") unless the expression is a calendar date.
    /// Returns its first token and its TIMEX3 mod. The longest phrase wins.
    private func modifier(before start: Int, in tokens: [ScanToken], startsWithYear: Bool,
                          calendarDate: Bool) -> (Int, String)? {
        let counted = !startsWithYear
            && (tokens[start].kind == .number || numberWords.contains(tokens[start].text))
        let lengths = calendarDate ? [] : lengthModifiers
        for entry in (counted ? countModifiers : []) + lengths + modifiers
        where entry.words.count <= start {
            let first = start - entry.words.count
            var same = true
            for (offset, word) in entry.words.enumerated()
            where tokens[first + offset].text != word {
                same = false
                break
            }
            if same, countReadingHolds(of: entry, at: first, in: tokens) {
                return (first, entry.value)
            }
        }
        return nil
    }

    /// Whether a count modifier that is also a preposition ("over") counts here: at the start
    /// of a text or sentence, after punctuation, or after one of its `count-modifier-cues`
    /// ("for over a year"); after another word it is the preposition ("used over three years").
    private func countReadingHolds(of entry: Lexicon.Entry, at first: Int,
                                   in tokens: [ScanToken]) -> Bool {
        guard let cues = countModifierCues[entry.words.joined(separator: " ")],
              first > 0 else { return true }
        let previous = tokens[first - 1]
        if previous.kind != .word || tokens[first].capitalized { return true }
        return cues.contains(previous.text)
    }

    /// Replaces `document.timexes` with the mentions found in its text (values empty).
    public func process(_ document: inout Document) throws(PipelineError) {
        document.timexes = mentions(in: document)
    }

    /// The mentions of `document`, in text order, with `parse` filled and `value` empty.
    public func mentions(in document: Document) -> [TemporalMention] {
        let tokens = TextScanner.scan(document.scalars)
        var candidates: [ExtentRefiner.Candidate] = []
        var previousEnd = 0
        let accept = { (match: TemporalRuleSet.Match) -> Bool in
            rules.rules[match.rule].blocks || rules.parse(of: match, tokens: tokens) != nil
        }
        for match in rules.matches(in: tokens, accept: accept) {
            let rule = rules.rules[match.rule]
            if rule.blocks {
                previousEnd = match.end
                continue
            }
            guard var parse = rules.parse(of: match, tokens: tokens) else { continue }
            var start = match.start
            if rule.type != .set, parse.mod == nil,
               let (modStart, mod) = modifier(before: match.start, in: tokens,
                                              startsWithYear: parse.year != nil
                                                && parse.unit == nil,
                                              calendarDate: parse.namesCalendarDate),
               modStart >= previousEnd {
                start = modStart
                parse.mod = mod
            }
            candidates.append(ExtentRefiner.Candidate(first: start, end: match.end,
                                                      floor: previousEnd, type: rule.type,
                                                      parse: parse, ruleID: rule.id))
            previousEnd = match.end
        }
        var result: [TemporalMention] = []
        result.reserveCapacity(candidates.count)
        var tokenRanges: [Range<Int>] = []
        var previous: (end: Int, tense: TenseCue)?
        let addresses = WebAddresses.ranges(in: document.scalars)
        var nextAddress = 0
        for candidate in refiner.refine(candidates, tokens: tokens) {
            var parse = candidate.parse
            let span = Span(start: tokens[candidate.first].start,
                            end: tokens[candidate.end - 1].end)
            // Nothing inside a web address is a date ("/issues/1993/", "/2002/apr26.htm").
            while nextAddress < addresses.count, addresses[nextAddress].upperBound <= span.start {
                nextAddress += 1
            }
            if nextAddress < addresses.count, addresses[nextAddress].lowerBound < span.end {
                continue
            }
            parse.tense = tense.tense(around: candidate.first..<candidate.end, scan: tokens,
                                      document: document)
            // "going to Italy in November, Mexico in January, Magi-Fest in February": a date
            // with no tense cue of its own continues the list it closes, a date at most
            // ten tokens before it across a comma or "and"/"or", in the same sentence.
            if parse.tense == nil, let previous, candidate.first - previous.end <= 10,
               tokens[previous.end..<candidate.first].contains(where: {
                   [",", "and", "or"].contains($0.text) }),
               tense.sameSentence(previous.end, candidate.first, tokens) {
                parse.tense = previous.tense
            }
            if let cue = parse.tense { previous = (candidate.end, cue) } else { previous = nil }
            if let unless = parse.unlessTense, parse.tense == unless { continue }
            result.append(TemporalMention(span: span, type: candidate.type, mod: parse.mod,
                                          quant: parse.quant, ruleID: candidate.ruleID,
                                          parse: parse))
            tokenRanges.append(candidate.first..<candidate.end)
        }
        markClockTimesDatedByNext(&result, tokenRanges, tokens)
        shareYearsWithNextDate(&result, tokenRanges, tokens)
        return result
    }

    /// "late March or early April 2003", "between June and August 2004": a month (or month
    /// and day) with no year, joined by a coordinator to a date that names its year, takes
    /// that year (the one before when it comes later in the calendar: "December to February
    /// 2004" starts in December 2003), and a month right before "in" and a year is in that
    /// year ("between May and June in 1981"). Right to left, so a list takes its last year.
    private func shareYearsWithNextDate(_ mentions: inout [TemporalMention],
                                        _ ranges: [Range<Int>], _ tokens: [ScanToken]) {
        guard mentions.count > 1 else { return }
        for index in stride(from: mentions.count - 2, through: 0, by: -1) {
            let first = mentions[index].parse
            let next = mentions[index + 1].parse
            guard mentions[index].type == .date, mentions[index + 1].type == .date,
                  let month = first.month, first.year == nil, first.namesCalendarDate,
                  first.direction == nil, let year = next.year, next.namesCalendarDate,
                  ranges[index].upperBound <= ranges[index + 1].lowerBound else { continue }
            let between = tokens[ranges[index].upperBound..<ranges[index + 1].lowerBound]
            // "between May and June [in] 1981": a bare month right before "in" and a year.
            let inYear = next.month == nil && between.count == 1 && between.first?.text == "in"
                && next.unit == nil && next.season == nil && next.quarter == nil
            guard inYear || next.month != nil, (1...2).contains(between.count),
                  inYear || between.allSatisfy({ dateCoordinators.contains($0.text) })
            else { continue }
            let nextMonth = next.month ?? 12
            let later = (month, first.day ?? 0) > (nextMonth, next.day ?? 32)
            mentions[index].parse.year = later ? year - 1 : year
            mentions[index].parse.yearDigits = next.yearDigits
        }
    }

    /// "2:15 a.m. local time on March 11", "10:35 a.m. (0735 GMT) Friday": a clock time with
    /// no date of its own takes the day of the date mention right after it, when only
    /// brackets, commas, numbers, zones and `clock-date-links` words stand between them.
    private func markClockTimesDatedByNext(_ mentions: inout [TemporalMention],
                                           _ ranges: [Range<Int>], _ tokens: [ScanToken]) {
        guard mentions.count > 1 else { return }
        for index in 0..<(mentions.count - 1) {
            let time = mentions[index].parse
            let date = mentions[index + 1].parse
            guard mentions[index].type == .time, time.hour != nil, time.year == nil,
                  time.month == nil, time.day == nil, time.weekday == nil, time.shift == nil,
                  time.holiday == nil, mentions[index + 1].type == .date, date.hour == nil,
                  date.weekday != nil || date.day != nil || date.unit == .day,
                  (0...8).contains(ranges[index + 1].lowerBound - ranges[index].upperBound)
            else { continue }
            let between = tokens[ranges[index].upperBound..<ranges[index + 1].lowerBound]
            let linked = between.allSatisfy { token in
                switch token.kind {
                case .number: return true
                case .symbol: return ["(", ")", ",", "-", "--"].contains(token.text)
                case .word: return clockDateLinks.contains(token.text)
                }
            }
            if linked { mentions[index].parse.datedByNext = true }
        }
    }
}
