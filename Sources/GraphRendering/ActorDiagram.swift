import EventGraph

/// The actor-relationship diagram as data, computed once and shared by every export (DOT,
/// JSON, GraphML, GEXF, Mermaid), so all of them draw the same nodes and edges.
///
/// Repeated relations between one ordered pair are collapsed into one edge that keeps the
/// relation kinds, the events behind them (chronological), their date range and count;
/// affiliations stay separate edges (they carry no events). Nodes are sorted by id and edges
/// by endpoints in UTF-8 byte order, never dictionary order.
struct ActorDiagram: Sendable {
    struct Node: Sendable {
        var id: ActorID
        /// Display name; the id when the actor is unknown or its name is blank.
        var name: String
        /// Nil for an id that a relation names but no actor has.
        var kind: ActorKind?
        /// Salient events the actor takes part in (agent, target or location).
        var eventCount: Int
        /// Days covered by those events, when any is dated.
        var dates: TimexRange?
    }

    struct Edge: Sendable {
        var from: ActorID
        var to: ActorID
        /// Relation kinds in order of their first event (`sent aid to`, `praised`).
        var kinds: [String]
        /// The events stating the relation, chronological, each once.
        var events: [Event]
        var isAffiliation: Bool
        /// Dates at the text's precision, chronological, each once.
        var dateValues: [String]
        /// Days covered by the dated events.
        var dates: TimexRange?

        /// Quad classes of the events.
        var quadClasses: Set<QuadClass> { Set(events.map(\.quadClass)) }
        /// Whether every event is only claimed (reported, unconfirmed, denied, planned).
        var isClaimOnly: Bool {
            !events.isEmpty && events.allSatisfy { $0.certainty != .asserted }
        }
        /// Whether any event is a material act (rather than words).
        var isMaterial: Bool { events.contains { $0.quadClass.isMaterial } }

        /// `praised, met ×3 (2023-02 – 2023-06)`: kinds, count when above one, date range.
        var label: String {
            var text = kinds.joined(separator: ", ")
            if events.count > 1 { text += " ×\(events.count)" }
            if let first = dateValues.first, let last = dateValues.last {
                text += first == last ? " (\(first))" : " (\(first) – \(last))"
            }
            return text
        }
    }

    var nodes: [Node]
    var edges: [Edge]

    init(_ graph: EventGraph) {
        var rank: [EventID: Int] = [:]
        for (index, event) in graph.events.enumerated() where rank[event.id] == nil {
            rank[event.id] = index
        }
        let eventsByID = Dictionary(graph.events.map { ($0.id, $0) },
                                    uniquingKeysWith: { first, _ in first })
        struct Key: Hashable { var from: ActorID; var to: ActorID; var affiliation: Bool }
        var grouped: [Key: [Relation]] = [:]
        for relation in graph.relations {
            let key = Key(from: relation.from, to: relation.to,
                          affiliation: relation.events.isEmpty)
            grouped[key, default: []].append(relation)
        }
        edges = grouped.map { key, relations in
            Self.edge(key.from, key.to, relations, eventsByID: eventsByID, rank: rank)
        }.sorted { lhs, rhs in
            if lhs.from != rhs.from { return byteOrder(lhs.from.rawValue, rhs.from.rawValue) }
            if lhs.to != rhs.to { return byteOrder(lhs.to.rawValue, rhs.to.rawValue) }
            return !lhs.isAffiliation && rhs.isAffiliation
        }

        var ids = Set<ActorID>()
        var counts: [ActorID: Int] = [:]
        var ranges: [ActorID: TimexRange] = [:]
        for relation in graph.relations {
            ids.insert(relation.from)
            ids.insert(relation.to)
        }
        for event in graph.events {
            var taking = Set(event.agents).union(event.targets)
            if let location = event.location { taking.insert(location) }
            ids.formUnion(taking)
            let range = TimexRange(event.date)
            for id in taking {
                counts[id, default: 0] += 1
                if let range { ranges[id] = ranges[id].map { $0.union(range) } ?? range }
            }
        }
        let actorsByID = Dictionary(graph.actors.map { ($0.id, $0) },
                                    uniquingKeysWith: { first, _ in first })
        nodes = ids.sorted { byteOrder($0.rawValue, $1.rawValue) }.map { id in
            let actor = actorsByID[id]
            // A blank name would draw an empty shape: show the id instead.
            let name = actor.map(\.name).flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
                ?? id.rawValue
            return Node(id: id, name: name, kind: actor?.kind, eventCount: counts[id] ?? 0,
                        dates: ranges[id])
        }
    }

    private static func edge(_ from: ActorID, _ to: ActorID, _ relations: [Relation],
                             eventsByID: [EventID: Event], rank: [EventID: Int]) -> Edge {
        var seen = Set<EventID>()
        let events = relations.flatMap(\.events)
            .filter { seen.insert($0).inserted }
            .compactMap { eventsByID[$0] }
            .sorted { (rank[$0.id] ?? 0, $0.id.rawValue) < (rank[$1.id] ?? 0, $1.id.rawValue) }
        // Kinds by their first event; kinds without events (affiliations) by name.
        var firstIndex: [String: Int] = [:]
        for relation in relations {
            let index = relation.events.compactMap { rank[$0] }.min() ?? Int.max
            firstIndex[relation.kind] = min(firstIndex[relation.kind] ?? Int.max, index)
        }
        let kinds = firstIndex.sorted { lhs, rhs in
            lhs.value != rhs.value ? lhs.value < rhs.value : byteOrder(lhs.key, rhs.key)
        }.map(\.key)
        var dateValues: [String] = []
        var range: TimexRange?
        for event in events where event.date != nil {
            let value = TimexDisplay.text(for: event.date)
            if !dateValues.contains(value) { dateValues.append(value) }
            if let day = TimexRange(event.date) { range = range.map { $0.union(day) } ?? day }
        }
        return Edge(from: from, to: to, kinds: kinds, events: events,
                    isAffiliation: relations.allSatisfy(\.events.isEmpty),
                    dateValues: dateValues, dates: range)
    }
}

/// UTF-8 byte order: total, and unlike `String.<` it never calls two different spellings
/// (composed and decomposed accents) equal, so ties cannot fall back to input order.
func byteOrder(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
}

extension TimexRange {
    /// The smallest range covering both.
    func union(_ other: TimexRange) -> TimexRange {
        var result = self
        result.start = min(start, other.start)
        result.end = max(end, other.end)
        return result
    }
}
