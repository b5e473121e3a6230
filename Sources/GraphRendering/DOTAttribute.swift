/// The only attribute names `DOTWriter` can write: a whitelist enforced by the type.
///
/// `concentrate` is missing on purpose (it crashes Graphviz 2.43 on some graphs) and so is
/// `layout` (the engine is chosen in Swift, and a `layout=` in the source would override it).
enum DOTAttribute: String, CaseIterable, Sendable {
    case arrowhead, charset, color, fillcolor, fontcolor, fontname, fontsize, label
    case penwidth, rankdir, shape, style, tooltip
    case id, rank, weight, overlap, splines, outputorder, nodesep, ranksep, margin
    case cssClass = "class"

    /// Whether the value is an escString that Graphviz reads a second time for `\n`, `\N` ….
    var isEscString: Bool { self == .label || self == .tooltip || self == .id }

    /// `[name="value", …]`, values always quoted, in the order given.
    static func list(_ attributes: [(DOTAttribute, String)]) -> String {
        "[" + items(attributes).joined(separator: ", ") + "]"
    }

    /// `name="value"` items, for attribute lists and `graph [...]` statements.
    static func items(_ attributes: [(DOTAttribute, String)]) -> [String] {
        attributes.map { name, value in
            name.rawValue + "=" + (name.isEscString ? DOTString.label(value) : DOTString.id(value))
        }
    }
}
