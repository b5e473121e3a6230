import ArgumentParser
import EventGraph
import EventStore
import TextAnalysis
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

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Keep events of these types (e.g. FIGHT_ATTACK STATEMENT).", valueName: "type"))
    var type: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Keep events reported by at least N articles.", valueName: "N"))
    var minSources = 1

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Keep events of these certainties: asserted, reported, unconfirmed, denied, future.",
        valueName: "certainty"))
    var certainty: [String] = []

    func validate() throws {
        do {
            _ = try GraphSlice(since: since, until: until)
        } catch {
            throw ValidationError(error.description)
        }
        _ = try types()
        _ = try certainties()
        if minSources < 1 { throw ValidationError("--min-sources must be at least 1") }
    }

    func types() throws -> Set<EventType> {
        Set(try type.map { name in
            guard let value = EventType(rawValue: name.uppercased()) else {
                throw ValidationError("--type '\(name)' is no event type; known: "
                    + EventType.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return value
        })
    }

    func certainties() throws -> Set<Certainty> {
        Set(try certainty.map { name in
            guard let value = Certainty(rawValue: name.lowercased()) else {
                throw ValidationError("--certainty '\(name)' is not one of: "
                    + Certainty.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return value
        })
    }

    /// The part of the slice the store answers from its indexes; `apply(to:)` then
    /// applies the whole slice exactly, as for articles read from files.
    func storeQuery(store: EventStore, all: Bool) throws -> StoreQuery {
        var query = StoreQuery()
        if let actor { query.actors = [try store.resolveActor(actor)] }
        let bounds = try GraphSlice(since: since, until: until)
        query.sinceDay = bounds.since.flatMap(CalendarDate.init(iso:))?.daysSinceEpoch
        query.untilDay = bounds.until.flatMap(CalendarDate.init(iso:))?.daysSinceEpoch
        query.types = try types()
        query.certainties = try certainties()
        query.minimumSources = minSources
        query.includesUnlisted = all
        return query
    }

    /// `graph` sliced; an actor given by name is matched to its id, case-insensitively.
    func apply(to graph: EventGraph) throws -> EventGraph {
        var actorID: ActorID?
        if let actor {
            let match = graph.actors.first { $0.id.rawValue == actor }
                ?? graph.actors.first { $0.name.lowercased() == actor.lowercased() }
                ?? graph.actors.first { candidate in
                    candidate.mentions.contains { $0.text.lowercased() == actor.lowercased() }
                }
            guard let match else {
                throw ValidationError("--actor '\(actor)' is no actor of these articles; "
                                      + "see `eventgraph extract` for their ids")
            }
            actorID = match.id
        }
        var slice = try GraphSlice(since: since, until: until, actor: actorID)
        slice.types = try types()
        slice.certainties = try certainties()
        slice.minimumSources = minSources
        return slice.apply(to: graph)
    }

    /// `graph` sliced, the actor already resolved (by the store).
    func apply(to graph: EventGraph, actorID: ActorID?) throws -> EventGraph {
        var slice = try GraphSlice(since: since, until: until, actor: actorID)
        slice.types = try types()
        slice.certainties = try certainties()
        slice.minimumSources = minSources
        return slice.apply(to: graph)
    }
}
