import ArgumentParser
import EventExtraction
import EventStore
import Foundation

/// `eventgraph add`: extract articles and store them, merged with what is stored.
struct AddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Extract articles and add them to an EventGraph database.",
        discussion: """
            Reads files, folders (*.txt with optional .meta.json, *.jsonl, recursively), \
            JSONL corpora ({"id","date","title","url","text"} per line) and standard input; \
            every input is checked before anything is written. Articles whose text is \
            stored already are skipped without extraction. Extraction runs on all cores; \
            articles are written in input order, --batch articles per transaction, so an \
            interrupted run leaves the database as it was after the last whole batch and \
            re-running the same command completes it. Events reported by several articles \
            are merged (see `eventgraph explain`); `eventgraph changes` lists what a run did.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Articles written per transaction.")
    var batch = 64

    @Option(name: .long, help: "Articles extracted at once (default: twice the cores).")
    var jobs: Int?

    func validate() throws {
        guard input.db != nil else { throw ValidationError("give the database: --db story.sqlite") }
        guard !input.files.isEmpty else {
            throw ValidationError("give the articles to add (files, folders, JSONL, or -)")
        }
        guard batch > 0 else { throw ValidationError("--batch must be at least 1") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let corpus = try input.corpus()
        // Every article is read once first: a bad record stops the run before any write,
        // and the count gives the progress bar its end.
        var iterator = corpus.makeIterator()
        var total = 0, conflicts = 0, undated = 0
        while let article = try iterator.next() {
            total += 1
            conflicts += article.dateConflicts.isEmpty ? 0 : 1
            if article.document.creationDateSource == .today { undated += 1 }
            if input.verbose {
                for note in article.dateConflicts { Console.error("\(article.origin): \(note)") }
            }
        }
        let store = try EventStore(path: input.db ?? "", create: true)
        let extractor = try input.makeExtractor()
        let started = ISO8601DateFormatter().string(from: Date())
        let run = try store.beginRun(started: started, inputs: input.files)
        var ingester = CorpusIngester(store: store, extractor: extractor, batchSize: batch)
        if let jobs { ingester.window = jobs }
        let meter = ProgressMeter(interactive: isatty(STDERR_FILENO) == 1)
        let outcome = try await ingester.ingest(corpus, run: run, total: total) {
            meter.update($0)
        }
        meter.finish()
        var summary = "added \(outcome.added) of \(total) articles to \(store.path) "
            + "(\(outcome.alreadyStored) already stored) in \(meter.elapsedText) "
            + "(\(meter.rateText(outcome.added + outcome.alreadyStored))); "
            + "\(outcome.newEvents) new events, \(outcome.merged) merged into stored events"
        if conflicts > 0 {
            summary += "; \(conflicts) articles with conflicting dates (--verbose lists them)"
        }
        if undated > 0 {
            summary += "; \(undated) articles without a document date (today used)"
        }
        Console.error(summary)
    }
}
