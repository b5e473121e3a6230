import Foundation
import GRDB

/// An embedded SQLite database of articles, actors, events and their provenance, that grows
/// article by article (`eventgraph add`) and answers the views' queries from indexes.
///
/// One `EventStore` owns one GRDB `DatabasePool` (WAL mode: readers never wait for the
/// writer). Every write is one transaction, so a killed process leaves the database as it
/// was before the batch being written; re-running the same `add` then writes the rest, and
/// because articles are always written in input order, and each article's merging depends
/// only on the articles before it, the result is the same as an uninterrupted run.
public final class EventStore: Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// Opens (with `create`, creates) the database at `path` and brings its schema up to
    /// date; `readOnly` opens it for reading only (the views, `explain`, `changes`), which
    /// never waits for or disturbs a running `add`.
    public init(path: String, create: Bool, readOnly: Bool = false) throws(StoreError) {
        self.path = path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue {
            throw .notADatabase(path: path, reason: "it is a folder")
        }
        if !exists && !create { throw .missing(path: path) }
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // Durable at every commit against a killed process; a power cut may lose the
            // last commits but never leaves half of one.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A writing connection keeps up to 16 MB of pages (the indexes `add` updates).
            // Views read through the page cache rather than mapping the file: on the 430 MB
            // benchmark store the busiest actor's timeline took 80-98 ms unmapped against
            // 101-125 ms with a 1 GB mmap (faulting in and unmapping pages), and the
            // process stayed at 71 MB instead of 544 MB. A view reads each page about once,
            // so its cache is 2 MB: every new cache page is fresh heap (an mprotect and a
            // page fault on a reader thread), and the busiest actor's `timeline` process
            // took 55-58 ms of CPU with 2 MB against 69-82 ms with 16 MB.
            try db.execute(sql: readOnly ? "PRAGMA cache_size = -2048"
                                         : "PRAGMA cache_size = -16384")
            try db.execute(sql: "PRAGMA mmap_size = 0")
        }
        configuration.busyMode = .timeout(10)
        configuration.readonly = readOnly && exists
        do {
            var opened = try DatabasePool(path: path, configuration: configuration)
            let migrator = StoreSchema.migrator
            if try opened.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerSchema(path: path)
            }
            if configuration.readonly {
                if try !opened.read({ try migrator.hasCompletedMigrations($0) }) {
                    // A file without even the first migration is no store yet (an `add`
                    // may be creating it right now): left alone, never written by a view.
                    guard try !opened.read({ try migrator.appliedIdentifiers($0) }).isEmpty
                    else {
                        throw StoreError.database(path: path, reason: "it holds no "
                            + "eventgraph tables yet (is an `eventgraph add` creating it?)")
                    }
                    // A store written by an older eventgraph: a view upgrades it once, in
                    // place (each migration is one transaction), then reads it as usual.
                    try Self.upgrade(path: path, configuration: configuration)
                    opened = try DatabasePool(path: path, configuration: configuration)
                }
            } else {
                try migrator.migrate(opened)
            }
            pool = opened
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notADatabase(path: path, reason: "SQLite: file is not a database")
        } catch {
            throw Self.mapped(error, path: path)
        }
    }

    /// Brings an older store's schema up to date through a short-lived writing connection,
    /// so that opening it for a view works without a separate `add`; a store this user
    /// cannot write gets a one-line error saying what to do.
    private static func upgrade(path: String, configuration: Configuration) throws {
        var writing = configuration
        writing.readonly = false
        do {
            let writer = try DatabaseQueue(path: path, configuration: writing)
            try StoreSchema.migrator.migrate(writer)
            try writer.close()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY
                                                  || error.resultCode == .SQLITE_CANTOPEN {
            throw StoreError.database(path: path, reason: "the schema is older than this "
                + "eventgraph and the file is read-only; make it writable once to upgrade it")
        }
    }

    /// The schema migrations this database has applied, oldest first.
    public func appliedMigrations() throws(StoreError) -> [String] {
        try read { db in try StoreSchema.migrator.appliedMigrations(db) }
    }

    /// Runs `body` in a read transaction, mapping SQLite errors to `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.mapped(error, path: path)
        }
    }

    /// Runs `body` in one write transaction (all or nothing).
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.mapped(error, path: path)
        }
    }

    static func mapped(_ error: any Error, path: String) -> StoreError {
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_NOTADB {
                return .notADatabase(path: path, reason: "SQLite: file is not a database")
            }
            return .database(path: path, reason: error.message ?? "\(error.resultCode)")
        }
        return .database(path: path, reason: "\(error)")
    }
}
