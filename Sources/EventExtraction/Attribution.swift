import TextAnalysis

/// Sets each event's source and certainty: the `attribution` stage.
///
/// A reporting verb ("said", "told", "claimed") makes its agent the source of the events in
/// its complement, which become `reported`; "according to X" does the same for the whole
/// sentence. Cues from `certainty-cues.tsv` then apply in their scope: "reportedly" and
/// "will" to their clause, "could not independently verify" to the sentence, "denied" to the
/// denied complement. Stronger findings win: denied > unconfirmed > future > reported. A
/// statement that announces an attack as a plan ("said it would strike …") is a threat,
/// typed ACCUSE (verbal conflict). A planned event loses a date it only took from the
/// document date (through the verb announcing the plan).
public struct Attribution: PipelineStage {
    public let name = "attribution"
    let lexicon: EventLexicon

    public init(lexicon: EventLexicon) { self.lexicon = lexicon }

    private static let strength: [Certainty: Int] = [
        .asserted: 0, .reported: 1, .future: 2, .unconfirmed: 3, .denied: 4]

    public func process(_ document: inout Document) throws(PipelineError) {
        let view = TokenView.of(&document)
        let clauses = ClauseView(document: document, view: view, lexicon: lexicon)
        let mentions = ArgumentFinder.participantsByToken(document)
        var events = document.events
        func raise(_ position: Int, to certainty: Certainty, rule: String) {
            if Self.strength[certainty, default: 0]
                > Self.strength[events[position].certainty, default: 0] {
                events[position].certainty = certainty
                events[position].rules.append(rule)
            }
        }
        let bySentence = Dictionary(grouping: events.indices) { events[$0].sentence }
        for (sentenceIndex, positions) in bySentence {
            let range = document.sentences[sentenceIndex].tokens
            // Reporting verbs: their complement's events are reported by their agent.
            for reporter in positions where events[reporter].type == .statement
                || events[reporter].lemma == "claim" || events[reporter].lemma == "allege"
                || events[reporter].lemma == "deny" {
                let source = events[reporter].agents.first
                let reach = ClauseView.window(around: events[reporter].triggerToken, in: range)
                let complementEnd = complementEnd(after: events[reporter].triggerToken,
                                                  in: reach, view: view)
                let denied = events[reporter].lemma == "deny"
                // "…, the minister said": the words before the subject are the complement.
                let fronted = EventSummarizer.frontedComplement(
                    of: events[reporter].triggerToken, in: reach, clauses: clauses)
                for reported in positions where reported != reporter
                    && ((events[reported].triggerToken > events[reporter].triggerToken
                        && events[reported].triggerToken < complementEnd)
                        || fronted?.contains(events[reported].triggerToken) == true) {
                    if events[reported].source == nil, let source,
                       !events[reported].agents.contains(source) {
                        events[reported].source = source
                    }
                    raise(reported, to: denied ? .denied : .reported, rule: "certainty.complement")
                }
            }
            // "According to X, …"
            for index in range where view.keys[index] == "according"
                && index + 1 < range.upperBound && view.keys[index + 1] == "to" {
                guard let mention = (index + 2..<min(index + 8, range.upperBound))
                    .compactMap({ mentions[$0] }).first(where: \.isParticipant) else { continue }
                for position in positions {
                    if events[position].source == nil { events[position].source = mention.actorID }
                    raise(position, to: .reported, rule: "certainty.according-to")
                }
            }
            // Cue words.
            for cue in lexicon.cues {
                for start in matches(of: cue.words, in: range, view: view) {
                    switch cue.scope {
                    case .sentence:
                        for position in positions {
                            raise(position, to: cue.certainty, rule: "certainty.sentence")
                        }
                    case .clause:
                        // The cue belongs to the first event trigger after it in its clause
                        // — after all its words: in "intends to hold" the plan is "hold",
                        // even when "intends" is an event of its own.
                        let last = start + cue.words.count - 1
                        let end = clauses.predicateEnd(after: last, in: range)
                        if let position = positions.first(where: {
                            events[$0].triggerToken > last && events[$0].triggerToken <= end
                                && !events[$0].isNominal
                        }) {
                            raise(position, to: cue.certainty, rule: "certainty.clause")
                        }
                    case .complement:
                        let end = complementEnd(after: start, in: range, view: view)
                        for position in positions where events[position].triggerToken > start
                            && events[position].triggerToken < end {
                            raise(position, to: cue.certainty, rule: "certainty.complement")
                        }
                    }
                }
            }
        }
        // "North Korea stated it would attack any loudspeakers": a statement whose reported
        // event is a planned attack is a threat — verbal conflict, typed ACCUSE.
        for (_, positions) in bySentence {
            for reported in positions where events[reported].certainty == .future
                && Self.threatening.contains(events[reported].type) {
                // The speaker is the event's source, or its own agent ("Iran said it would
                // strike": no source is set when the speaker acts itself).
                let speakers = Set(events[reported].agents + [events[reported].source]
                    .compactMap { $0 })
                let trigger = events[reported].triggerToken
                guard let reporter = positions.filter({
                    events[$0].type == .statement
                        && events[$0].agents.first.map(speakers.contains) == true
                        && events[$0].triggerToken < trigger
                }).max(by: { events[$0].triggerToken < events[$1].triggerToken }) else {
                    continue
                }
                events[reporter].type = .accuse
                events[reporter].rules.append("type.threat")
            }
        }
        // "The government intends to hold two referendums": a planned event is not dated by
        // the time of writing, which it only inherited from the verb announcing the plan.
        for position in events.indices where events[position].certainty == .future
            && events[position].date?.origin == .dct {
            events[position].date = nil
            events[position].rules.append("date.dropped.future")
        }
        document.events = events
    }

    /// Classes whose announcement as a plan is a threat.
    private static let threatening: Set<EventType> = [
        .fightAttack, .seizeCapture, .withdrawExpel, .casualties]

    /// The complement of a reporting verb runs to the sentence end or a semicolon.
    private func complementEnd(after index: Int, in range: Range<Int>, view: TokenView) -> Int {
        var end = index + 1
        while end < range.upperBound, view.keys[end] != ";" { end += 1 }
        return end
    }

    private func matches(of words: [String], in range: Range<Int>, view: TokenView) -> [Int] {
        guard let first = words.first, range.count >= words.count else { return [] }
        var result: [Int] = []
        for start in range where view.keys[start] == first
            && start + words.count <= range.upperBound {
            if words.indices.allSatisfy({ view.keys[start + $0] == words[$0] }) {
                result.append(start)
            }
        }
        return result
    }
}
