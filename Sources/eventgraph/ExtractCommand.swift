import ArgumentParser
import EventExtraction
import EventGraph
import Foundation

/// The formats of `eventgraph extract`.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case json
}

/// `eventgraph extract`: the whole extraction as JSON.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the whole extraction (documents, dates, actors, events, relations).",
        discussion: """
            The JSON follows schema version \(EventGraph.currentSchemaVersion) (README, \
            "Extraction JSON"): every actor mention and event keeps its document, sentence \
            and character range (Unicode scalar offsets). Keys are sorted, so the same input \
            gives the same bytes. Pipeline stages: \(Extractor.stageNames.joined(separator: ", ")).
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Output format.")
    var format: ExtractFormat = .json

    @Option(name: [.short, .customLong("output")],
            help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws { try OutputTarget(path: output).validate() }

    func run() throws {
        let graph = try input.wholeGraph()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(graph)
        data.append(0x0A)
        try OutputTarget(path: output).write(data)
    }
}
