import EventGraph

/// Keeps a large graph drawable: past `maximumActors` drawn actors, only the most connected
/// ones stay, and the caller is told what was cut.
///
/// Actors are ranked by degree (distinct neighbours over relations) plus the number of events
/// they take part in, ties by id, so the cut is deterministic. Events and relations that name
/// a dropped actor are dropped with it.
public struct GraphReducer: Sendable {
    /// Above this many drawn actors the graph is reduced.
    public var maximumActors: Int

    public init(maximumActors: Int = 150) {
        self.maximumActors = maximumActors
    }

    /// What a reduction removed, for a one-line note on stderr.
    public struct Summary: Sendable, Hashable, CustomStringConvertible {
        public var keptActors: Int
        public var droppedActors: Int
        public var droppedEvents: Int
        public var droppedRelations: Int

        /// The line drawn under a reduced diagram, so a reader of the picture knows too.
        public var diagramNote: String {
            "Showing the \(keptActors) most connected actors; \(droppedActors) actors, "
                + "\(droppedEvents) events and \(droppedRelations) relations left out"
        }

        public var description: String {
            "large graph: kept the \(keptActors) most connected actors; left out "
                + "\(droppedActors) actors, \(droppedEvents) events and "
                + "\(droppedRelations) relations (raise --max-actors to keep more)"
        }
    }

    /// The reduced graph and a summary, or the graph unchanged and nil when it is small.
    public func reduce(_ graph: EventGraph) -> (graph: EventGraph, summary: Summary?) {
        var neighbours: [ActorID: Set<ActorID>] = [:]
        var eventCounts: [ActorID: Int] = [:]
        for relation in graph.relations {
            neighbours[relation.from, default: []].insert(relation.to)
            neighbours[relation.to, default: []].insert(relation.from)
        }
        for event in graph.events {
            var taking = Set(event.agents).union(event.targets)
            if let location = event.location { taking.insert(location) }
            for actor in taking { eventCounts[actor, default: 0] += 1 }
        }
        let drawn = Set(neighbours.keys).union(eventCounts.keys)
        guard drawn.count > maximumActors else { return (graph, nil) }
        func score(_ id: ActorID) -> Int { (neighbours[id]?.count ?? 0) + (eventCounts[id] ?? 0) }
        let ranked = drawn.sorted { lhs, rhs in
            let (left, right) = (score(lhs), score(rhs))
            return left != right ? left > right : byteOrder(lhs.rawValue, rhs.rawValue)
        }
        let kept = Set(ranked.prefix(maximumActors))
        var result = graph
        result.events = graph.events.filter { event in
            var taking = event.agents + event.targets
            if let location = event.location { taking.append(location) }
            return taking.allSatisfy(kept.contains)
        }
        let keptEvents = Set(result.events.map(\.id))
        result.relations = graph.relations.compactMap { relation in
            guard kept.contains(relation.from), kept.contains(relation.to) else { return nil }
            var copy = relation
            copy.events = relation.events.filter(keptEvents.contains)
            return relation.events.isEmpty || !copy.events.isEmpty ? copy : nil
        }
        let summary = Summary(keptActors: kept.count, droppedActors: drawn.count - kept.count,
                              droppedEvents: graph.events.count - result.events.count,
                              droppedRelations: graph.relations.count - result.relations.count)
        return (result, summary)
    }
}
