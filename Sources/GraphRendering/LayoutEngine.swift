/// A Graphviz layout engine, chosen in Swift (never by a `layout=` attribute in the DOT).
///
/// Raw values are Graphviz's plugin names, so a CLI can parse them directly.
public enum LayoutEngine: String, Sendable, Hashable, CaseIterable {
    /// Layered, for directed graphs: the default for actor diagrams.
    case dot
    /// Spring model (stress majorization); good for small undirected-looking graphs.
    case neato
    /// Force-directed (Fruchterman–Reingold).
    case fdp
    /// Multiscale force-directed, for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a root.
    case twopi
    /// Nested clusters as squares.
    case osage
    /// Squarified treemap.
    case patchwork
}
