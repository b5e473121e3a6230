import EventGraph

/// The actor diagram as a Mermaid flowchart, to paste into Markdown (GitHub, GitLab, docs).
///
/// Node ids are generated (`a1`, `a2` … in the diagram's sorted order) because actor ids may
/// hold characters Mermaid reads as syntax; names and labels are quoted with entity codes
/// (`MermaidText`). Shapes and edge styles follow the DOT diagram as far as Mermaid can:
/// thick arrows for material acts, dotted for claims and affiliations.
public struct MermaidFlowchartWriter: Sendable {
    public init() {}

    /// The Mermaid source, starting `flowchart LR`, ending with a line end.
    public func write(_ graph: EventGraph) -> String {
        let diagram = ActorDiagram(graph)
        var ids: [ActorID: String] = [:]
        var lines = ["flowchart LR"]
        for (index, node) in diagram.nodes.enumerated() {
            let id = "a\(index + 1)"
            ids[node.id] = id
            let label = "\"" + MermaidText.label(node.name) + "\""
            let shape = switch node.kind {
            case .country: "(" + label + ")"
            case .person, nil: "([" + label + "])"
            case .organization: "[" + label + "]"
            case .group: "{{" + label + "}}"
            case .location: "[/" + label + "/]"
            }
            lines.append("    " + id + shape)
        }
        var styles: [String] = []
        var drawn = 0
        for edge in diagram.edges {
            guard let from = ids[edge.from], let to = ids[edge.to] else { continue }
            defer { drawn += 1 }
            let arrow = edge.isAffiliation || edge.isClaimOnly ? "-.->"
                : edge.isMaterial ? "==>" : "-->"
            lines.append("    " + from + " " + arrow + "|\"" + MermaidText.label(edge.label)
                         + "\"| " + to)
            if !edge.isAffiliation {
                let classes = edge.quadClasses
                let color = DOTStyle.color(for: classes.count == 1 ? classes.first : nil)
                styles.append("    linkStyle \(drawn) stroke:\(color)")
            }
        }
        for kind in ActorKind.allCases {
            let members = diagram.nodes.filter { $0.kind == kind }.compactMap { ids[$0.id] }
            guard !members.isEmpty else { continue }
            lines.append("    classDef \(kind.rawValue) fill:\(DOTStyle.fill(for: kind))")
            lines.append("    class " + members.joined(separator: ",") + " \(kind.rawValue)")
        }
        return (lines + styles).joined(separator: "\n") + "\n"
    }
}
