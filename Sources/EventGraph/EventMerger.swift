/// Finds the same event reported by several articles and keeps it once, with every report.
///
/// Two listed (salient) events of different documents are the same event when they have
/// the same type, share an agent (or both have none, and then their triggers have the same
/// lemma: "killed" and "resulted" in two stories of one day are not one event), their
/// targets are compatible (they share one, or one side names none), and their dates are
/// compatible: the intervals overlap, or either is undated and the triggers have the same
/// lemma (without a date to compare, the verb must agree: "shot down" drones is not the
/// "push" of the same army). The event read first is kept; the other becomes one of its
/// `reports`, its figures join the kept event's `quantities` (two outlets' different
/// counts are both kept), and the kept event takes the more precise date when it had none.
/// Candidates are found through an index by type and agent, so merging stays linear in the
/// number of events for a story of many articles.
package enum EventMerger {
    /// Within one article, the same non-statement event told twice (the lead and a later
    /// paragraph: same type, trigger lemma, agents and targets, compatible dates) is one
    /// event. Statements are never merged inside an article: one speaker says many things.
    package static func mergeRepeats(_ events: inout [Event], lemmas: [EventID: String],
                             intervals: [EventID: ClosedRange<Int>]) -> [EventID: EventID] {
        struct Key: Hashable {
            let document: String, type: EventType, lemma: String
            let agents: [ActorID], targets: [ActorID]
        }
        var first: [Key: Int] = [:]
        var merged: [EventID: EventID] = [:]
        var keep = [Bool](repeating: true, count: events.count)
        for position in events.indices where events[position].salient {
            let event = events[position]
            guard ![.statement, .accuse, .praiseThank].contains(event.type),
                  !event.agents.isEmpty else { continue }
            let key = Key(document: event.document, type: event.type,
                          lemma: lemmas[event.id] ?? event.trigger,
                          agents: event.agents.sorted(), targets: event.targets.sorted())
            if let kept = first[key] {
                let keptID = events[kept].id
                if let a = intervals[keptID], let b = intervals[event.id], !a.overlaps(b) {
                    continue
                }
                events[kept].reports.append(EventReport(event))
                events[kept].quantities += event.quantities
                if events[kept].date == nil, let date = event.date { events[kept].date = date }
                merged[event.id] = keptID
                keep[position] = false
            } else {
                first[key] = position
            }
        }
        events = events.indices.filter { keep[$0] }.map { events[$0] }
        return merged
    }

    /// Merges `events` (in document order); returns each merged-away id → the kept id.
    static func merge(_ events: inout [Event], intervals: [EventID: ClosedRange<Int>],
                      lemmas: [EventID: String]) -> [EventID: EventID] {
        struct Key: Hashable { let type: EventType; let agent: ActorID? }
        var index: [Key: [Int]] = [:]
        var merged: [EventID: EventID] = [:]
        var keep = [Bool](repeating: true, count: events.count)
        // Events of one article are indexed only after the article, so a candidate is
        // always from another article and a long single article costs nothing.
        var pending: [(Key, Int)] = []
        var currentDocument: String?
        for position in events.indices where events[position].salient {
            let event = events[position]
            if event.document != currentDocument {
                for (key, kept) in pending { index[key, default: []].append(kept) }
                pending.removeAll()
                currentDocument = event.document
            }
            let keys = event.agents.isEmpty ? [Key(type: event.type, agent: nil)]
                : event.agents.map { Key(type: event.type, agent: $0) }
            let candidate = keys.lazy.compactMap { index[$0] }.joined().first { kept in
                Self.isSameEvent(events[kept], event, intervals: intervals, lemmas: lemmas)
            }
            if let kept = candidate {
                events[kept].reports.append(EventReport(event))
                events[kept].quantities += event.quantities
                if events[kept].date == nil, let date = event.date {
                    events[kept].date = date
                }
                merged[event.id] = events[kept].id
                keep[position] = false
            } else {
                pending += keys.map { ($0, position) }
            }
        }
        events = events.indices.filter { keep[$0] }.map { events[$0] }
        return merged
    }

    package static func isSameEvent(_ kept: Event, _ other: Event,
                                    intervals: [EventID: ClosedRange<Int>],
                                    lemmas: [EventID: String]) -> Bool {
        guard kept.type == other.type, kept.document != other.document,
              !kept.reports.contains(where: { $0.document == other.document }) else {
            return false
        }
        let agentsMatch = kept.agents.isEmpty && other.agents.isEmpty
            || !Set(kept.agents).isDisjoint(with: other.agents)
        let targetsMatch = kept.targets.isEmpty || other.targets.isEmpty
            || !Set(kept.targets).isDisjoint(with: other.targets)
        guard agentsMatch, targetsMatch else { return false }
        // Without an agent on either side, a type and a day are weak evidence (a day's news
        // holds many deaths and many "results"): the verb must agree too.
        if kept.agents.isEmpty, other.agents.isEmpty, lemmas[kept.id] != lemmas[other.id] {
            return false
        }
        guard let first = intervals[kept.id], let second = intervals[other.id] else {
            return lemmas[kept.id] == lemmas[other.id]
        }
        return first.overlaps(second)
    }
}
