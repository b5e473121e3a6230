import EventGraph

/// Writes the event diagram as DOT: events as nodes left to right in time order, actors
/// attached (agent → event → target).
///
/// Events with the same date value (at the text's precision) share one rank; ranks are
/// chained left to right by invisible heavy edges, and grouped in clusters per month when
/// the dated events span at most two years, per year otherwise. Reference dates (`now`) and
/// undated events come last, in their own clusters. Order is `EventGraph.events` (already
/// chronological), so the same graph gives byte-identical DOT.
public struct EventDiagramWriter: Sendable {
    /// The graph's name; it becomes the SVG `<title>`.
    public var graphName: String
    /// A line drawn under the diagram (what a reduction left out), if any.
    public var note: String?

    public init(graphName: String = "eventgraph-events", note: String? = nil) {
        self.graphName = graphName
        self.note = note
    }

    /// The DOT text for the events of `graph` and the actors taking part in them.
    public func write(_ graph: EventGraph) -> String {
        let provenance = Provenance(graph)
        let buckets = Self.buckets(graph.events)
        var lines = ["digraph " + DOTString.id(graphName) + " {"]
        var graphAttributes: [(DOTAttribute, String)] = [
            (.charset, "UTF-8"), (.rankdir, "LR"), (.fontname, DOTStyle.fontName),
            (.ranksep, "0.4"), (.nodesep, "0.25"),
        ]
        if let note { graphAttributes.append((.label, note)) }
        lines.append("    graph " + DOTAttribute.list(graphAttributes) + ";")
        lines.append("    node " + DOTAttribute.list([
            (.fontname, DOTStyle.fontName), (.fontsize, "11"),
        ]) + ";")
        lines.append("    edge " + DOTAttribute.list([
            (.fontname, DOTStyle.fontName), (.fontsize, "9"),
        ]) + ";")

        for (index, cluster) in buckets.enumerated() {
            lines.append("    subgraph " + DOTString.id("cluster_\(index)") + " {")
            lines.append("        graph " + DOTAttribute.list([
                (.label, cluster.label), (.style, "rounded"), (.color, "#cccccc"),
            ]) + ";")
            for rank in cluster.ranks {
                lines.append("        subgraph { graph [rank=\"same\"];")
                for event in rank {
                    lines.append("            " + Self.eventNode(event, provenance: provenance))
                }
                lines.append("        }")
            }
            lines.append("    }")
        }
        // Invisible spine: the first event of each rank before the first of the next.
        let heads = buckets.flatMap(\.ranks).compactMap(\.first)
        for (left, right) in zip(heads, heads.dropFirst()) {
            lines.append("    " + Self.eventID(left) + " -> " + Self.eventID(right) + " "
                         + DOTAttribute.list([(.style, "invis"), (.weight, "100")]) + ";")
        }

        let diagram = ActorDiagram(EventGraph(actors: graph.actors, events: graph.events))
        for node in diagram.nodes {
            lines.append("    " + DOTString.id("actor:" + node.id.rawValue) + " "
                         + DOTAttribute.list([(.label, node.name)]
                                             + DOTStyle.node(for: node.kind)
                                             + [(.id, "actor:" + node.id.rawValue)]) + ";")
        }
        for event in graph.events {
            let color = DOTStyle.color(for: event.quadClass)
            var participants: [(ActorID, Bool)] = event.agents.map { ($0, true) }
            participants += event.targets.map { ($0, false) }
            if let location = event.location { participants.append((location, false)) }
            var seen = Set<ActorID>()
            for (actor, isAgent) in participants where seen.insert(actor).inserted {
                let actorID = DOTString.id("actor:" + actor.rawValue)
                let edge = isAgent ? actorID + " -> " + Self.eventID(event)
                    : Self.eventID(event) + " -> " + actorID
                lines.append("    " + edge + " " + DOTAttribute.list([
                    (.color, color), (.arrowhead, isAgent ? "none" : "vee"), (.weight, "1"),
                ]) + ";")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func eventID(_ event: Event) -> String {
        DOTString.id("event:" + event.id.rawValue)
    }

    private static func eventNode(_ event: Event, provenance: Provenance) -> String {
        let color = DOTStyle.color(for: event.quadClass)
        var style = "rounded,filled"
        if event.certainty != .asserted { style += ",dashed" }
        return eventID(event) + " " + DOTAttribute.list([
            (.label, TimexDisplay.text(for: event.date) + "\n"
                + Self.wrapped(TimelineFormatter.singleLine(event.summary))),
            (.shape, "box"), (.style, style), (.color, color), (.fillcolor, "#ffffff"),
            (.tooltip, provenance.line(for: event)), (.id, "event:" + event.id.rawValue),
        ]) + ";"
    }

    /// Lines of at most about 32 characters, broken at spaces, so event boxes stay narrow.
    static func wrapped(_ text: String, width: Int = 32) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + word.count + 1 > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }

    struct Cluster {
        var label: String
        var ranks: [[Event]]
    }

    /// Clusters of ranks in chronological order; the events keep the graph's order.
    static func buckets(_ events: [Event]) -> [Cluster] {
        let years = Set(events.compactMap { TimexRange($0.date).map { $0.start.prefix(4) } })
        let byMonth = years.count <= 2
        var clusters: [Cluster] = []
        for event in events {
            let value = TimexDisplay.text(for: event.date)
            let label: String
            if let range = TimexRange(event.date) {
                // A date known only to the year stays in its year's cluster, not a month's.
                label = byMonth && value.count >= 7 ? String(range.start.prefix(7))
                    : String(range.start.prefix(4))
            } else {
                label = value
            }
            if clusters.last?.label != label {
                clusters.append(Cluster(label: label, ranks: []))
            }
            let index = clusters.count - 1
            let lastValue = clusters[index].ranks.last?.first
                .map { TimexDisplay.text(for: $0.date) }
            if lastValue == value {
                clusters[index].ranks[clusters[index].ranks.count - 1].append(event)
            } else {
                clusters[index].ranks.append([event])
            }
        }
        return clusters
    }
}
