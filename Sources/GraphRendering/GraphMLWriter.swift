import EventGraph

/// The actor diagram as GraphML (http://graphml.graphdrawing.org/xmlns), for yEd, Gephi,
/// NetworkX, igraph. Attributes are declared with `<key>` elements before the graph, as the
/// schema requires; every value is XML-escaped; order is the diagram's (sorted).
public struct GraphMLWriter: Sendable {
    public init() {}

    private static let keys: [(id: String, domain: String, name: String, type: String)] = [
        ("label", "node", "label", "string"), ("kind", "node", "kind", "string"),
        ("events", "node", "events", "int"), ("start", "node", "start", "string"),
        ("end", "node", "end", "string"),
        ("elabel", "edge", "label", "string"), ("relation", "edge", "relation", "string"),
        ("count", "edge", "count", "int"), ("quadclass", "edge", "quadClass", "string"),
        ("affiliation", "edge", "affiliation", "boolean"),
        ("claim", "edge", "claimOnly", "boolean"), ("estart", "edge", "start", "string"),
        ("eend", "edge", "end", "string"), ("evidence", "edge", "evidence", "string"),
    ]

    /// The GraphML document, UTF-8, ending with a line end.
    public func write(_ graph: EventGraph) -> String {
        let diagram = ActorDiagram(graph)
        let provenance = Provenance(graph)
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns""#
                + #" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
                + #" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns"#
                + #" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
        ]
        for key in Self.keys {
            lines.append("  <key id=\"\(key.id)\" for=\"\(key.domain)\" "
                         + "attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>")
        }
        lines.append(#"  <graph id="eventgraph" edgedefault="directed">"#)
        for node in diagram.nodes {
            lines.append("    <node id=\"\(XMLText.escape(node.id.rawValue))\">")
            lines.append(Self.data("label", node.name))
            if let kind = node.kind { lines.append(Self.data("kind", kind.rawValue)) }
            lines.append(Self.data("events", String(node.eventCount)))
            if let dates = node.dates {
                lines.append(Self.data("start", dates.start))
                lines.append(Self.data("end", dates.end))
            }
            lines.append("    </node>")
        }
        for (index, edge) in diagram.edges.enumerated() {
            lines.append("    <edge id=\"e\(index + 1)\" source=\""
                         + XMLText.escape(edge.from.rawValue) + "\" target=\""
                         + XMLText.escape(edge.to.rawValue) + "\">")
            lines.append(Self.data("elabel", edge.label))
            lines.append(Self.data("relation", edge.kinds.joined(separator: "; ")))
            lines.append(Self.data("count", String(edge.events.count)))
            let classes = edge.quadClasses.map(\.rawValue).sorted()
            if !classes.isEmpty {
                lines.append(Self.data("quadclass", classes.joined(separator: " ")))
            }
            lines.append(Self.data("affiliation", String(edge.isAffiliation)))
            lines.append(Self.data("claim", String(edge.isClaimOnly)))
            if let dates = edge.dates {
                lines.append(Self.data("estart", dates.start))
                lines.append(Self.data("eend", dates.end))
            }
            if !edge.events.isEmpty {
                lines.append(Self.data(
                    "evidence", edge.events.map(provenance.line(for:)).joined(separator: "\n")))
            }
            lines.append("    </edge>")
        }
        lines += ["  </graph>", "</graphml>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(key)\">" + XMLText.escape(value) + "</data>"
    }
}
