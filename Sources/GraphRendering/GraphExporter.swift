import EventGraph
import Foundation

/// One entry point for every diagram format, so the CLI, the benchmark and the HTML report
/// produce the same bytes from the same graph.
///
/// DOT, JSON, GraphML, GEXF and Mermaid are written in Swift; SVG, PNG and PDF go through
/// `GraphvizRenderer`. The event view exists only as DOT and its renderings: the other
/// formats describe the actor diagram, which is what Gephi, yEd and Markdown readers expect.
public struct GraphExporter: Sendable {
    /// Which diagram to draw.
    public var view: DiagramView
    /// The Graphviz engine for rendered formats.
    public var engine: LayoutEngine
    /// Whether the actor diagram gets a legend node.
    public var includesLegend: Bool
    /// A line drawn under DOT-based diagrams, e.g. `GraphReducer.Summary.diagramNote`.
    public var note: String?

    public init(view: DiagramView = .actors, engine: LayoutEngine = .dot,
                includesLegend: Bool = true, note: String? = nil) {
        self.view = view
        self.engine = engine
        self.includesLegend = includesLegend
        self.note = note
    }

    /// Above this many drawn actors the layered `dot` layout gets slow and unreadable;
    /// `suggestedEngine` then picks `sfdp`.
    public static let forceDirectedThreshold = 80

    /// `sfdp` for an actor diagram with more than `forceDirectedThreshold` actors, else `dot`.
    public static func suggestedEngine(for graph: EventGraph,
                                       view: DiagramView = .actors) -> LayoutEngine {
        guard view == .actors else { return .dot }
        return ActorDiagram(graph).nodes.count > forceDirectedThreshold ? .sfdp : .dot
    }

    /// Whether `format` can show `view` (the event view is DOT and its renderings only).
    public static func supports(_ format: GraphFormat, view: DiagramView) -> Bool {
        view == .actors || format == .dot || format.renderedFormat != nil
    }

    /// The DOT text of the chosen view.
    public func dotSource(for graph: EventGraph) -> String {
        switch view {
        case .actors:
            let forceDirected = [.sfdp, .fdp, .neato].contains(engine)
            return DOTWriter(includesLegend: includesLegend, isForceDirected: forceDirected,
                             note: note).write(graph)
        case .events:
            return EventDiagramWriter(note: note).write(graph)
        }
    }

    /// The bytes of `graph` in `format` (text formats are UTF-8).
    ///
    /// - Throws: `RenderError` from Graphviz, or `encodingFailed` for JSON.
    public func export(_ graph: EventGraph, as format: GraphFormat) throws(RenderError) -> Data {
        if let rendered = format.renderedFormat {
            return try GraphvizRenderer().render(dotSource(for: graph), as: rendered,
                                                 using: engine)
        }
        let text: String = switch format {
        case .json: try GraphJSONWriter().write(graph)
        case .graphml: GraphMLWriter().write(graph)
        case .gexf: GEXFWriter().write(graph)
        case .mermaid: MermaidFlowchartWriter().write(graph)
        default: dotSource(for: graph)
        }
        return Data(text.utf8)
    }
}
