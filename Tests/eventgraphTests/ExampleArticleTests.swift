import EventGraph
import Foundation
import Testing

/// The built CLI on every article of `Examples/`: golden outputs, and the timeline scored
/// against the article's gold annotation (`Examples/NAME.gold.json`) where there is one.
struct ExampleArticleTests {
    static let examples: [String] = {
        let folder = CLIRunner.packageRoot.appendingPathComponent("Examples")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }()

    static var updatesGolden: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    @Test func examplesExist() {
        #expect(!Self.examples.isEmpty)
    }

    /// `Graphs/NAME.dot` and `Graphs/NAME.timeline.txt` are what the CLI prints today
    /// (`UPDATE_GOLDEN=1` rewrites them; review the diff).
    @Test(arguments: examples, [
        (["graph", "--format", "dot"], "dot"),
        (["timeline"], "timeline.txt"),
    ])
    func matchesGoldenOutput(name: String, command: (arguments: [String], suffix: String))
        throws {
        let article = "Examples/\(name).txt"
        let result = try CLIRunner.run([command.arguments[0], article]
                                       + command.arguments.dropFirst())
        #expect(result.status == 0, "\(result.standardError)")
        let golden = CLIRunner.packageRoot.appendingPathComponent(
            "Graphs/\(name).\(command.suffix)")
        if Self.updatesGolden {
            try result.standardOutput.write(to: golden)
            return
        }
        let expected = try Data(contentsOf: golden)
        #expect(result.text == String(decoding: expected, as: UTF8.self),
                "regenerate with UPDATE_GOLDEN=1 swift test and review the diff")
    }

    @Test(arguments: examples)
    func timelineAgreesWithGoldAnnotation(name: String) throws {
        let goldURL = CLIRunner.packageRoot.appendingPathComponent("Examples/\(name).gold.json")
        guard FileManager.default.fileExists(atPath: goldURL.path) else { return }
        let result = try CLIRunner.run(["extract", "Examples/\(name).txt"])
        #expect(result.status == 0, "\(result.standardError)")
        let graph = try JSONDecoder().decode(EventGraph.self, from: result.standardOutput)
        var evaluation = EventEvaluation()
        evaluation.add(predicted: graph, gold: try GoldAnnotation.load(goldURL))
        #expect(evaluation.eventRecall >= 0.6, "\(evaluation)")
        #expect(evaluation.dateAccuracy >= 0.85, "\(evaluation)")
        #expect(evaluation.timelineAgreement >= 0.9, "\(evaluation)")
        #expect(evaluation.actorF1 >= 0.6, "\(evaluation)")
    }

    /// A capital or seat of power is its country when it acts ("Moscow said"), never an
    /// actor of its own in the diagram.
    @Test(arguments: examples)
    func capitalsNeverBecomeActorsOfTheirOwn(name: String) throws {
        let lexicon = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(
            "Sources/EventExtraction/Resources/en/lexicons/countries.tsv"), encoding: .utf8)
        var metonyms = Set<String>()
        for line in lexicon.split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 8 else { continue }
            for column in [columns[6], columns[7]] {
                for key in column.split(separator: "|") {
                    metonyms.insert(key.replacingOccurrences(of: "the ", with: ""))
                }
            }
        }
        let result = try CLIRunner.run(["graph", "Examples/\(name).txt", "--format", "dot"])
        let nodes = result.text.split(separator: "\n").filter { $0.contains("label=") }
        let graph = try JSONDecoder().decode(
            EventGraph.self, from: try CLIRunner.run(["extract", "Examples/\(name).txt"])
                .standardOutput)
        for actor in graph.actors where actor.kind != .location {
            #expect(!metonyms.contains(actor.name.lowercased()), "\(actor.name) is an actor")
        }
        #expect(!nodes.isEmpty)
    }
}
