import ArgumentParser
import EventGraph
import GraphRendering

extension TimelineFormat: ExpressibleByArgument {}

/// `eventgraph timeline`: events in chronological order.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print the events of the articles in chronological order.",
        discussion: """
            Dates keep the precision the text gives (2024-08, 2025-04, 2025-11-21); events \
            the text does not date come last. By default only the events a journalist would \
            list are shown (an actor did something of a known kind; see README); --all shows \
            every clause.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var slice: SliceOptions

    @Option(name: .long, help: "Output format.")
    var format: TimelineFormat = .text

    @Flag(name: .long, help: "Add each event's source sentence.")
    var evidence = false

    @Flag(name: .long, help: "List every extracted event, not only the salient ones.")
    var all = false

    @Option(name: [.short, .customLong("output")],
            help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws { try OutputTarget(path: output).validate() }

    func run() throws {
        // JSON and TimelineJS print each report, CSV each event's sentence; the others
        // only count sources.
        let details = evidence || [.json, .timelinejs, .csv].contains(format)
        let graph = try input.graph(slice: slice, all: all, reportDetails: details)
        let events = all ? graph.events : graph.events.filter(\.salient)
        let text = try TimelineFormatter(format: format, includesEvidence: evidence)
            .format(events: events, actors: graph.actors)
        try OutputTarget(path: output).write(text)
    }
}
