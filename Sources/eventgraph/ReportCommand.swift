import ArgumentParser
import EventGraph
import Foundation
import GraphRendering

/// `eventgraph report`: one self-contained, offline HTML page of the story.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report: diagram, timeline, evidence, filters.",
        discussion: """
            The page needs no network: the SVG diagram, style and script are inline. Click \
            an event to see the sentence and article it was read from; filter by actor \
            (or click an actor in the diagram) and by event type.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var slice: SliceOptions

    @Option(help: "Page title (default: the first article's title or name).")
    var title: String?

    @Option(name: .long, help: "Most actors drawn in the diagram.")
    var maxActors = 150

    @Flag(name: .long, help: "Include every extracted event, not only the salient ones.")
    var all = false

    @Option(name: .long, help: "Seconds the layout may take before the command stops.")
    var timeout = 60.0

    @Option(name: [.short, .customLong("output")],
            help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        try OutputTarget(path: output).validate()
        guard maxActors > 0 else { throw ValidationError("--max-actors must be at least 1") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
    }

    func run() throws {
        var graph = try input.graph(slice: slice, all: all)
        if !all { graph.events = graph.events.filter(\.salient) }
        let (reduced, summary) = GraphReducer(maximumActors: maxActors).reduce(graph)
        if let summary { Console.error("note: " + summary.description) }
        let exporter = GraphExporter(engine: GraphExporter.suggestedEngine(for: reduced),
                                     note: summary?.diagramNote)
        let data = try TimeGuard.run(seconds: timeout, "the layout") {
            try exporter.export(reduced, as: .svg)
        }
        let svg = String(decoding: data, as: UTF8.self)
        let heading = title ?? graph.documents.first.map { $0.title ?? $0.id } ?? "EventGraph"
        let page = HTMLReportWriter(title: heading).write(graph, diagramSVG: svg)
        try OutputTarget(path: output).write(page)
    }
}
