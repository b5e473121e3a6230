import EventExtraction

/// Chronological order of events: the order every timeline, JSON array and diagram uses.
///
/// Earliest first by the first day a date covers; at the same first day the coarser date
/// first (a month before the days of that month); then "A following B" links read from the
/// text; then document and text position. Events whose date has no calendar position
/// (`PAST_REF`, `XXXX-04`) come after the dated ones, and undated events last — except an
/// undated event that a link orders before dated ones ("A following B" with B undated, or
/// the narrative placement of `NarrativePlacement`): it sits right before the first of
/// them, so the text's order survives where the text gives it.
public enum EventOrder {
    package struct Key: Comparable, Sendable {
        package let group: Int
        package let startDay: Int
        package let negativeLength: Int

        package init(group: Int, startDay: Int, negativeLength: Int) {
            self.group = group
            self.startDay = startDay
            self.negativeLength = negativeLength
        }

        package static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.group, lhs.startDay, lhs.negativeLength)
                < (rhs.group, rhs.startDay, rhs.negativeLength)
        }
    }

    package struct Item {
        package let key: Key
        package let documentOrder: Int
        package let start: Int
        package let id: String

        package init(key: Key, documentOrder: Int, start: Int, id: String) {
            self.key = key
            self.documentOrder = documentOrder
            self.start = start
            self.id = id
        }
    }

    /// Sorts `items` (given in document order) by date key, honouring `later ⟶ earlier`
    /// links among items with equal keys.
    package static func sort(_ items: [Item], links: [(earlier: String, later: String)]) -> [Item] {
        // An undated item that a link orders before dated ones ("A following B" with B
        // undated; the narrative placement) sits right before the first of them in the order.
        let groupOf = Dictionary(items.map { ($0.id, $0.key.group) }) { first, _ in first }
        var anchorsOf: [String: Set<String>] = [:]
        for link in links {
            guard groupOf[link.earlier] == 2, let later = groupOf[link.later], later != 2
            else { continue }
            anchorsOf[link.earlier, default: []].insert(link.later)
        }
        let ordered = sortByKey(items.filter { anchorsOf[$0.id] == nil }, links: links)
        guard !anchorsOf.isEmpty else { return ordered }
        var placedBefore: [String: [Item]] = [:]
        var position: [String: Int] = [:]
        for (index, item) in ordered.enumerated() { position[item.id] = index }
        for item in items {
            guard let anchors = anchorsOf[item.id],
                  let first = anchors.compactMap({ position[$0] }).min() else { continue }
            placedBefore[ordered[first].id, default: []].append(item)
        }
        var result: [Item] = []
        result.reserveCapacity(items.count)
        for item in ordered {
            // Placed items keep their own (document, text) order before their anchor.
            result += (placedBefore[item.id] ?? []).sorted {
                ($0.documentOrder, $0.start, $0.id) < ($1.documentOrder, $1.start, $1.id)
            }
            result.append(item)
        }
        return result
    }

    /// The rule an event placed by the narrative carries (`NarrativePlacement`).
    public static let narrativeRule = "order.narrative"

    /// `events` (in the order of `sort`, after a slice removed some) with each event that
    /// the narrative placed before the listed events of its document's date moved back
    /// among the undated ones at the end when the slice kept none of those events — where
    /// a sort of the slice alone (as the store does) puts it.
    public static func unanchoringPlacements(_ events: [Event],
                                             documents: [DocumentRecord]) -> [Event] {
        let dct = Dictionary(documents.map { ($0.id, $0.dct) }) { first, _ in first }
        let order = Dictionary(documents.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let anchored = Set(events.compactMap { event in
            event.salient && event.date?.value == dct[event.document] ? event.document : nil
        })
        let orphans = events.filter {
            $0.date == nil && $0.rules.contains(narrativeRule) && !anchored.contains($0.document)
        }
        guard !orphans.isEmpty else { return events }
        let gone = Set(orphans.map(\.id))
        var result = events.filter { !gone.contains($0.id) }
        func rank(_ event: Event) -> (Int, Int, String) {
            (order[event.document] ?? 0, event.start, event.id.rawValue)
        }
        // Into the trailing run of undated events, at its document and text position.
        let tail = (result.lastIndex { $0.date != nil } ?? -1) + 1
        for orphan in orphans {
            let index = result[tail...].firstIndex { rank($0) > rank(orphan) } ?? result.count
            result.insert(orphan, at: index)
        }
        return result
    }

    /// The sort by date key, with `later ⟶ earlier` links honoured among equal keys.
    private static func sortByKey(_ items: [Item],
                                  links: [(earlier: String, later: String)]) -> [Item] {
        let sorted = items.sorted {
            ($0.key, $0.documentOrder, $0.start, $0.id)
                < ($1.key, $1.documentOrder, $1.start, $1.id)
        }
        var predecessors: [String: Set<String>] = [:]
        for link in links { predecessors[link.later, default: []].insert(link.earlier) }
        var result: [Item] = []
        var runStart = 0
        while runStart < sorted.count {
            var runEnd = runStart + 1
            while runEnd < sorted.count, sorted[runEnd].key == sorted[runStart].key { runEnd += 1 }
            result.append(contentsOf: topological(Array(sorted[runStart..<runEnd]),
                                                  predecessors: predecessors))
            runStart = runEnd
        }
        return result
    }

    /// Stable topological order (Kahn's algorithm, always taking the earliest ready item in
    /// the run's sorted order), so a link reorders only what it must; a cycle falls back to
    /// the sorted order for the items left. Linear in the run plus its links.
    private static func topological(_ run: [Item],
                                    predecessors: [String: Set<String>]) -> [Item] {
        guard run.count > 1 else { return run }
        var position: [String: Int] = [:]
        for (index, item) in run.enumerated() { position[item.id] = index }
        var waitingFor = [Int](repeating: 0, count: run.count)
        var successors = [[Int]](repeating: [], count: run.count)
        var linked = false
        for (index, item) in run.enumerated() {
            for earlier in predecessors[item.id] ?? [] {
                guard let from = position[earlier], from != index else { continue }
                waitingFor[index] += 1
                successors[from].append(index)
                linked = true
            }
        }
        guard linked else { return run }
        var ready = Set((0..<run.count).filter { waitingFor[$0] == 0 })
        var done = [Bool](repeating: false, count: run.count)
        var result: [Item] = []
        result.reserveCapacity(run.count)
        while result.count < run.count {
            // Cycles leave nothing ready: release the earliest item still waiting.
            guard let next = ready.min() ?? (0..<run.count).first(where: { !done[$0] }) else {
                break
            }
            ready.remove(next)
            done[next] = true
            result.append(run[next])
            for successor in successors[next] where !done[successor] {
                waitingFor[successor] -= 1
                if waitingFor[successor] == 0 { ready.insert(successor) }
            }
        }
        return result
    }
}
