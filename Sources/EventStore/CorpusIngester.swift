import EventExtraction
import Foundation
import TextAnalysis

/// How far an ingest has come, reported after every article.
public struct IngestProgress: Sendable, Hashable {
    /// Articles read so far (stored, skipped or being written).
    public var done: Int
    /// Articles in the corpus, when known (from `CorpusReader.validate()`).
    public var total: Int?
    /// Articles skipped because their text was already stored.
    public var skipped: Int
}

/// Adds a corpus to a store: reads articles one by one, skips those already stored (by
/// content hash, before any extraction), extracts the others on all cores, and writes
/// them in input order, `batchSize` articles per transaction.
///
/// Extraction runs in a task group with at most `window` articles in flight; finished
/// extractions wait in a small reorder buffer until every earlier article is done, so the
/// database receives articles in exactly the order they were read whatever the timing —
/// which is what makes a re-run after an interruption end with the same database. Memory
/// is bounded by the window and the batch, not by the corpus. The `Extractor` and its
/// models are shared read-only by all tasks.
///
/// A full batch is written on a queue of its own while extraction goes on: writing in the
/// loop that feeds the task group would leave a core idle for as long as a transaction
/// takes, once the few articles in flight are done. One batch is written at a time, in
/// order, and the next waits for it, so the database sees the same transactions.
public struct CorpusIngester: Sendable {
    /// Where the articles go.
    public let store: EventStore
    /// The pipeline every article runs through, shared read-only by all tasks.
    public let extractor: Extractor
    /// Articles per write transaction.
    public var batchSize: Int
    /// Articles extracted at once; defaults to twice the cores, so a core never waits for
    /// the writer.
    public var window: Int

    /// An ingester writing `batchSize` articles per transaction with `window` in flight.
    public init(store: EventStore, extractor: Extractor, batchSize: Int = 64,
                window: Int = 2 * ProcessInfo.processInfo.activeProcessorCount) {
        self.store = store
        self.extractor = extractor
        self.batchSize = max(1, batchSize)
        self.window = max(1, window)
    }

    /// Adds every article of `corpus` as part of run `run`; `progress` is called after each
    /// article (from the calling task).
    public func ingest(_ corpus: CorpusReader, run: Int, total: Int? = nil,
                       progress: (IngestProgress) -> Void = { _ in }) async throws
        -> WriteOutcome {
        var iterator = corpus.makeIterator()
        var outcome = WriteOutcome()
        var state = IngestProgress(done: 0, total: total, skipped: 0)
        var skippedSinceWrite = 0
        var batch: [StoredArticle] = []
        let extractor = self.extractor
        let store = self.store
        // The batch being written, if any.
        var writing: Task<WriteOutcome, any Error>?

        func finishWriting() async throws {
            guard let current = writing else { return }
            writing = nil
            outcome = outcome + (try await current.value)
        }

        func flush() async throws {
            guard !batch.isEmpty || skippedSinceWrite > 0 else { return }
            try await finishWriting()
            let articles = batch, skipped = skippedSinceWrite
            writing = Task {
                try await Self.write(articles, to: store, run: run, skipped: skipped)
            }
            batch.removeAll(keepingCapacity: true)
            skippedSinceWrite = 0
        }

        do {
            try await withThrowingTaskGroup(of: (Int, StoredArticle).self) { group in
                var nextIndex = 0
                var nextToWrite = 0
                var finished: [Int: StoredArticle] = [:]
                var inFlight = 0
                var exhausted = false
                while true {
                    while !exhausted && inFlight < window {
                        guard let article = try iterator.next() else {
                            exhausted = true
                            break
                        }
                        let hash = ContentHash.of(article.document.text)
                        if try !store.storedHashes(among: [hash]).isEmpty {
                            state.skipped += 1
                            state.done += 1
                            skippedSinceWrite += 1
                            progress(state)
                            continue
                        }
                        let index = nextIndex
                        nextIndex += 1
                        inFlight += 1
                        let url = article.url
                        let document = article.document
                        group.addTask {
                            let extraction = try extractor.extract(document)
                            return (index, StoredArticle(extraction: extraction, hash: hash,
                                                         url: url))
                        }
                    }
                    guard let (index, stored) = try await group.next() else { break }
                    inFlight -= 1
                    finished[index] = stored
                    while let next = finished.removeValue(forKey: nextToWrite) {
                        nextToWrite += 1
                        batch.append(next)
                        state.done += 1
                        progress(state)
                        if batch.count >= batchSize { try await flush() }
                    }
                }
            }
            try await flush()
        } catch {
            // The batch being written is committed or rolled back before the error leaves.
            _ = try? await writing?.value
            throw error
        }
        try await finishWriting()
        return outcome
    }

    /// The queue batches are written on: not a thread of the task group's pool, so that
    /// extraction keeps every core while a transaction runs.
    private static let writer = DispatchQueue(label: "EventStore.CorpusIngester.writer")

    private static func write(_ articles: [StoredArticle], to store: EventStore, run: Int,
                              skipped: Int) async throws -> WriteOutcome {
        try await withCheckedThrowingContinuation { continuation in
            writer.async {
                continuation.resume(with: Result {
                    try store.write(articles, run: run, skipped: skipped)
                })
            }
        }
    }
}
