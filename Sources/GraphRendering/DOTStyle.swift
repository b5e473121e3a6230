import EventGraph

/// How the diagram looks: one place for shapes, colours and line styles, so that every
/// diagram and its generated legend agree (shape says what an actor is, edge colour says
/// cooperation or conflict, thickness says deeds or words, dashes say "only claimed").
enum DOTStyle {
    static let fontName = "Helvetica"

    /// Node attributes for an actor kind; `nil` is an id a relation names but no actor has.
    static func node(for kind: ActorKind?) -> [(DOTAttribute, String)] {
        [(.shape, shape(for: kind))] + (kind == nil ? [(.style, "dashed")]
            : [(.style, kind == .country ? "filled,rounded" : "filled"),
               (.fillcolor, fill(for: kind))])
    }

    static func shape(for kind: ActorKind?) -> String {
        switch kind {
        case .country: "box"
        case .person: "ellipse"
        case .organization: "component"
        case .group: "octagon"
        case .location: "house"
        case nil: "ellipse"
        }
    }

    static func fill(for kind: ActorKind?) -> String {
        switch kind {
        case .country: "#cfe2f3"
        case .person: "#fff2cc"
        case .organization: "#d9ead3"
        case .group: "#fce5cd"
        case .location: "#eeeeee"
        case nil: "#ffffff"
        }
    }

    /// The colour of a quad class; mixed classes are grey.
    static func color(for quadClass: QuadClass?) -> String {
        switch quadClass {
        case .verbalCooperation: "#6aa84f"
        case .materialCooperation: "#274e13"
        case .verbalConflict: "#e69138"
        case .materialConflict: "#cc0000"
        case .neutral, nil: "#666666"
        }
    }

    /// Edge attributes for a collapsed relation: colour by quad class (grey when mixed),
    /// thick with a filled arrow for material acts, thin with an open arrow for words,
    /// dashed when no event is asserted by the article itself.
    static func edge(_ edge: ActorDiagram.Edge) -> [(DOTAttribute, String)] {
        if edge.isAffiliation { return affiliationEdge }
        let classes = edge.quadClasses
        let color = color(for: classes.count == 1 ? classes.first : nil)
        var attributes: [(DOTAttribute, String)] = [(.color, color), (.fontcolor, color)]
        attributes += edge.isMaterial ? [(.penwidth, "2.5"), (.arrowhead, "normal")]
            : [(.penwidth, "1"), (.arrowhead, "vee")]
        if edge.isClaimOnly { attributes.append((.style, "dashed")) }
        return attributes
    }

    /// An affiliation ("spokesman of"): thin, light and dotted, so it reads as background.
    static let affiliationEdge: [(DOTAttribute, String)] = [
        (.style, "dotted"), (.color, "#b7b7b7"), (.fontcolor, "#999999"), (.arrowhead, "empty"),
    ]
}
