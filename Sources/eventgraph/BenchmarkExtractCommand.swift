import ArgumentParser
import EventExtraction
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TextAnalysis
import TimeExpressions

/// `eventgraph benchmark-extract PATH…`: speed of the whole pipeline, text to events, as JSON.
///
/// Reads every `.txt` and `.tml` file given or found under the folders given (a TimeML
/// file's text and document date), then times the standard `Extractor` — tokenizer to
/// event summaries, one thread — over all of them, best of `--repeat` runs after one warm-up
/// run that loads the models. Both wall-clock and CPU seconds are reported (on a shared
/// machine the CPU figure is the fairer one). Peak resident memory is the process's
/// `VmHWM`. Build with `-c release` for real figures.
struct BenchmarkExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark-extract",
        abstract: "Measure the whole extraction pipeline (characters per second) as JSON."
    )

    @Argument(help: "Text (.txt) or TimeML (.tml) files, or folders searched recursively.")
    var paths: [String]

    @Option(help: "Number of timed runs; the fastest is reported.")
    var `repeat` = 3

    @Option(parsing: .upToNextOption, help: "Pipeline stages to switch off (to time the rest).")
    var disable: [String] = []

    func run() throws {
        let documents = try Self.documents(paths)
        guard !documents.isEmpty else {
            throw ValidationError("no .txt or .tml files in \(paths.joined(separator: " "))")
        }
        let extractor = try Extractor.standard(disabling: Set(disable))
        let characters = documents.reduce(0) { $0 + $1.scalars.count }
        var events = 0
        for document in documents { events += try extractor.extract(document).events.count }
        var best = Duration.seconds(1_000_000)
        var bestCPU = Double.infinity
        for _ in 0..<Swift.max(1, `repeat`) {
            let clock = ContinuousClock()
            let start = clock.now
            let cpuStart = Self.cpuSeconds()
            for document in documents { _ = try extractor.extract(document) }
            best = Swift.min(best, clock.now - start)
            bestCPU = Swift.min(bestCPU, Self.cpuSeconds() - cpuStart)
        }
        let seconds = Double(best.components.seconds)
            + Double(best.components.attoseconds) / 1e18
        var figures: [String: Double] = [
            "documents": Double(documents.count), "characters": Double(characters),
            "events": Double(events), "seconds": (seconds * 1000).rounded() / 1000,
            "charactersPerSecond": (Double(characters) / seconds).rounded(),
            "cpuSeconds": (bestCPU * 1000).rounded() / 1000,
            "charactersPerCPUSecond": (Double(characters) / bestCPU).rounded(),
        ]
        if let peak = Self.peakResidentMegabytes() { figures["peakRSSMegabytes"] = peak }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        print(String(decoding: try encoder.encode(figures), as: UTF8.self))
    }

    /// The documents to time, in path order: `.tml` through the TimeML reader (its text and
    /// DCT), `.txt` through the article reader (its `.meta.json` or dateline).
    static func documents(_ paths: [String]) throws -> [Document] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw ValidationError("\(path): no such file or folder")
            }
            if isFolder.boolValue {
                files += (manager.subpaths(atPath: path) ?? []).sorted()
                    .filter { $0.hasSuffix(".tml") || $0.hasSuffix(".txt") }
                    .map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        let reader = try ArticleReader()
        guard let fallback = CalendarDate(year: 2000, month: 1, day: 1) else { return [] }
        return try files.map { file in
            if file.hasSuffix(".tml") {
                let timeml = try TimeMLDocument(
                    markup: try String(contentsOfFile: file, encoding: .utf8), file: file)
                return try timeml.document(fallbackDate: fallback)
            }
            return try reader.read(path: file, explicitDate: nil, fallbackDate: fallback)
        }
    }

    /// User + system CPU time of this process so far: on a shared machine the wall clock
    /// also counts the time other processes held the cores.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// Peak resident set size of this process in MB (Linux `/proc/self/status` VmHWM).
    static func peakResidentMegabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return (kilobytes / 1024).rounded()
    }
}
