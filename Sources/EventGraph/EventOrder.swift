import EventExtraction

/// Chronological order of events: the order every timeline, JSON array and diagram uses.
///
/// Earliest first by the first day a date covers; at the same first day the coarser date
/// first (a month before the days of that month); then "A following B" links read from the
/// text; then document and text position. Events whose date has no calendar position
/// (`PAST_REF`, `XXXX-04`) come after the dated ones, and undated events last.
public enum EventOrder {
    struct Key: Comparable {
        let group: Int
        let startDay: Int
        let negativeLength: Int

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.group, lhs.startDay, lhs.negativeLength)
                < (rhs.group, rhs.startDay, rhs.negativeLength)
        }
    }

    struct Item {
        let key: Key
        let documentOrder: Int
        let start: Int
        let id: String
    }

    /// Sorts `items` (given in document order) by date key, honouring `later ⟶ earlier`
    /// links among items with equal keys.
    static func sort(_ items: [Item], links: [(earlier: String, later: String)]) -> [Item] {
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

    /// Stable topological order: repeatedly take the first item none of whose
    /// predecessors in the run is still waiting (cycles fall back to text order).
    private static func topological(_ run: [Item],
                                    predecessors: [String: Set<String>]) -> [Item] {
        guard run.count > 1 else { return run }
        var waiting = run
        var result: [Item] = []
        while !waiting.isEmpty {
            let ids = Set(waiting.map(\.id))
            let next = waiting.firstIndex {
                predecessors[$0.id, default: []].isDisjoint(with: ids.subtracting([$0.id]))
            } ?? 0
            result.append(waiting.remove(at: next))
        }
        return result
    }
}
