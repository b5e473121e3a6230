import ArgumentParser
import Foundation
import TextAnalysis
import TimeExpressions

/// `eventgraph benchmark-timex FOLDER…`: speed of tagging and normalising, printed as JSON.
///
/// Reads every `.tml` under the folders once, then times only tagger + normaliser over all
/// texts (best of `--repeat` runs, one thread). Build with `-c release` for real figures.
struct BenchmarkTimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark-timex",
        abstract: "Measure temporal tagging speed (characters per second) as JSON."
    )

    @Argument(help: "Folders searched recursively for .tml files.")
    var folders: [String]

    @Option(help: "Number of timed runs; the fastest is reported.")
    var `repeat` = 5

    func run() throws {
        var documents: [Document] = []
        for folder in folders {
            let names = (FileManager.default.subpaths(atPath: folder) ?? [])
                .filter { $0.hasSuffix(".tml") }.sorted()
            for name in names {
                let path = (folder as NSString).appendingPathComponent(name)
                let timeml = try TimeMLDocument(
                    markup: try String(contentsOfFile: path, encoding: .utf8), file: path)
                documents.append(try timeml.document(
                    fallbackDate: CalendarDate(year: 2000, month: 1, day: 1)))
            }
        }
        let tagger = try TemporalTagger.load()
        let normalizer = TemporalNormalizer()
        let characters = documents.reduce(0) { $0 + $1.scalars.count }
        var best = Duration.seconds(1_000_000)
        var mentions = 0
        for _ in 0..<Swift.max(1, `repeat`) {
            let clock = ContinuousClock()
            let start = clock.now
            mentions = 0
            for var document in documents {
                try tagger.process(&document)
                try normalizer.process(&document)
                mentions += document.timexes.count
            }
            best = Swift.min(best, clock.now - start)
        }
        let seconds = Double(best.components.seconds)
            + Double(best.components.attoseconds) / 1e18
        let figures: [String: Double] = [
            "documents": Double(documents.count), "characters": Double(characters),
            "mentions": Double(mentions), "seconds": seconds,
            "charactersPerSecond": (Double(characters) / seconds).rounded(),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        print(String(decoding: try encoder.encode(figures), as: UTF8.self))
    }
}
