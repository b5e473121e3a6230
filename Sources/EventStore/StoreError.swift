/// Why the store could not be opened, written or read. Each message names the database and
/// says what to do, in one line.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not an EventGraph database (or not SQLite at all).
    case notADatabase(path: String, reason: String)
    /// The database was made by a newer `eventgraph`.
    case newerSchema(path: String)
    /// SQLite failed (disk full, locked, corrupt).
    case database(path: String, reason: String)
    /// No database at the path, for a command that only reads.
    case missing(path: String)
    /// `explain` was given an id that is no stored event or report.
    case unknownEvent(String)
    /// `--actor` names no stored actor or alias.
    case unknownActor(String)

    public var description: String {
        switch self {
        case .notADatabase(let path, let reason):
            "\(path): is not an EventGraph database (\(reason)); give another --db path"
        case .newerSchema(let path):
            "\(path): was written by a newer eventgraph; update eventgraph to read it"
        case .database(let path, let reason):
            "\(path): database error: \(reason)"
        case .missing(let path):
            "\(path): no such database; create it with `eventgraph add --db \(path) FILE…`"
        case .unknownEvent(let id):
            "'\(id)' is no stored event; event ids look like story#e3 "
                + "(see `eventgraph timeline --db … --format json`)"
        case .unknownActor(let name):
            "--actor '\(name)' is no stored actor, name or alias; "
                + "see `eventgraph extract --db …` for actor ids"
        }
    }
}
