import EventExtraction
import EventGraph
import GRDB

extension EventStore {
    /// Starts a run of `eventgraph add`: `started` is the caller's timestamp (the library
    /// reads no clock), `inputs` what was given. Returns the run number.
    public func beginRun(started: String, inputs: [String]) throws(StoreError) -> Int {
        try write { db in
            try db.execute(sql: "INSERT INTO run (started, inputs) VALUES (?, ?)",
                           arguments: [started, inputs.joined(separator: " ")])
            return Int(db.lastInsertedRowID)
        }
    }

    /// Which of `hashes` are stored already (so their articles need no extraction).
    public func storedHashes(among hashes: [String]) throws(StoreError) -> Set<String> {
        guard !hashes.isEmpty else { return [] }
        return try read { db in
            var found = Set<String>()
            for chunk in stride(from: 0, to: hashes.count, by: 500) {
                let part = Array(hashes[chunk..<min(chunk + 500, hashes.count)])
                let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
                let rows = try String.fetchAll(
                    db, sql: "SELECT hash FROM document WHERE hash IN (\(marks))",
                    arguments: StatementArguments(part))
                found.formUnion(rows)
            }
            return found
        }
    }

    /// Writes `articles`, in order, in one transaction: all are stored or none. An article
    /// whose text is stored already is skipped. `skipped` articles (already stored, found
    /// before extraction) are counted in the run.
    @discardableResult
    public func write(_ articles: [StoredArticle], run: Int,
                      skipped: Int = 0) throws(StoreError) -> WriteOutcome {
        try write { db in
            var outcome = WriteOutcome()
            outcome.alreadyStored = skipped
            for article in articles {
                outcome = outcome + (try ArticleWriter(db: db, run: run).write(article))
            }
            try db.execute(sql: "UPDATE run SET added = added + ?, skipped = skipped + ? "
                           + "WHERE id = ?",
                           arguments: [outcome.added, outcome.alreadyStored, run])
            return outcome
        }
    }
}
