import ArgumentParser
import EventGraph
import GraphRendering

/// `--since`, `--until`, `--actor`: the part of the story a view shows.
struct SliceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Keep events on or after this date.", valueName: "YYYY[-MM[-DD]]"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp(
        "Keep events on or before this date.", valueName: "YYYY[-MM[-DD]]"))
    var until: String?

    @Option(name: .long, help: ArgumentHelp(
        "Keep events this actor takes part in (actor id, e.g. latvia, or name).",
        valueName: "actor"))
    var actor: String?

    func validate() throws {
        do {
            _ = try GraphSlice(since: since, until: until)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// `graph` sliced; an actor given by name is matched to its id, case-insensitively.
    func apply(to graph: EventGraph) throws -> EventGraph {
        var actorID: ActorID?
        if let actor {
            let match = graph.actors.first { $0.id.rawValue == actor }
                ?? graph.actors.first { $0.name.lowercased() == actor.lowercased() }
            guard let match else {
                throw ValidationError("--actor '\(actor)' is no actor of these articles; "
                                      + "see `eventgraph extract` for their ids")
            }
            actorID = match.id
        }
        return try GraphSlice(since: since, until: until, actor: actorID).apply(to: graph)
    }
}
