import ArgumentParser
import EventStore

/// `eventgraph changes`: what the last (or a given) `add` run changed.
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "List the new events, merged duplicates and date changes of an add run."
    )

    @Option(name: .long, help: ArgumentHelp("The database.", valueName: "story.sqlite"))
    var db: String

    @Flag(name: .long, help: "The last run (the default).")
    var sinceRun = false

    @Option(name: .customLong("run"), help: "Another run, by number.")
    var runNumber: Int?

    func validate() throws {
        if sinceRun && runNumber != nil { throw ValidationError("give --since-run or --run, not both") }
    }

    func run() throws {
        let store = try EventStore(path: db, create: false, readOnly: true)
        guard let changes = try store.changes(run: runNumber) else {
            if let runNumber {
                throw ValidationError("there is no run \(runNumber) in \(db)")
            }
            print("no add run in \(db) yet")
            return
        }
        print(changes)
    }
}
