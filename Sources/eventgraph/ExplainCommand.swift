import ArgumentParser
import EventStore

/// `eventgraph explain`: why a stored event's reports were merged.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show a stored event, every article's report of it, and why they were merged."
    )

    @Argument(help: "Event id (story#e3), as timeline --format json or changes print it.")
    var event: String

    @Option(name: .long, help: ArgumentHelp("The database.", valueName: "story.sqlite"))
    var db: String

    func run() throws {
        let store = try EventStore(path: db, create: false, readOnly: true)
        print(try store.explain(event))
    }
}
