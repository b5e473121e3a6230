import GRDB

/// What one `eventgraph add` run changed: events that were new, reports merged into events
/// already stored, dates that were filled in or contradicted, and figures contradicted.
public struct RunChanges: Sendable, Hashable, CustomStringConvertible {
    /// One change; `kind` is `new`, `merged`, `dated` (an undated event got a date from a new
    /// report), `date-differs` (a new report gives another date; both are kept) or
    /// `number-differs` (a new report gives another figure for what the event counts; both
    /// are kept).
    public struct Change: Sendable, Hashable {
        /// `new`, `merged`, `dated`, `date-differs` or `number-differs`.
        public var kind: String
        /// One line naming the events and, for a merge, the reason.
        public var detail: String
    }

    /// The run's number (1 for the first `add`).
    public var run: Int
    /// When it started, as the caller gave it (ISO 8601 from the CLI).
    public var started: String
    /// The inputs it was given, space-separated.
    public var inputs: String
    /// Articles stored by the run.
    public var added: Int
    /// Articles skipped because their text was already stored.
    public var skipped: Int
    /// In the order they happened.
    public var changes: [Change]

    /// A header line, then one line per change, grouped by kind.
    public var description: String {
        let count = { (kind: String) in self.changes.filter { $0.kind == kind }.count }
        var lines = ["run \(run) (\(started)): \(added) article(s) added, \(skipped) already "
                     + "stored; \(count("new")) new event(s), \(count("merged")) merged "
                     + "duplicate(s), \(count("dated") + count("date-differs")) date change(s)"
                     + (count("number-differs") > 0
                        ? ", \(count("number-differs")) figure(s) contradicted" : "")]
        for kind in ["new", "merged", "dated", "date-differs", "number-differs"] {
            for change in changes where change.kind == kind {
                let width = max(13, kind.count + 1)
                lines.append(kind.padding(toLength: width, withPad: " ", startingAt: 0)
                             + change.detail)
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension EventStore {
    /// The changes of run `run`, or of the last run when nil; nil when nothing was run.
    public func changes(run: Int? = nil) throws(StoreError) -> RunChanges? {
        try read { db in
            let chosen = try run ?? Int.fetchOne(db, sql: "SELECT MAX(id) FROM run")
            guard let chosen, let row = try Row.fetchOne(db, sql: """
                SELECT started, inputs, added, skipped FROM run WHERE id = ?
                """, arguments: [chosen]) else { return nil }
            let changes = try Row.fetchAll(db, sql: """
                SELECT kind, detail FROM change WHERE run = ? ORDER BY id
                """, arguments: [chosen]).map { RunChanges.Change(kind: $0[0], detail: $0[1]) }
            return RunChanges(run: chosen, started: row[0], inputs: row[1], added: row[2],
                              skipped: row[3], changes: changes)
        }
    }
}
