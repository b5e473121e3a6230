import ArgumentParser
import EventExtraction
import EventGraph
import EventStore
import Foundation
import TextAnalysis

/// The options every command that reads articles shares.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Articles: UTF-8 text files, folders (*.txt, *.jsonl, "
                                 + "recursively), JSONL corpora, or - for standard input."))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "An EventGraph database (see `eventgraph add`): read the stored events instead of "
        + "articles.", valueName: "story.sqlite"))
    var db: String?

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
        if files.isEmpty && db == nil {
            throw ValidationError("give at least one article file, or - for stdin, or --db")
        }
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

    /// The extractor these options configure (`--disable`, `--actors`).
    func makeExtractor() throws -> Extractor {
        let actorFile = try actors.map { path throws(ExtractionError) in
            try UserActorFile(contentsOf: path)
        }
        return try Extractor.standard(disabling: Set(disable), actorFile: actorFile)
    }

    /// The articles named on the command line (files, folders, JSONL, stdin).
    func corpus() throws -> CorpusReader {
        let standardInput = files.contains("-")
            ? FileHandle.standardInput.readDataToEndOfFile() : nil
        return try CorpusReader(inputs: files, reader: try ArticleReader(),
                                explicitDate: date.flatMap(CalendarDate.init(iso:)),
                                fallbackDate: Self.today(), standardInput: standardInput)
    }

    /// The graph to show, sliced: the stored events `slice` selects (`--db`), or the
    /// articles extracted and linked. `all` includes unlisted events; `reportDetails: false`
    /// lets the store skip what only evidence views need (`StoreQuery.includesReportDetails`).
    func graph(slice: SliceOptions, all: Bool, reportDetails: Bool = true) throws -> EventGraph {
        guard let db else {
            return try slice.apply(to: EventGraph(extractions: try extract()))
        }
        if !files.isEmpty { throw CLIError.filesAndDatabase(db: db) }
        let store = try EventStore(path: db, create: false, readOnly: true)
        var query = try slice.storeQuery(store: store, all: all)
        query.includesReportDetails = reportDetails
        return try slice.apply(to: store.graph(for: query), actorID: query.actors.first)
    }

    /// Everything: the whole store (`--db`), or the articles extracted and linked.
    func wholeGraph() throws -> EventGraph {
        guard let db else { return EventGraph(extractions: try extract()) }
        if !files.isEmpty { throw CLIError.filesAndDatabase(db: db) }
        return try EventStore(path: db, create: false, readOnly: true).wholeGraph()
    }

    /// Reads and extracts every input, in order.
    func extract() throws -> [DocumentExtraction] {
        let extractor = try makeExtractor()
        let corpus = try corpus()
        var iterator = corpus.makeIterator()
        var documents: [Document] = []
        while let article = try iterator.next() {
            report(article)
            documents.append(article.document)
        }
        // On all cores, in input order.
        let results = try extractor.extract(documents)
        if verbose {
            for extraction in results {
                for line in extraction.diagnostics {
                    Console.error("\(extraction.documentID): \(line)")
                }
            }
        }
        return results
    }

    /// Says on stderr when an article had no date (always) or where its date came from
    /// (with --verbose).
    func report(_ article: CorpusArticle) {
        let document = article.document
        if document.creationDateSource == .today {
            Console.error("note: \(document.id): no document date found (give --date, a "
                          + ".meta.json or a dateline); relative dates use today, "
                          + "\(document.creationDate)")
        } else if verbose {
            Console.error("\(document.id): document date \(document.creationDate) "
                          + "(\(document.creationDateSource.rawValue))")
        }
    }

    /// The run date in UTC: the fallback document date when nothing else gives one.
    static func today() -> CalendarDate {
        let days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        return CalendarDate(daysSinceEpoch: days)
    }
}
