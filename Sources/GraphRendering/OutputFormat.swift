/// What `GraphvizRenderer` produces. Raw values are Graphviz device names.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// SVG text (UTF-8), starting with `<?xml`; carries a Graphviz version comment.
    case svg
    /// PNG image (cairo).
    case png
    /// PDF document (cairo).
    case pdf
    /// DOT with layout positions added, for other tools.
    case dot

    /// The usual file extension, without the dot.
    public var fileExtension: String { rawValue }
}
