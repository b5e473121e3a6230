import TextAnalysis

/// Which events the timeline lists by default; the criteria are in `EventSummarizer`'s
/// documentation and the README.
extension EventSummarizer {
    func isSalient(_ event: ExtractedEvent, clauses: ClauseView,
                           range: Range<Int>) -> Bool {
        // "has not confirmed", "never met": a negated verb reports something that did not
        // happen; a headline repeats the body's news in title case.
        if !event.isNominal, clauses.isNegated(event.triggerToken, in: range) { return false }
        // "took no money", "gave no reason for the expulsions": an object that is "no"
        // anything says the act did not happen.
        if !event.isNominal, hasNegativeObject(event.triggerToken, clauses: clauses,
                                               range: range) { return false }
        if clauses.view.isHeadline(range) || isOpeningHeadline(event, clauses: clauses) {
            return false
        }
        if !isToldAsHappening(event, clauses: clauses, range: range) { return false }
        // An unclassed verb that describes a noun ("Keating, who put the issue in the
        // spotlight in 1996") or is a bare circumstance of its clause ("…, bolstered by
        // gains") is background, whatever its date.
        if event.type == .other, !event.isNominal,
           clauses.isRelativeClause(event.triggerToken)
            || clauses.isBareParticiple(event.triggerToken, in: range) {
            return false
        }
        // Deaths, disasters and attacks are news without a named actor ("over 345 pilgrims
        // have been killed", "…, killing 107"): listed from a verb that is not a mere
        // purpose infinitive.
        if !event.isNominal, Self.materialWithoutActor.contains(event.type),
           !clauses.isInfinitive(event.triggerToken, in: range) || event.type == .disaster {
            return true
        }
        // With no actor at all, what the text pins to a time of its own is still news
        // ("On Friday, fishermen rescued over 700 …", "prices rose Wednesday") — but not a
        // statement without its speaker, nor a purpose infinitive.
        // "Seventeen people have been indicted", "the bombings occurred …": a material
        // event that heads its sentence is the sentence's news even when no actor is named.
        let isMainMaterial = !event.isNominal && Self.materialNews.contains(event.type)
            && isMainClause(event, clauses: clauses, range: range)
            && !clauses.isInfinitive(event.triggerToken, in: range)
        if event.agents.isEmpty, event.targets.isEmpty {
            if isMainMaterial { return true }
            let isSpeech = [.statement, .accuse, .praiseThank].contains(event.type)
            // A gerund ("involved in clearing …") is a noun phrase, not a clause of its own;
            // "now" is no date of the event's own.
            return !event.isNominal && !isSpeech && event.date?.origin == .timex
                && event.rules.contains("date.timex") && event.date?.value != "PRESENT_REF"
                && clauses.xpos(event.triggerToken) != "VBG"
                && !clauses.isInfinitive(event.triggerToken, in: range)
                && event.summary.split(separator: " ").count >= 3
        }
        // An unclassed verb is listed for a date the text gives, and only with a predicate
        // to show ("Unisys showed" alone says nothing); or when a named actor does it in the
        // sentence's main clause ("Microsoft has replaced it …").
        guard event.type != .other
            || (event.date?.origin == .timex && event.summary.split(separator: " ").count >= 4)
            || (isMainClause(event, clauses: clauses, range: range) && !event.agents.isEmpty
                && event.summary.split(separator: " ").count >= 3
                && !hasClauseComplement(event.triggerToken, clauses: clauses, range: range))
        else { return false }
        if event.agents.isEmpty, !event.isNominal,
           clauses.isInfinitive(event.triggerToken, in: range) {
            // "appeared to be …", "agreed to be acquired": an infinitive with no one acting.
            return false
        }
        if event.agents.isEmpty {
            // A statement needs its speaker; something done to someone needs a date from
            // the text ("Bashir was sentenced on Saturday") or to be a disaster.
            let isSpeech = [.statement, .accuse, .praiseThank].contains(event.type)
            guard !isSpeech,
                  event.date?.origin == .timex || event.type == .disaster || isMainMaterial
                    || isMaterialDoneToNamedActor(event, clauses: clauses, range: range)
            else {
                return false
            }
        }
        if event.isNominal { return event.date?.origin == .timex }
        if clauses.isParticipleContinuation(event.triggerToken, in: range) { return false }
        return true
    }

    /// Whether the text tells the event as something that happened, is happening or is
    /// announced — not a possibility ("could face"), the words of a direct quotation (the
    /// statement quoting them is the event), a detail of a noun ("a posting made on
    /// Friday"; a death or disaster still counts: "54 people killed in the state"), or a
    /// generic claim, habit or state in the simple present ("strikes only military
    /// targets", "flies to 42 cities") unless it is speech ("says") or the text dates it.
    func isToldAsHappening(_ event: ExtractedEvent, clauses: ClauseView,
                           range: Range<Int>) -> Bool {
        let trigger = event.triggerToken
        if clauses.view.quoted[trigger] { return false }
        guard !event.isNominal else { return true }
        if clauses.isHypothetical(trigger, in: range) { return false }
        // "54 people killed in the state" is news; "the worst storm to hit the country" is
        // a description.
        if clauses.isNounModifier(trigger), !Self.materialWithoutActor.contains(event.type)
            || clauses.xpos(trigger) == "VB" {
            return false
        }
        let isSpeech = [.statement, .accuse, .praiseThank].contains(event.type)
        let ownDate = event.date?.origin == .timex && event.date?.value != "PRESENT_REF"
        if clauses.isSimplePresent(trigger, in: range), !isSpeech, !ownDate { return false }
        return true
    }

    /// "At least 107 killed in Mecca crane collapse": the document's first sentence without
    /// final punctuation is its headline, in sentence case too; the body tells its news.
    func isOpeningHeadline(_ event: ExtractedEvent, clauses: ClauseView) -> Bool {
        guard event.sentence == 0, let sentence = clauses.document.sentences.first,
              let last = sentence.tokens.last else { return false }
        let keys = clauses.view.keys
        // A closing quote ends a sentence only after its own stop ('… war.'").
        if ["\"", "”", "’", "'", ")"].contains(keys[last]) {
            return !(last > sentence.tokens.lowerBound
                     && [".", "!", "?"].contains(keys[last - 1]))
        }
        return ![".", "!", "?", ":", ";"].contains(keys[last])
    }

    /// Whether the verb's direct object has the determiner "no" ("gave no details").
    func hasNegativeObject(_ trigger: Int, clauses: ClauseView, range: Range<Int>) -> Bool {
        let tokens = clauses.document.tokens
        return range.contains { object in
            tokens[object].head == trigger && tokens[object].dependency == "obj"
                && range.contains {
                    tokens[$0].head == object && tokens[$0].dependency == "det"
                        && clauses.view.keys[$0] == "no"
                }
        }
    }

    /// "saw its forces seize …", "believes redesigning the flag …": a verb whose clause
    /// complement holds the news; the verb itself is no event to list when unclassed.
    func hasClauseComplement(_ trigger: Int, clauses: ClauseView, range: Range<Int>) -> Bool {
        range.contains {
            let token = clauses.document.tokens[$0]
            return token.head == trigger
                && (token.dependency == "xcomp" || token.dependency == "ccomp")
        }
    }

    /// "Bashir was arrested", "the embassy was attacked": a passive without "by" whose
    /// subject is a named actor (not a crowd noun such as "police") and whose class is
    /// material (or an election or appointment) is news though no one is named as doing it.
    func isMaterialDoneToNamedActor(_ event: ExtractedEvent, clauses: ClauseView,
                                    range: Range<Int>) -> Bool {
        guard !event.isNominal, event.rules.contains("agent.by-phrase"),
              clauses.isPassive(event.triggerToken, in: range),
              event.type.quadClass.isMaterial || event.type == .electAppoint,
              !clauses.isInfinitive(event.triggerToken, in: range) else { return false }
        let mentions = clauses.document.actorMentions
        // The subject itself names the actor: not "a Tanzanian man", not "police".
        return mentions.contains {
            $0.sentence == event.sentence && event.targets.contains($0.actorID)
                && $0.tokens.lowerBound < event.triggerToken
                && [.name, .surname, .coreference].contains($0.form)
                && $0.ruleID != "group.noun"
        }
    }

    /// Material classes listed with no actor named when they head their sentence.
    static let materialNews: Set<EventType> = [
        .fightAttack, .seizeCapture, .withdrawExpel, .deployMove, .provideAid, .legalJudicial,
        .protest, .casualties, .disaster]

    /// Classes listed even when no actor is named as agent or target.
    static let materialWithoutActor: Set<EventType> = [.casualties, .disaster]

    /// Whether the trigger heads its sentence (the parse's root, or a verb coordinated with
    /// it): the news of the sentence rather than a detail in a subordinate clause.
    func isMainClause(_ event: ExtractedEvent, clauses: ClauseView, range: Range<Int>)
        -> Bool {
        let tokens = clauses.document.tokens
        var index = event.triggerToken
        // "… and sent prices to a record": a verb coordinated with the root by a conjunction.
        if tokens[index].dependency == "conj", let head = tokens[index].head,
           range.contains(where: {
               tokens[$0].head == index && tokens[$0].dependency == "cc" }) {
            index = head
        }
        // "CAPE TOWN, South Africa (AP) -- Another man has been arrested …": a parse that
        // roots the sentence in its dateline hangs the real main verb from it.
        if let head = tokens[index].head, tokens[head].dependency == "root",
           let datelineEnd = clauses.view.datelineEnd(range), head < datelineEnd,
           index >= datelineEnd {
            return true
        }
        return tokens[index].dependency == "root"
    }

    /// An infinitive of purpose ("flew to Paris to meet X") adds nothing to its governing
    /// event when that event is listed; it is listed only when it carries the news itself
    /// ("plans to attack"): then an unclassed governor ("intends to hold talks") gives way.
    func demoteInfinitives(_ events: inout [ExtractedEvent], _ document: Document,
                                   _ clauses: ClauseView) {
        var byToken: [Int: Int] = [:]
        for (position, event) in events.enumerated() { byToken[event.triggerToken] = position }
        for position in events.indices where events[position].isSalient {
            let event = events[position]
            let range = ClauseView.window(around: event.triggerToken,
                                          in: document.sentences[event.sentence].tokens)
            guard !event.isNominal, clauses.isInfinitive(event.triggerToken, in: range) else {
                continue
            }
            var cursor = clauses.verbGroupStart(event.triggerToken, in: range) - 2
            while cursor >= range.lowerBound, !clauses.isVerb(cursor) { cursor -= 1 }
            if cursor >= range.lowerBound, let governor = byToken[cursor],
               events[governor].isSalient {
                // "intends to hold two referendums": an unclassed governor says only that
                // the classed infinitive is meant; the infinitive carries the news.
                // Only when the infinitive is the governor's complement ("intends to
                // hold"): a purpose clause ("led a team to Africa to help victims") is a
                // detail of the governor's event, which stays.
                if events[governor].type == .other, event.type != .other,
                   document.tokens[event.triggerToken].dependency == "xcomp" {
                    events[governor].isSalient = false
                } else {
                    events[position].isSalient = false
                }
            }
        }
    }

    /// "A spokesman said Venezuela expelled two diplomats", "the air force said it had shot
    /// down 58 drones": a plain reporting verb (`plain-report` in timeline-ranking.tsv) with
    /// no addressee, whose complement holds a listed classed event other than speech, is that
    /// event's source (or its agent), not news of its own; the reported event's line carries
    /// it. A statement to someone ("told the court that …") and a speaker's own plan ("stated
    /// it would attack …": a threat or a pledge) stay.
    func demotePlainReports(_ events: inout [ExtractedEvent], _ document: Document) {
        let bySentence = Dictionary(grouping: events.indices) { events[$0].sentence }
        for positions in bySentence.values {
            for reporter in positions where events[reporter].isSalient
                && !events[reporter].isNominal
                && lexicon.ranking.plainReportLemmas.contains(
                    MatchKey.normalize(events[reporter].lemma)) {
                guard let speaker = events[reporter].agents.first else { continue }
                let trigger = events[reporter].triggerToken
                let addressed = document.sentences[events[reporter].sentence].tokens.contains {
                    document.tokens[$0].head == trigger
                        && ["obj", "iobj"].contains(document.tokens[$0].dependency ?? "")
                }
                if addressed { continue }
                if positions.contains(where: { reported in
                    reported != reporter && events[reported].isSalient
                        && (events[reported].source == speaker
                            || (events[reported].agents.contains(speaker)
                                && events[reported].certainty != .future))
                        && events[reported].rules.contains("certainty.complement")
                        && ![.statement, .accuse, .praiseThank, .other]
                            .contains(events[reported].type)
                }) {
                    events[reporter].isSalient = false
                    events[reporter].rules.append("salience.plain-report")
                }
            }
        }
    }

    /// A noun event that is the object of a listed verb ("imposed new sanctions", "held
    /// talks") is that verb's event told again; the verb's line covers it.
    func demoteObjectNouns(_ events: inout [ExtractedEvent], _ document: Document) {
        var byToken: [Int: Int] = [:]
        for (position, event) in events.enumerated() { byToken[event.triggerToken] = position }
        for position in events.indices where events[position].isSalient
            && events[position].isNominal {
            let token = document.tokens[events[position].triggerToken]
            guard token.dependency == "obj", let head = token.head,
                  let verb = byToken[head], events[verb].isSalient else { continue }
            events[position].isSalient = false
        }
    }
}
