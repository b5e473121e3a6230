import EventGraph

/// The actor diagram as dynamic GEXF 1.3 (https://gexf.net), Gephi's own format.
///
/// The graph is `mode="dynamic"` with `timeformat="date"`: a node starts on the first day
/// of its first dated event and stays; an edge has one spell per dated event (the days that
/// event's date covers, at the text's precision), so Gephi's timeline animates relations as
/// they happen. Undated nodes and edges are always present. Node colours follow the diagram's
/// kinds (`viz:color`). Everything is XML-escaped; order is the diagram's (sorted).
public struct GEXFWriter: Sendable {
    public init() {}

    /// The GEXF document, UTF-8, ending with a line end. No modification date is written, so
    /// the same input gives byte-identical output.
    public func write(_ graph: EventGraph) -> String {
        let diagram = ActorDiagram(graph)
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz""#
                + #" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
                + #" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd""#
                + #" version="1.3">"#,
            "  <meta>",
            "    <creator>EventGraph</creator>",
            "    <description>Actor-relationship diagram</description>",
            "  </meta>",
            #"  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">"#,
            #"    <attributes class="node" mode="static">"#,
            #"      <attribute id="kind" title="kind" type="string"/>"#,
            #"      <attribute id="events" title="events" type="integer"/>"#,
            "    </attributes>",
            #"    <attributes class="edge" mode="static">"#,
            #"      <attribute id="relation" title="relation" type="string"/>"#,
            #"      <attribute id="quadclass" title="quadClass" type="string"/>"#,
            #"      <attribute id="affiliation" title="affiliation" type="boolean"/>"#,
            #"      <attribute id="claim" title="claimOnly" type="boolean"/>"#,
            "    </attributes>",
            "    <nodes>",
        ]
        for node in diagram.nodes {
            var open = "      <node id=\"" + XMLText.escape(node.id.rawValue) + "\" label=\""
                + XMLText.escape(node.name) + "\""
            if let dates = node.dates { open += " start=\"\(dates.start)\"" }
            lines.append(open + ">")
            lines.append("        <attvalues>")
            lines.append(Self.value("kind", node.kind?.rawValue ?? "unknown"))
            lines.append(Self.value("events", String(node.eventCount)))
            lines.append("        </attvalues>")
            lines.append("        " + Self.color(DOTStyle.fill(for: node.kind)))
            lines.append("      </node>")
        }
        lines += ["    </nodes>", "    <edges>"]
        for (index, edge) in diagram.edges.enumerated() {
            lines.append("      <edge id=\"e\(index + 1)\" source=\""
                         + XMLText.escape(edge.from.rawValue) + "\" target=\""
                         + XMLText.escape(edge.to.rawValue) + "\" label=\""
                         + XMLText.escape(edge.label) + "\" weight=\""
                         + String(max(1, edge.events.count)) + "\">")
            lines.append("        <attvalues>")
            lines.append(Self.value("relation", edge.kinds.joined(separator: "; ")))
            let classes = edge.quadClasses.map(\.rawValue).sorted()
            lines.append(Self.value("quadclass", classes.joined(separator: " ")))
            lines.append(Self.value("affiliation", String(edge.isAffiliation)))
            lines.append(Self.value("claim", String(edge.isClaimOnly)))
            lines.append("        </attvalues>")
            var spells: [TimexRange] = []
            for event in edge.events {
                if let range = TimexRange(event.date), !spells.contains(range) {
                    spells.append(range)
                }
            }
            if !spells.isEmpty {
                lines.append("        <spells>")
                for spell in spells.sorted() {
                    lines.append("          <spell start=\"\(spell.start)\" "
                                 + "end=\"\(spell.end)\"/>")
                }
                lines.append("        </spells>")
            }
            lines.append("      </edge>")
        }
        lines += ["    </edges>", "  </graph>", "</gexf>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func value(_ key: String, _ value: String) -> String {
        "          <attvalue for=\"\(key)\" value=\"" + XMLText.escape(value) + "\"/>"
    }

    /// `<viz:color r="207" g="226" b="243"/>` from a `#rrggbb` colour.
    private static func color(_ hex: String) -> String {
        let digits = Array(hex.dropFirst())
        func channel(_ offset: Int) -> Int {
            guard digits.count >= offset + 2 else { return 255 }
            return Int(String(digits[offset..<offset + 2]), radix: 16) ?? 255
        }
        return "<viz:color r=\"\(channel(0))\" g=\"\(channel(2))\" b=\"\(channel(4))\"/>"
    }
}
