import ArgumentParser
import EventExtraction
import Foundation
import TextAnalysis

/// The options every command that reads articles shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files (UTF-8 text), or - for standard input.")
    var files: [String]

    @Option(name: .long, help: ArgumentHelp(
        "Document date for every input (YYYY-MM-DD); overrides metadata and datelines.",
        valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Pipeline stages to switch off, by name (see `eventgraph extract --help`).",
        valueName: "stage"))
    var disable: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Your own actor table (TSV: phrase, relation same-as|not-same, actor, name, kind, "
        + "affiliation), applied over the built-in lexicons.", valueName: "file.tsv"))
    var actors: String?

    @Flag(name: .long, help: "Print the stages' diagnostics on standard error.")
    var verbose = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one article file, or - for stdin") }
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("--date '\(date)' is not a date; use YYYY-MM-DD, "
                                  + "e.g. 2025-11-21")
        }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input (-) can be given only once")
        }
        let known = Set(Extractor.stageNames)
        for stage in disable where !known.contains(stage) {
            throw ValidationError("unknown stage '\(stage)'; known: "
                                  + Extractor.stageNames.joined(separator: ", "))
        }
    }

    /// Reads and extracts every input, in order, and links them into one graph.
    func extract() throws -> [DocumentExtraction] {
        let reader = try ArticleReader()
        let actorFile = try actors.map { path throws(ExtractionError) in
            try UserActorFile(contentsOf: path)
        }
        let extractor = try Extractor.standard(disabling: Set(disable), actorFile: actorFile)
        let explicit = date.flatMap(CalendarDate.init(iso:))
        let today = Self.today()
        let standardInput = files.contains("-")
            ? FileHandle.standardInput.readDataToEndOfFile() : nil
        var results: [DocumentExtraction] = []
        var seenIDs: [String: Int] = [:]
        for path in files {
            var document = try reader.read(path: path, explicitDate: explicit,
                                           fallbackDate: today, standardInput: standardInput)
            // Two files with the same name in different folders stay distinct documents.
            if let count = seenIDs[document.id] {
                seenIDs[document.id] = count + 1
                document = document.renamed("\(document.id)-\(count + 1)")
            } else {
                seenIDs[document.id] = 1
            }
            if document.creationDateSource == .today {
                Console.error("note: \(document.id): no document date found (give --date, a "
                              + ".meta.json or a dateline); relative dates use today, "
                              + "\(document.creationDate)")
            } else if verbose {
                Console.error("\(document.id): document date \(document.creationDate) "
                              + "(\(document.creationDateSource.rawValue))")
            }
            let extraction = try extractor.extract(document)
            if verbose {
                for line in extraction.diagnostics {
                    Console.error("\(extraction.documentID): \(line)")
                }
            }
            results.append(extraction)
        }
        return results
    }

    /// The run date in UTC: the fallback document date when nothing else gives one.
    static func today() -> CalendarDate {
        let days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        return CalendarDate(daysSinceEpoch: days)
    }
}
