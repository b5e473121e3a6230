import EventGraph

/// The legend of an actor diagram: one HTML-table node listing only what the diagram uses
/// (actor kinds, quad-class colours, words vs deeds, claims, affiliations), so it never
/// explains a symbol the reader cannot find.
struct DOTLegend {
    private var rows: [String] = []

    init(_ diagram: ActorDiagram) {
        let kinds = Set(diagram.nodes.compactMap(\.kind))
        for kind in ActorKind.allCases where kinds.contains(kind) {
            rows.append(Self.row(swatch: "<TD BGCOLOR=\"\(DOTStyle.fill(for: kind))\" "
                                 + "BORDER=\"1\" WIDTH=\"24\"></TD>", text: kind.rawValue))
        }
        let edges = diagram.edges.filter { !$0.isAffiliation }
        let classes = Set(edges.flatMap(\.quadClasses))
        for quadClass in QuadClass.allCases where classes.contains(quadClass) {
            rows.append(Self.line(color: DOTStyle.color(for: quadClass),
                                  text: quadClass.rawValue))
        }
        if edges.contains(where: { $0.quadClasses.count > 1 }) {
            rows.append(Self.line(color: DOTStyle.color(for: nil), text: "mixed classes"))
        }
        if edges.contains(where: \.isMaterial) {
            rows.append(Self.line(color: "#000000", text: "thick: material act",
                                  symbol: "━━▶"))
        }
        if edges.contains(where: { !$0.isMaterial }) {
            rows.append(Self.line(color: "#000000", text: "thin: words", symbol: "──&gt;"))
        }
        if edges.contains(where: \.isClaimOnly) {
            rows.append(Self.line(color: "#000000", text: "dashed: reported or unconfirmed",
                                  symbol: "╌╌&gt;"))
        }
        if diagram.edges.contains(where: \.isAffiliation) {
            rows.append(Self.line(color: "#b7b7b7", text: "affiliation", symbol: "┈┈▷"))
        }
    }

    /// `"legend" [shape="plaintext", label=<<TABLE …>>];`
    var statement: String {
        let table = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
            + "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>" + rows.joined() + "</TABLE>"
        return "\"legend\" " + DOTAttribute.list([
            (.shape, "plaintext"), (.id, "legend"), (.tooltip, "Legend"),
        ]).dropLast() + ", label=<" + table + ">];"
    }

    private static func row(swatch: String, text: String) -> String {
        "<TR>" + swatch + "<TD ALIGN=\"LEFT\">" + XMLText.escape(text) + "</TD></TR>"
    }

    private static func line(color: String, text: String, symbol: String = "━━") -> String {
        row(swatch: "<TD><FONT COLOR=\"\(color)\">\(symbol)</FONT></TD>", text: text)
    }
}
