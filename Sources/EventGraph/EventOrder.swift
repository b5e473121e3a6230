import EventExtraction

/// Chronological order of events: the order every timeline, JSON array and diagram uses.
///
/// Earliest first by the first day a date covers; at the same first day the coarser date
/// first (a month before the days of that month); then "A following B" links read from the
/// text; then document and text position. Events whose date has no calendar position
/// (`PAST_REF`, `XXXX-04`) come after the dated ones, and undated events last.
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
