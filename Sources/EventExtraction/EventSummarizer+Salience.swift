import TextAnalysis

/// Which events the timeline lists by default; the criteria are in `EventSummarizer`'s
/// documentation and the README.
extension EventSummarizer {
    func isSalient(_ event: ExtractedEvent, clauses: ClauseView,
                           range: Range<Int>) -> Bool {
        // A participant, and a known class — or a date the text gives ("blasted off on
        // Wednesday"): what happened to whom, or what the text pins to a time.
        guard !event.agents.isEmpty || !event.targets.isEmpty else { return false }
        // An unclassed verb is listed only for a date the text gives, and only with a
        // predicate to show ("Unisys showed" alone says nothing).
        guard event.type != .other
            || (event.date?.origin == .timex && event.summary.split(separator: " ").count >= 4)
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
            guard !isSpeech, event.date?.origin == .timex || event.type == .disaster else {
                return false
            }
        }
        // "has not confirmed", "never met": a negated verb reports something that did not
        // happen.
        if !event.isNominal, clauses.isNegated(event.triggerToken, in: range) { return false }
        // A headline repeats the body's news in title case; its verbs are not events.
        if clauses.view.isHeadline(range) { return false }
        if event.isNominal { return event.date?.origin == .timex }
        if clauses.isParticipleContinuation(event.triggerToken, in: range) { return false }
        return true
    }

    /// An infinitive of purpose ("flew to Paris to meet X") adds nothing to its governing
    /// event when that event is listed; it is listed only when it carries the news itself
    /// ("plans to attack").
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
                events[position].isSalient = false
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
