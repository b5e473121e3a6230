import EventGraph

/// How the diagram looks: one place for shapes and colours, so that every diagram uses the
/// same legend (shape says what an actor is, edge colour says cooperation or conflict).
enum DOTStyle {
    static let fontName = "Helvetica"

    /// Node attributes for an actor kind; `nil` is an id a relation names but no actor has.
    static func node(for kind: ActorKind?) -> [(DOTAttribute, String)] {
        switch kind {
        case .country: [(.shape, "box"), (.style, "filled,rounded"), (.fillcolor, "#cfe2f3")]
        case .person: [(.shape, "ellipse"), (.style, "filled"), (.fillcolor, "#fff2cc")]
        case .organization: [(.shape, "component"), (.style, "filled"), (.fillcolor, "#d9ead3")]
        case .group: [(.shape, "octagon"), (.style, "filled"), (.fillcolor, "#fce5cd")]
        case .location: [(.shape, "house"), (.style, "filled"), (.fillcolor, "#eeeeee")]
        case nil: [(.shape, "ellipse"), (.style, "dashed")]
        }
    }

    /// Edge attributes for a relation backed by events of these quad classes: a colour per
    /// class when they agree, grey when they are mixed; material actions drawn thicker.
    static func edge(for classes: Set<QuadClass>) -> [(DOTAttribute, String)] {
        guard classes.count == 1, let quadClass = classes.first else {
            return [(.color, "#666666"), (.fontcolor, "#444444")]
        }
        let color = switch quadClass {
        case .verbalCooperation: "#6aa84f"
        case .materialCooperation: "#274e13"
        case .verbalConflict: "#e69138"
        case .materialConflict: "#cc0000"
        case .neutral: "#666666"
        }
        let width = quadClass.isMaterial ? "2" : "1"
        return [(.color, color), (.fontcolor, color), (.penwidth, width)]
    }

    /// An affiliation ("spokesman of"): light and dashed, so it reads as background.
    static let affiliationEdge: [(DOTAttribute, String)] = [
        (.style, "dashed"), (.color, "#999999"), (.fontcolor, "#777777"), (.arrowhead, "empty"),
    ]
}
