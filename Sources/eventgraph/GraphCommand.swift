import Foundation
import ArgumentParser
import EventGraph
import GraphRendering

extension GraphFormat: ExpressibleByArgument {}
extension DiagramView: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}

/// `eventgraph graph`: the actor-relationship diagram, or the event diagram.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw the actor-relationship or event diagram (DOT, SVG, PNG, PDF, JSON, "
            + "GraphML, GEXF, Mermaid).",
        discussion: """
            Actors are nodes shaped by kind (country, person, organisation); relations are \
            edges labelled with what one actor did to another, when, and how often. \
            --view events draws events left to right in time order instead. DOT, JSON, \
            GraphML, GEXF (dynamic, for Gephi) and Mermaid are written by EventGraph itself; \
            SVG, PNG and PDF are laid out and rendered in-process by the Graphviz library. \
            Graphs with more than --max-actors actors keep the most connected ones (stderr \
            and a line under the diagram say what was left out); actor diagrams of more \
            than 80 actors are laid out with sfdp unless --layout is given.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var slice: SliceOptions

    @Option(name: .long, help: "Output format.")
    var format: GraphFormat = .svg

    @Option(name: .long, help: "Which diagram: actors (relationships) or events (time).")
    var view: DiagramView = .actors

    @Option(name: .long, help: "Graphviz layout engine (default: dot, sfdp for large graphs).")
    var layout: LayoutEngine?

    @Option(name: .long, help: "Most actors drawn; the least connected are left out.")
    var maxActors = 150

    @Flag(name: .long, help: "Draw relations of every extracted event, not only the salient ones.")
    var all = false

    @Option(name: .long, help: "Seconds the layout may take before the command stops.")
    var timeout = 60.0

    @Option(name: [.short, .customLong("output")],
            help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        try OutputTarget(path: output).validate()
        guard GraphExporter.supports(format, view: view) else {
            throw ValidationError("--view \(view.rawValue) can be written as dot, svg, png "
                                  + "or pdf, not \(format.rawValue)")
        }
        guard maxActors > 0 else { throw ValidationError("--max-actors must be at least 1") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
    }

    func run() throws {
        let renderer = GraphvizRenderer()
        if let rendered = format.renderedFormat {
            try renderer.checkAvailability(of: layout ?? .dot, rendered)
        }
        var graph = try input.graph(slice: slice, all: all)
        if !all { graph.events = graph.events.filter(\.salient) }
        let (reduced, summary) = GraphReducer(maximumActors: maxActors).reduce(graph)
        if let summary { Console.error("note: " + summary.description) }
        let engine = layout ?? GraphExporter.suggestedEngine(for: reduced, view: view)
        let exporter = GraphExporter(view: view, engine: engine,
                                     note: summary?.diagramNote)
        let data = try TimeGuard.run(seconds: timeout, "the layout") {
            try exporter.export(reduced, as: format)
        }
        try OutputTarget(path: output).write(data)
    }
}
