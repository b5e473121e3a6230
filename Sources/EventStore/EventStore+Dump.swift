import GRDB

extension EventStore {
    /// Every stored fact as text, tables and rows in a fixed order, without the run
    /// bookkeeping (`run`, `change`, and each row's `run` column): two databases that
    /// hold the same articles, events and provenance give the same dump, however many runs
    /// it took to fill them. Used to check that an interrupted `add` ends as an
    /// uninterrupted one.
    public func canonicalDump() throws(StoreError) -> String {
        try read { db in
            var lines: [String] = []
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table'
                  AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
                  AND name NOT IN ('run', 'change') ORDER BY name
                """)
            for table in tables {
                let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))")
                    .map { $0["name"] as String }.filter { $0 != "run" }
                let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
                lines.append("## \(table) (\(columns.joined(separator: ", ")))")
                let rows = try Row.fetchCursor(db, sql: "SELECT \(list) FROM \(table) "
                                               + "ORDER BY \(list)")
                while let row = try rows.next() {
                    lines.append(row.databaseValues.map(\.description)
                        .joined(separator: "\t"))
                }
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
