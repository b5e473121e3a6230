import TextAnalysis
import TimeExpressions

/// Dates each event and links events ordered by a signal word: the `event-dating` stage.
///
/// In order of preference an event takes: the date expression (DATE or TIME) of its own
/// clause nearest its trigger (`from: timex`); the date of the event a "following"/"after"
/// phrase anchors it to (`from: narrative`); the document date when it is a statement or is
/// in the present tense (`from: dct`); else the date of the verb it depends on (an
/// infinitive, a gerund after a comma, a coordinated verb: "caused a crane to fall",
/// "…, killing 107"). A date fronted before a sentence's first verb ("On Friday, …") dates
/// every clause of that sentence; a simple past event (or a pluperfect in reported speech,
/// the speaker's simple past moved back a tense) takes the narrative's reference time,
/// the date of the last event dated by an expression one or two sentences before
/// (`from: narrative`). Otherwise it stays undated — nothing is invented.
/// Precision is the expression's own: "August 2024" dates an event to 2024-08.
public struct EventDating: PipelineStage {
    public let name = "event-dating"
    let lexicon: EventLexicon
    private static let afterSignals: Set<String> = ["following", "after"]
    private static let beforeSignals: Set<String> = ["before", "ahead", "prior"]

    public init(lexicon: EventLexicon) { self.lexicon = lexicon }

    /// Nouns of the verb's "during" phrases ("during a speech", "during talks"): the
    /// occasion the event took place at, whose date is the event's.
    static func occasions(of verb: Int, in range: Range<Int>, _ document: Document)
        -> Set<Int> {
        let tokens = document.tokens
        return Set(range.filter { noun in
            tokens[noun].head == verb && (tokens[noun].dependency ?? "").hasPrefix("obl")
                && range.contains { tokens[$0].head == noun && tokens[$0].dependency == "case"
                    && tokens[$0].lemma?.lowercased() == "during" }
        })
    }

    public func process(_ document: inout Document) throws(PipelineError) {
        let view = TokenView.of(&document)
        let clauses = ClauseView(document: document, view: view, lexicon: lexicon)
        let dated = document.timexes.filter { $0.type == .date || $0.type == .time }
        let parsed = document.tokens.contains { $0.dependency != nil }
        let attachments = parsed ? Self.attachments(of: dated, in: document) : [:]
        let datedBySentence = Dictionary(grouping: dated) {
            document.sentenceIndex(ofOffset: $0.span.start) ?? -1
        }
        var events = document.events
        var links: [EventOrderLink] = []
        let dct = document.creationDate
        var complementHeads = Set<Int>()
        for token in document.tokens where token.dependency == "ccomp" {
            if let head = token.head { complementHeads.insert(head) }
        }

        for position in events.indices {
            let event = events[position]
            let range = ClauseView.window(around: event.triggerToken,
                                          in: document.sentences[event.sentence].tokens)
            let start = event.isNominal ? event.triggerToken
                : clauses.clauseStart(before: event.triggerToken, in: range)
            let end = clauses.predicateEnd(after: event.triggerToken, in: range)
            let scope = Span(start: document.tokens[start].span.start,
                             end: document.tokens[max(start, end - 1)].span.end)
            let trigger = event.trigger
            var candidates = (datedBySentence[event.sentence] ?? []).filter {
                scope.contains($0.span) && !$0.value.isEmpty
            }
            // With a parse, a verb takes the expression that modifies it ("said on Monday"),
            // not one inside its object ("blamed Tuesday's assault") or its complement
            // ("reported cases between April 4 and May 13") — a statement then falls back to
            // the document date.
            // A superlative's comparison class dates nothing: "one of the largest aerial
            // assaults of the year".
            candidates.removeAll { isComparisonClass($0, document, view) }
            // "said Friday it would investigate the genocide … nearly four years ago": a
            // past time counted back from the time of writing ("four years ago", "last
            // month": the year not written) cannot be when a future act happens — it dates
            // something in the object. A written year can ("said in 2003 it would close the
            // plant in 2004"), so that stays.
            if !event.isNominal, isFuture(event.triggerToken, view, document) {
                candidates.removeAll { isDeicticPast($0, before: dct) }
            }
            // "Another man has been arrested in connection with the bombings … last year":
            // a present perfect takes no time that ended before the time of writing (English
            // says "was arrested last year"), so such a date belongs to something in its
            // object; the verb then falls to the document date like any present perfect.
            if !event.isNominal, isPresentPerfect(event.triggerToken, view, document) {
                candidates.removeAll { isDeicticPast($0, before: dct) }
            }
            if parsed, !event.isNominal {
                // A date that qualifies a noun before the verb, a noun that names no event,
                // does not date the verb: "crude for delivery in November rose", "Rita, now
                // a Category 5 storm, threatened …".
                candidates.removeAll {
                    isNounQualifier($0, attachedTo: attachments[$0.span],
                                    before: event.triggerToken, document, view)
                }
                // A date that modifies another verb of the clause dates that verb: "has
                // planned … with the first meeting set to take place … on May 16". (A head
                // outside the clause is a parse slip: "attacked … overnight, damaging …,
                // officials said" hangs "overnight" from "said".)
                candidates.removeAll {
                    guard let head = attachments[$0.span] else { return false }
                    return head != event.triggerToken && (start..<end).contains(head)
                        && document.tokens[head].upos == .verb
                }
                // "raised those worries during a television appearance Sunday night": the
                // date of the occasion a "during" phrase names is the verb's date.
                let occasions = Self.occasions(of: event.triggerToken, in: range, document)
                let attached = candidates.filter {
                    guard let head = attachments[$0.span] else { return false }
                    return head == event.triggerToken || occasions.contains(head)
                }
                // A verb with a clause as complement ("found crop yields by 2050 would …")
                // is dated like a statement: what the clause says has its own time.
                let isStatement = [.statement, .accuse, .praiseThank].contains(event.type)
                    || complementHeads.contains(event.triggerToken)
                if !attached.isEmpty || isStatement { candidates = attached }
                if !attached.isEmpty { events[position].rules.append("date.attached") }
            }
            // "the 1991 Hajj, in which 1,426 pilgrims were trampled", "on Waitangi Day –
            // February 6 –": a relative clause takes the date of the phrase it modifies, and
            // a date set off by dashes right after the clause belongs to it.
            if candidates.isEmpty, !event.isNominal,
               let extra = adjacentTimex(start: start, end: end, range: range,
                                         in: datedBySentence[event.sentence] ?? [],
                                         document, view) {
                candidates = [extra]
                events[position].rules.append("date.adjacent")
            }
            // "the 1995 shooting of Dr. Hugh Short", "the November 1995 assassination": a
            // date before an event noun that modifies it is that event's date.
            if event.isNominal, parsed {
                let premodifiers = (datedBySentence[event.sentence] ?? []).filter {
                    $0.span.end <= document.tokens[event.triggerToken].span.start
                        && attachments[$0.span] == event.triggerToken
                        && !$0.value.isEmpty
                }
                if !premodifiers.isEmpty {
                    candidates = premodifiers
                    events[position].rules.append("date.premodifier")
                }
            }
            // A calendar date beats "now" or "then" in the same clause ("would then choose
            // … early in 2016"); among equals the nearest wins.
            if let timex = candidates.min(by: {
                (isReference($0.value) ? 1 : 0, distance($0.span, trigger))
                    < (isReference($1.value) ? 1 : 0, distance($1.span, trigger))
            }) {
                events[position].date = ExtractedDate(
                    value: timex.value, timex: timex.span, origin: .timex,
                    interval: TimexValue(timex.value).interval(relativeTo: dct)
                        .map { $0.start...$0.end })
                events[position].rules.append("date.timex")
            }
        }

        // "On Friday, fishermen rescued … and the navy saved …": a date fronted before the
        // sentence's first verb sets the time of every clause of the sentence that has none.
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            guard let fronted = frontedTimex(datedBySentence[sentenceIndex] ?? [],
                                             in: sentence.tokens, document, view, clauses)
            else { continue }
            for position in events.indices where events[position].sentence == sentenceIndex
                && events[position].date == nil && !events[position].isNominal
                // "… a loudspeaker that broadcasts …": a present tense is a standing state.
                && !["VBZ", "VBP"].contains(document.tokens[events[position].triggerToken].xpos) {
                events[position].date = ExtractedDate(
                    value: fronted.value, timex: fronted.span, origin: .timex,
                    interval: TimexValue(fronted.value).interval(relativeTo: dct)
                        .map { $0.start...$0.end })
                events[position].rules.append("date.fronted")
            }
        }

        // Signal words order two events of one sentence ("A following B", "A before B").
        let bySentence = Dictionary(grouping: events.indices) { events[$0].sentence }
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            let here = bySentence[sentenceIndex] ?? []
            for index in sentence.tokens {
                let key = view.keys[index]
                let isAfter = Self.afterSignals.contains(key)
                guard isAfter || Self.beforeSignals.contains(key) else { continue }
                // The later event is the main verb before the signal, not an infinitive or
                // gerund that depends on it ("sent envoys to meet X after Y").
                let range = sentence.tokens
                guard let left = here.last(where: {
                    events[$0].triggerToken < index
                        && !clauses.isInfinitive(events[$0].triggerToken, in: range)
                        && !clauses.isParticipleContinuation(events[$0].triggerToken, in: range)
                }),
                      let right = here.first(where: { events[$0].triggerToken > index })
                else { continue }
                if isAfter {
                    links.append(EventOrderLink(earlier: right, later: left, signal: key))
                } else {
                    links.append(EventOrderLink(earlier: left, later: right, signal: key))
                }
            }
        }
        // An undated event after an anchoring event takes the anchor's date.
        for link in links where Self.afterSignals.contains(link.signal) {
            if events[link.later].date == nil, let anchor = events[link.earlier].date {
                events[link.later].date = ExtractedDate(
                    value: anchor.value, timex: nil, origin: .narrative,
                    interval: anchor.interval)
                events[link.later].rules.append("date.anchor.\(link.signal)")
            }
        }
        // Statements and present-tense events default to the document date.
        for position in events.indices where events[position].date == nil {
            let event = events[position]
            let tag = document.tokens[event.triggerToken].xpos
            let isStatement = event.type == .statement || event.type == .praiseThank
                || event.type == .accuse
            // Present and present perfect ("has struck") speak of the time of writing.
            let isPresent = tag == "VBZ" || tag == "VBP"
                || ((tag == "VBG" || tag == "VBN")
                    && hasPresentAuxiliary(event.triggerToken, view, document))
            guard !event.isNominal, isStatement || isPresent else { continue }
            // "Timex had requested duty-free treatment": a pluperfect steps back from the
            // story's time, so the time of writing is not its date.
            if isPluperfect(event.triggerToken, view) { continue }
            events[position].date = ExtractedDate(
                value: dct.description, timex: nil, origin: .dct, interval: dct...dct)
            events[position].rules.append("date.dct")
        }
        // The narrative's reference time: a simple past event with no date of its own ("The
        // South retaliated …") happens at the time of the last simple past event the text
        // dated by an expression one or two sentences before, when that is a calendar date
        // not after the document's — not a pluperfect ("had provided"), which steps back from
        // it, nor a statement, which is dated by its own rule.
        var reference: ExtractedDate?
        var referenceSentence = -1
        for position in events.indices {
            let event = events[position]
            if event.sentence - referenceSentence > 2 { reference = nil }
            if let date = event.date, !event.isNominal,
               ![.statement, .accuse, .praiseThank].contains(event.type),
               !event.rules.contains("date.fronted"), !event.rules.contains("date.governor") {
                // A past event dated by the text moves the reference time; one in the present
                // ("this has dropped to 56 percent today") ends it.
                let moves = date.origin == .timex && !isReference(date.value)
                    && isSimplePast(event.triggerToken, view, document)
                    && (date.interval.map { $0.upperBound <= dct } ?? false)
                let tag = document.tokens[event.triggerToken].xpos
                if moves {
                    reference = date
                    referenceSentence = event.sentence
                } else if tag == "VBZ" || tag == "VBP"
                            || hasPresentAuxiliary(event.triggerToken, view, document) {
                    reference = nil
                }
                // A gerund or infinitive dated on its own ("rose Wednesday as strengthening
                // Rita …") neither moves nor ends the reference time.
                continue
            }
            guard event.date == nil, !event.isNominal, let reference,
                  ![.statement, .accuse, .praiseThank].contains(event.type),
                  isSimplePast(event.triggerToken, view, document)
                    || isReportedPluperfect(event.triggerToken, view, document)
            else { continue }
            events[position].date = ExtractedDate(value: reference.value, timex: nil,
                                                  origin: .narrative,
                                                  interval: reference.interval)
            events[position].rules.append("date.narrative")
        }

        // A dependent verb with no date of its own happens when the verb it depends on does:
        // "a storm yesterday caused a crane to fall …, killing 107", "Katrina devastated
        // refineries last month and sent prices to a record". Text order, so chains follow.
        var byToken: [Int: Int] = [:]
        for position in events.indices { byToken[events[position].triggerToken] = position }
        for position in events.indices where events[position].date == nil
            && !events[position].isNominal {
            let event = events[position]
            let range = ClauseView.window(around: event.triggerToken,
                                          in: document.sentences[event.sentence].tokens)
            let surface = SurfaceArguments(document: document, view: view, clauses: clauses,
                                           mentions: [:], range: range)
            guard let governor = surface.governingVerb(of: event.triggerToken),
                  let governing = byToken[governor], governing < position,
                  let date = events[governing].date else { continue }
            events[position].date = date
            events[position].rules.append("date.governor")
        }
        links += perfectLinks(events, view, document)
        document.events = events
        document.eventOrderLinks = links
    }

    /// The token each temporal expression hangs from in the parse: the head of its root
    /// (the one token whose head lies outside the expression). One pass over the tokens.
    private static func attachments(of timexes: [TemporalMention],
                                    in document: Document) -> [Span: Int] {
        var result: [Span: Int] = [:]
        var token = 0
        for timex in timexes.sorted(by: { $0.span < $1.span }) {
            while token < document.tokens.count,
                  document.tokens[token].span.end <= timex.span.start { token += 1 }
            var inside: [Int] = []
            var cursor = token
            while cursor < document.tokens.count,
                  document.tokens[cursor].span.start < timex.span.end {
                inside.append(cursor)
                cursor += 1
            }
            for member in inside {
                if let head = document.tokens[member].head, !inside.contains(head) {
                    result[timex.span] = head
                    break
                }
            }
        }
        return result
    }

    private func isReference(_ value: String) -> Bool { value.hasSuffix("_REF") }

    /// A verb with a future auxiliary of its own ("will meet", "would investigate").
    private func isFuture(_ index: Int, _ view: TokenView, _ document: Document) -> Bool {
        let sentence = document.sentenceIndex(ofToken: index) ?? 0
        let low = max(document.sentences[sentence].tokens.lowerBound, index - 3)
        return (low..<index).contains {
            document.tokens[$0].head == index && document.tokens[$0].dependency == "aux"
                && ["will", "would", "shall", "'ll"].contains(view.keys[$0])
        }
    }

    /// "Seventeen people *have been indicted* in the case" in a report of today's arrest: a
    /// present perfect dated by the time of writing tells a result of something done before
    /// the day's simple past news, so it is ordered (`signal: "perfect"`) before every other
    /// event of the document's day that is not itself a present perfect. A statement ("has
    /// denied") speaks at the time of writing and is left alone.
    private func perfectLinks(_ events: [ExtractedEvent], _ view: TokenView,
                              _ document: Document) -> [EventOrderLink] {
        let dct = document.creationDate.description
        let today = events.indices.filter { events[$0].date?.value == dct }
        let perfect = Set(today.filter {
            !events[$0].isNominal && events[$0].date?.origin == .dct
                && ![.statement, .accuse, .praiseThank].contains(events[$0].type)
                && isPresentPerfect(events[$0].triggerToken, view, document)
                && isPassive(events[$0].triggerToken, document)
        })
        guard !perfect.isEmpty else { return [] }
        var links: [EventOrderLink] = []
        for earlier in perfect.sorted() {
            for later in today where !perfect.contains(later) {
                links.append(EventOrderLink(earlier: earlier, later: later, signal: "perfect"))
            }
        }
        return links
    }

    /// A passive verb group ("has been indicted", "was arrested"): `aux:pass` or
    /// `nsubj:pass` on the verb.
    private func isPassive(_ index: Int, _ document: Document) -> Bool {
        let sentence = document.sentenceIndex(ofToken: index) ?? 0
        return document.sentences[sentence].tokens.contains {
            document.tokens[$0].head == index
                && ["aux:pass", "nsubj:pass", "auxpass", "nsubjpass"]
                    .contains(document.tokens[$0].dependency ?? "")
        }
    }

    /// A present perfect of the verb's own ("has been arrested", "have agreed").
    private func isPresentPerfect(_ index: Int, _ view: TokenView,
                                  _ document: Document) -> Bool {
        guard document.tokens[index].xpos == "VBN" else { return false }
        let sentence = document.sentenceIndex(ofToken: index) ?? 0
        let low = max(document.sentences[sentence].tokens.lowerBound, index - 4)
        return (low..<index).contains {
            document.tokens[$0].head == index && document.tokens[$0].dependency == "aux"
                && ["has", "have", "'ve"].contains(view.keys[$0])
        }
    }

    /// A date wholly before the document date whose year the text did not write: counted
    /// back from the time of writing ("four years ago", "last month", "yesterday").
    private func isDeicticPast(_ timex: TemporalMention, before dct: CalendarDate) -> Bool {
        guard timex.resolved?.year?.isKnown == false,
              let interval = TimexValue(timex.value).interval(relativeTo: dct) else {
            return false
        }
        return interval.end < dct
    }

    /// The index of the first token of `timex` (the token that starts at or after it).
    private func firstToken(of timex: TemporalMention, _ document: Document) -> Int? {
        guard let sentence = document.sentenceIndex(ofOffset: timex.span.start) else {
            return nil
        }
        return document.sentences[sentence].tokens.first {
            document.tokens[$0].span.start >= timex.span.start
        }
    }

    /// "… the largest aerial assaults of the year", "the worst floods of the decade": a date
    /// after "of" that closes a phrase with a superlative (at most six words back) names the
    /// class the superlative compares within, not the time of anything.
    private func isComparisonClass(_ timex: TemporalMention, _ document: Document,
                                   _ view: TokenView) -> Bool {
        guard let first = firstToken(of: timex, document), first > 0,
              view.keys[first - 1] == "of" else { return false }
        let sentence = document.sentenceIndex(ofToken: first) ?? 0
        let low = max(document.sentences[sentence].tokens.lowerBound, first - 7)
        return (low..<(first - 1)).contains {
            ["JJS", "RBS"].contains(document.tokens[$0].xpos ?? "")
        }
    }

    /// "Crude for delivery in November rose …", "Rita, now a Category 5 storm, threatened":
    /// a date that hangs from a noun before the verb — a noun that names no event, or any
    /// noun for "now"/"then" — qualifies that noun. (On an event noun, "the attack on Monday
    /// killed five", "Tuesday's assault", it is the event's time and stays.) After the verb
    /// only "now"/"then"/"current" words qualify a noun ("spoke about the *current* state of
    /// magic"): a calendar date there may still be the verb's ("signed the accord of May 5" is
    /// rare, "met in May" common).
    private func isNounQualifier(_ timex: TemporalMention, attachedTo head: Int?,
                                 before trigger: Int, _ document: Document,
                                 _ view: TokenView) -> Bool {
        guard let head, head != trigger,
              [.noun, .propn].contains(document.tokens[head].upos) else { return false }
        // "now a Category 5 storm" describes the noun, whatever the noun names.
        if isReference(timex.value) { return true }
        guard head < trigger else { return false }
        let lemma = document.tokens[head].lemma ?? view.keys[head]
        return lexicon.nouns[lemma] == nil && lexicon.nouns[view.keys[head]] == nil
    }

    /// A date just outside the clause `start..<end` that still dates it: before a relative
    /// clause's opener ("the 1991 Hajj, in which …", at most six words back, with no verb
    /// between), or between dashes right after it ("… – February 6 –").
    private func adjacentTimex(start: Int, end: Int, range: Range<Int>,
                               in timexes: [TemporalMention], _ document: Document,
                               _ view: TokenView) -> TemporalMention? {
        let opener = start - 1
        if opener >= range.lowerBound, ["which", "whom", "when", "where"]
            .contains(view.keys[opener]) {
            let reach = max(range.lowerBound, opener - 6)
            let window = Span(start: document.tokens[reach].span.start,
                              end: document.tokens[opener].span.start)
            let verbs = (reach..<opener).contains { document.tokens[$0].upos == .verb }
            if !verbs, let found = timexes.last(where: { window.contains($0.span)
                && !$0.value.isEmpty }) {
                return found
            }
        }
        if end < range.upperBound, ["-", "–", "—", "--"].contains(view.keys[end]),
           end + 1 < range.upperBound {
            let next = document.tokens[end + 1].span.start
            return timexes.first { $0.span.start == next && !$0.value.isEmpty }
        }
        return nil
    }

    private func distance(_ span: Span, _ trigger: Span) -> Int {
        // Prefer expressions after the trigger ("said in April") on equal distance.
        span.start >= trigger.end ? span.start - trigger.end : (trigger.start - span.end) + 1
    }

    /// A date expression before the sentence's first verb and set off by a comma ("On
    /// Friday, …", "Yesterday, …").
    private func frontedTimex(_ timexes: [TemporalMention], in tokens: Range<Int>,
                              _ document: Document, _ view: TokenView,
                              _ clauses: ClauseView) -> TemporalMention? {
        guard let firstVerb = tokens.first(where: { clauses.isVerb($0) }),
              let timex = timexes.filter({ !$0.value.isEmpty })
                .min(by: { $0.span.start < $1.span.start }),
              timex.span.end <= document.tokens[firstVerb].span.start else { return nil }
        let hasComma = (tokens.lowerBound..<firstVerb).contains {
            view.keys[$0] == "," && document.tokens[$0].span.start >= timex.span.end
        }
        return hasComma ? timex : nil
    }

    /// A pluperfect of the verb's own: "had requested", "had been arrested".
    private func isPluperfect(_ index: Int, _ view: TokenView) -> Bool {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 3 {
            let key = view.keys[cursor]
            if key == "had" || key == "'d" { return true }
            guard ["been", "not", "also", "already", "never", "just", "n't"].contains(key)
            else { return false }
            cursor -= 1
        }
        return false
    }

    /// A simple past ("retaliated", "was evacuated"), not a pluperfect ("had provided").
    private func isSimplePast(_ index: Int, _ view: TokenView, _ document: Document) -> Bool {
        let tag = document.tokens[index].xpos
        if tag == "VBD" { return !(index > 0 && ["had", "'d"].contains(view.keys[index - 1])) }
        guard tag == "VBN", index > 0 else { return false }
        var cursor = index - 1
        var steps = 0
        while cursor >= 0, steps < 3 {
            if ["was", "were"].contains(view.keys[cursor]) { return true }
            if ["had", "has", "have", "is", "are", "be", "been"].contains(view.keys[cursor]) {
                return false
            }
            cursor -= 1
            steps += 1
        }
        return false
    }

    /// "The air force said it *had shot down* 58 drones": in reported speech a pluperfect
    /// is the speaker's simple past moved back a tense, so it keeps the narrative's time. A
    /// verb (or a verb coordinated with one) in the clause complement of a reporting verb.
    private func isReportedPluperfect(_ index: Int, _ view: TokenView,
                                      _ document: Document) -> Bool {
        let tag = document.tokens[index].xpos
        guard tag == "VBN" || tag == "VBD", index > 0,
              (max(0, index - 3)..<index).contains(where: {
                  ["had", "'d"].contains(view.keys[$0])
              }) else { return false }
        var clause = index
        if document.tokens[clause].dependency == "conj", let head = document.tokens[clause].head {
            clause = head
        }
        guard document.tokens[clause].dependency == "ccomp",
              let reporter = document.tokens[clause].head,
              let lemma = lexicon.verbLemma(key: view.keys[reporter],
                                            lemma: document.tokens[reporter].lemma),
              let type = lexicon.verbs[lemma]?.type else { return false }
        return [.statement, .accuse, .praiseThank].contains(type)
    }

    private func hasPresentAuxiliary(_ index: Int, _ view: TokenView,
                                     _ document: Document) -> Bool {
        var cursor = index - 1
        var steps = 0
        while cursor >= 0, steps < 4 {
            if ["is", "are", "am", "'re", "has", "have", "'ve"].contains(view.keys[cursor]) {
                return true
            }
            if ["was", "were", "had", "will", "would"].contains(view.keys[cursor]) { return false }
            cursor -= 1
            steps += 1
        }
        return false
    }
}
