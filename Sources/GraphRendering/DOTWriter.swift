import EventGraph

/// Writes the actor-relationship diagram of an `EventGraph` as DOT text.
///
/// Pure Swift, no Graphviz: the output is meant for `GraphvizRenderer`, for `dot` itself, or
/// to be committed as a golden file. Guarantees, each covered by a test:
/// - one *named* `digraph` per string, so SVG titles are stable and `agmemread` reads exactly
///   one graph;
/// - every ID and label is quoted and escaped (see `DOTString`), so hostile names cannot break
///   the syntax;
/// - attributes come only from `DOTAttribute` (never `concentrate`, never `layout`);
/// - deterministic: nodes sorted by actor id, edges by endpoints, kind and events, so the same
///   graph gives byte-identical text whatever order its arrays or dictionaries had.
public struct DOTWriter: Sendable {
    /// The graph's name (`digraph "<name>" { … }`); it becomes the SVG `<title>`.
    public var graphName: String

    /// - Parameter graphName: the name written after `digraph`.
    public init(graphName: String = "eventgraph") {
        self.graphName = graphName
    }

    /// The DOT text for `graph`: actors that take part in a relation or an event (as agent,
    /// target or location) become nodes shaped by kind; relations become edges labelled with
    /// their kind and the dates of their events; affiliations (no events) are dashed.
    public func write(_ graph: EventGraph) -> String {
        let eventsByID = Dictionary(graph.events.map { ($0.id, $0) },
                                    uniquingKeysWith: { first, _ in first })
        let rankByID = Dictionary(graph.events.enumerated().map { ($1.id, $0) },
                                  uniquingKeysWith: { first, _ in first })
        let actorsByID = Dictionary(graph.actors.map { ($0.id, $0) },
                                    uniquingKeysWith: { first, _ in first })

        var lines = ["digraph " + DOTString.id(graphName) + " {"]
        lines.append("    graph " + DOTAttribute.list([
            (.charset, "UTF-8"), (.rankdir, "LR"), (.fontname, DOTStyle.fontName),
        ]) + ";")
        lines.append("    node " + DOTAttribute.list([
            (.fontname, DOTStyle.fontName), (.fontsize, "12"),
        ]) + ";")
        lines.append("    edge " + DOTAttribute.list([
            (.fontname, DOTStyle.fontName), (.fontsize, "10"),
        ]) + ";")

        for id in drawnActors(of: graph).sorted(by: Self.byteOrder) {
            let actor = actorsByID[id]
            // A blank name would draw an empty shape: show the id instead.
            let name = actor.map(\.name).flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
                ?? id.rawValue
            var attributes: [(DOTAttribute, String)] = [(.label, name)]
            attributes += DOTStyle.node(for: actor?.kind)
            attributes.append((.tooltip, actor.map { "\(name) (\($0.kind.rawValue))" } ?? name))
            lines.append("    " + DOTString.id(id.rawValue) + " " + DOTAttribute.list(attributes)
                         + ";")
        }

        let edges = graph.relations.map { relation in
            edgeLine(for: relation, eventsByID: eventsByID, rankByID: rankByID)
        }
        lines += edges.sorted { Self.byteOrder($0, $1) }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// UTF-8 byte order: total, and unlike `String.<` it never calls two different spellings
    /// (composed and decomposed accents) equal, so ties cannot fall back to input order.
    private static func byteOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    private static func byteOrder(_ lhs: ActorID, _ rhs: ActorID) -> Bool {
        byteOrder(lhs.rawValue, rhs.rawValue)
    }

    /// Ids of actors in some relation, or agent, target or location of some event. The claim's
    /// source alone does not draw a node: reporting an event is not taking part in it.
    private func drawnActors(of graph: EventGraph) -> Set<ActorID> {
        var ids = Set<ActorID>()
        for relation in graph.relations {
            ids.insert(relation.from)
            ids.insert(relation.to)
        }
        for event in graph.events {
            ids.formUnion(event.agents)
            ids.formUnion(event.targets)
            if let location = event.location { ids.insert(location) }
        }
        return ids
    }

    /// One `"a" -> "b" [...]` statement. Dates are those of the relation's events in
    /// chronological order, each once; undated events add no date.
    private func edgeLine(for relation: Relation, eventsByID: [EventID: Event],
                          rankByID: [EventID: Int]) -> String {
        let events = relation.events
            .compactMap { id in eventsByID[id].map { (rankByID[id] ?? 0, $0) } }
            .sorted { $0.0 < $1.0 }
            .map(\.1)
        var dates: [String] = []
        for event in events where event.date != nil {
            let date = TimexDisplay.text(for: event.date)
            if !dates.contains(date) { dates.append(date) }
        }
        let label = dates.isEmpty ? relation.kind
            : relation.kind + " (" + dates.joined(separator: ", ") + ")"
        var attributes: [(DOTAttribute, String)] = [(.label, label)]
        if relation.events.isEmpty {
            attributes += DOTStyle.affiliationEdge
        } else {
            attributes += DOTStyle.edge(for: Set(events.map(\.quadClass)))
            // Provenance on hover in SVG: which events state the relation.
            let tooltip = events.map { event in
                "\(TimexDisplay.text(for: event.date)): \(event.summary) [\(event.id)]"
            }
            if !tooltip.isEmpty { attributes.append((.tooltip, tooltip.joined(separator: "\n"))) }
        }
        return "    " + DOTString.id(relation.from.rawValue) + " -> "
            + DOTString.id(relation.to.rawValue) + " " + DOTAttribute.list(attributes) + ";"
    }
}
