import Foundation
import ArgumentParser
import EventGraph
import GraphRendering

extension OutputFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}

/// `eventgraph graph`: the actor-relationship diagram.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw the actor-relationship diagram (DOT, or SVG/PNG/PDF via Graphviz).",
        discussion: """
            Actors are nodes shaped by kind (country, person, organisation); relations are \
            edges labelled with what one actor did to another and when. DOT is written by \
            EventGraph itself; SVG, PNG and PDF are laid out and rendered in-process by the \
            Graphviz library.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Output format (svg, png and pdf are rendered by Graphviz).")
    var format: OutputFormat = .svg

    @Option(name: .long, help: "Graphviz layout engine.")
    var layout: LayoutEngine = .dot

    @Flag(name: .long, help: "Draw relations of every extracted event, not only the salient ones.")
    var all = false

    @Option(name: [.short, .customLong("output")],
            help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws { try OutputTarget(path: output).validate() }

    func run() throws {
        let renderer = GraphvizRenderer()
        if format != .dot { try renderer.checkAvailability(of: layout, format) }
        var graph = EventGraph(extractions: try input.extract())
        if !all { graph.events = graph.events.filter(\.salient) }
        let dotSource = DOTWriter().write(graph)
        let data = format == .dot ? Data(dotSource.utf8)
            : try renderer.render(dotSource, as: format, using: layout)
        try OutputTarget(path: output).write(data)
    }
}
