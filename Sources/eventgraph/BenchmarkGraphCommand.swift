import ArgumentParser
import EventGraph
import Foundation
import GraphRendering

/// `eventgraph benchmark-graph`: time every diagram format on a large synthetic graph,
/// printed as JSON; build with `-c release` for real figures.
///
/// The only code that runs the `dot` command: it renders the very DOT text the library
/// lays out in-process, so the two timings compare Graphviz in-process with Graphviz in a
/// child process (start-up, plugin loading, pipes) on equal input.
struct BenchmarkGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark-graph",
        abstract: "Time each diagram format on a synthetic graph (JSON on stdout)."
    )

    @Option(help: "Events in the synthetic graph.")
    var events = 5_000

    @Option(help: "Actors in the synthetic graph.")
    var actors = 800

    @Option(help: "Most actors drawn in the rendered (reduced) diagram, as `graph` does.")
    var maxActors = 150

    @Option(help: "Timed runs per figure; the fastest is reported.")
    var `repeat` = 3

    @Option(help: "The dot command to compare with.")
    var dotCommand = "/usr/bin/dot"

    func run() throws {
        let graph = SyntheticGraph.make(events: events, actors: actors, seed: 2024)
        var figures: [String: Double] = [
            "events": Double(graph.events.count), "actors": Double(graph.actors.count),
            "relations": Double(graph.relations.count),
        ]
        let fullExporter = GraphExporter(engine: .sfdp)
        for format in [GraphFormat.dot, .json, .graphml, .gexf, .mermaid] {
            figures["seconds.\(format.rawValue)"] = try time {
                _ = try fullExporter.export(graph, as: format)
            }
        }
        // The whole graph, every actor, laid out by sfdp in-process and by `dot -Ksfdp`.
        let fullDOT = fullExporter.dotSource(for: graph)
        figures["seconds.svg.full.inProcess"] = try time {
            _ = try GraphvizRenderer().render(fullDOT, as: .svg, using: .sfdp)
        }
        if FileManager.default.isExecutableFile(atPath: dotCommand) {
            let seconds = try time { try runDot(fullDOT, engine: "sfdp") }
            figures["seconds.svg.full.dotCommand"] = seconds
            figures["ratio.full.inProcessOverDotCommand"] =
                (figures["seconds.svg.full.inProcess"] ?? 0) / seconds
        }
        // What `eventgraph graph` draws by default: the most connected actors.
        let reduced = GraphReducer(maximumActors: maxActors).reduce(graph).graph
        let engine = GraphExporter.suggestedEngine(for: reduced)
        let exporter = GraphExporter(engine: engine)
        let reducedDOT = exporter.dotSource(for: reduced)
        figures["reduced.relations"] = Double(reduced.relations.count)
        for format in [GraphFormat.svg, .png, .pdf] {
            figures["seconds.\(format.rawValue).reduced.inProcess"] = try time {
                _ = try exporter.export(reduced, as: format)
            }
        }
        if FileManager.default.isExecutableFile(atPath: dotCommand) {
            let seconds = try time { try runDot(reducedDOT, engine: engine.rawValue) }
            figures["seconds.svg.reduced.dotCommand"] = seconds
            figures["ratio.reduced.inProcessOverDotCommand"] =
                (figures["seconds.svg.reduced.inProcess"] ?? 0) / seconds
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        print(String(decoding: try encoder.encode(figures.mapValues(Self.rounded)),
                     as: UTF8.self))
    }

    /// `dot -K<engine> -Tsvg` on `source` given on stdin; output is read and dropped.
    private func runDot(_ source: String, engine: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotCommand)
        process.arguments = ["-K\(engine)", "-Tsvg"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(Data(source.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        _ = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("\(dotCommand) exited with \(process.terminationStatus)")
        }
    }

    /// Seconds of the fastest of `repeat` runs (the machine is shared: the best run is the
    /// one least disturbed by other work).
    private func time(_ body: () throws -> Void) throws -> Double {
        var best = Double.infinity
        for _ in 0..<Swift.max(1, `repeat`) {
            let clock = ContinuousClock()
            let start = clock.now
            try body()
            let elapsed = clock.now - start
            best = Swift.min(best, Double(elapsed.components.seconds)
                             + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
    }

    private static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
