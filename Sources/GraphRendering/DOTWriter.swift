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
/// - deterministic: nodes sorted by actor id, edges by endpoints (see `ActorDiagram`), so the
///   same graph gives byte-identical text whatever order its arrays or dictionaries had.
public struct DOTWriter: Sendable {
    /// The graph's name (`digraph "<name>" { … }`); it becomes the SVG `<title>`.
    public var graphName: String
    /// Whether to add a legend node listing the shapes, colours and line styles used.
    public var includesLegend: Bool
    /// Whether the layout will be force-directed (`sfdp`): adds overlap removal and draws
    /// edges below nodes, which large graphs need to stay readable.
    public var isForceDirected: Bool
    /// A line drawn under the diagram (what a reduction left out), if any.
    public var note: String?

    /// - Parameters:
    ///   - graphName: the name written after `digraph`.
    ///   - includesLegend: add the generated legend (an HTML-table node).
    ///   - isForceDirected: tune the graph attributes for `sfdp` rather than `dot`.
    ///   - note: a line drawn under the diagram.
    public init(graphName: String = "eventgraph", includesLegend: Bool = true,
                isForceDirected: Bool = false, note: String? = nil) {
        self.graphName = graphName
        self.includesLegend = includesLegend
        self.isForceDirected = isForceDirected
        self.note = note
    }

    /// The DOT text for `graph`: actors that take part in a relation or an event (as agent,
    /// target or location) become nodes shaped by kind; relations between one pair become
    /// one edge labelled with their kinds, count and date range; affiliations are dotted.
    public func write(_ graph: EventGraph) -> String {
        let diagram = ActorDiagram(graph)
        let provenance = Provenance(graph)
        var graphAttributes: [(DOTAttribute, String)] = [
            (.charset, "UTF-8"), (.rankdir, "LR"), (.fontname, DOTStyle.fontName),
        ]
        if isForceDirected {
            graphAttributes += [(.overlap, "prism"), (.outputorder, "edgesfirst")]
        }
        if let note { graphAttributes.append((.label, note)) }
        var lines = ["digraph " + DOTString.id(graphName) + " {"]
        lines.append("    graph " + DOTAttribute.list(graphAttributes) + ";")
        lines.append("    node " + DOTAttribute.list([
            (.fontname, DOTStyle.fontName), (.fontsize, "12"),
        ]) + ";")
        lines.append("    edge " + DOTAttribute.list([
            (.fontname, DOTStyle.fontName), (.fontsize, "10"),
        ]) + ";")

        for node in diagram.nodes {
            var attributes: [(DOTAttribute, String)] = [(.label, node.name)]
            attributes += DOTStyle.node(for: node.kind)
            attributes.append((.tooltip, Self.tooltip(for: node)))
            attributes.append((.id, "actor:" + node.id.rawValue))
            lines.append("    " + DOTString.id(node.id.rawValue) + " "
                         + DOTAttribute.list(attributes) + ";")
        }
        for edge in diagram.edges {
            var attributes: [(DOTAttribute, String)] = [(.label, edge.label)]
            attributes += DOTStyle.edge(edge)
            // Provenance on hover in SVG: each event's date, evidence sentence and article.
            let tooltip = edge.events.map(provenance.line(for:))
            if !tooltip.isEmpty { attributes.append((.tooltip, tooltip.joined(separator: "\n"))) }
            lines.append("    " + DOTString.id(edge.from.rawValue) + " -> "
                         + DOTString.id(edge.to.rawValue) + " " + DOTAttribute.list(attributes)
                         + ";")
        }
        if includesLegend, !diagram.nodes.isEmpty {
            lines.append("    " + DOTLegend(diagram).statement)
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Turkey (country), 4 events, 2023-02-01 – 2023-06-02`.
    private static func tooltip(for node: ActorDiagram.Node) -> String {
        var text = node.name + " (" + (node.kind?.rawValue ?? "unknown") + ")"
        if node.eventCount > 0 {
            text += ", \(node.eventCount) event" + (node.eventCount == 1 ? "" : "s")
        }
        if let dates = node.dates {
            text += dates.start == dates.end ? ", \(dates.start)"
                : ", \(dates.start) – \(dates.end)"
        }
        return text
    }
}

/// Where each event was read, in words a tooltip or report can show.
struct Provenance {
    private let titles: [String: String]

    init(_ graph: EventGraph) {
        titles = Dictionary(graph.documents.map { ($0.id, $0.title ?? $0.id) },
                            uniquingKeysWith: { first, _ in first })
    }

    /// The article's title, or its id when it has none.
    func article(of event: Event) -> String { titles[event.document] ?? event.document }

    /// `2023-02: <evidence sentence> (<article>, sentence 6)`.
    func line(for event: Event) -> String {
        TimexDisplay.text(for: event.date) + ": " + TimelineFormatter.singleLine(event.evidence)
            + " (" + article(of: event) + ", sentence \(event.sentence + 1))"
    }
}
