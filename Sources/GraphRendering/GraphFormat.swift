/// Every format `eventgraph graph --format` offers; raw values are what a user types.
///
/// DOT, JSON, GraphML, GEXF and Mermaid are written in Swift (deterministic, no Graphviz);
/// SVG, PNG and PDF are laid out and rendered by Graphviz in-process.
public enum GraphFormat: String, Sendable, Hashable, CaseIterable {
    case dot, svg, png, pdf, json, graphml, gexf, mermaid

    /// The Graphviz device for rendered formats; nil for formats written in Swift.
    public var renderedFormat: OutputFormat? {
        switch self {
        case .svg: .svg
        case .png: .png
        case .pdf: .pdf
        default: nil
        }
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String { self == .mermaid ? "mmd" : rawValue }
}

/// Which diagram to draw from one extraction.
public enum DiagramView: String, Sendable, Hashable, CaseIterable {
    /// Actors as nodes, relations as edges (the relationship diagram).
    case actors
    /// Events as nodes left to right in time order, actors attached.
    case events
}
