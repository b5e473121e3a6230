import ArgumentParser
import Foundation
import TimeExpressions

/// `eventgraph eval timex GOLD SYSTEM`: TempEval-3 Task A scores of TIMEX3 annotations.
struct EvalTimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Score TIMEX3 extents, types and values against gold TimeML (TempEval-3).",
        discussion: """
            Pairs the .tml files under GOLD_DIR and SYSTEM_DIR by relative path and prints \
            strict/relaxed P, R, F1 and type/value F1, like shared/tools/timex_score.py. \
            Exit status 1 when a system file is missing or its text differs from gold.
            """
    )

    @Argument(help: "Folder of gold TimeML files.")
    var goldDir: String

    @Argument(help: "Folder of system TimeML files with the same relative paths.")
    var systemDir: String

    @Flag(help: "Print one JSON object instead of the table.")
    var json = false

    @Flag(help: "List missed gold timexes, false alarms and wrong values per file.")
    var errors = false

    func run() throws {
        let (summary, counts, files) = try TimexScorer.score(goldFolder: goldDir,
                                                             systemFolder: systemDir)
        let failed = files.filter { $0.error != nil }
        for file in failed {
            FileHandle.standardError.write(Data(
                "eval timex: ERROR \(file.name): \(file.error!) -> counted as all-missed\n".utf8))
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let report = Report(files: files.count, counts: counts, strict: summary.strict,
                                relaxed: summary.relaxed, type: summary.type,
                                value: summary.value)
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            if errors { printErrors(files) }
            print("TIMEX3 (inside <TEXT>, DCT excluded): \(files.count) files, "
                  + "\(failed.count) with errors")
            print("gold \(counts.gold)  system \(counts.system)  relaxed pairs \(counts.relaxed)"
                  + "  strict \(counts.strict)  type ok \(counts.type)  value ok \(counts.value)")
            print("                 P       R      F1   accuracy")
            for (label, rates) in [("strict ", summary.strict), ("relaxed", summary.relaxed),
                                   ("type   ", summary.type), ("value  ", summary.value)] {
                let accuracy = rates.accuracy.map(percent) ?? "     -"
                print("\(label)   \(percent(rates.precision))  \(percent(rates.recall))  "
                      + "\(percent(rates.f1))   \(accuracy)")
            }
        }
        if !failed.isEmpty { throw ExitCode(1) }
    }

    private func percent(_ rate: Double) -> String {
        let text = String(format: "%.2f", 100 * rate)
        return String(repeating: " ", count: Swift.max(0, 6 - text.count)) + text
    }

    private func printErrors(_ files: [TimexScorer.FileResult]) {
        for file in files {
            print("## \(file.name)")
            for timex in file.missed {
                print("  MISS   gold \(timex.type)=\(timex.value) @\(timex.span.start)")
            }
            for timex in file.falseAlarms {
                print("  FALSE  sys  \(timex.type)=\(timex.value) @\(timex.span.start)")
            }
            for (gold, system) in file.wrongValues {
                print("  VALUE  @\(system.span.start) gold \(gold.value) | sys \(system.value)")
            }
        }
        print("")
    }

    private struct Report: Encodable {
        var files: Int
        var counts: TimexScorer.Counts
        var strict, relaxed, type, value: TimexScorer.Rates
    }
}
