import EventGraph

/// A part of the story to draw or list: events within dates and/or involving one actor
/// (`--since`, `--until`, `--actor`), with the relations they back.
///
/// Dates are compared as day ranges at the text's precision: an event of `2023-02` is in a
/// slice from 2023-02-15, because February overlaps it. When a date bound is given, events
/// with no calendar date (undated, "now") are left out, since they cannot be placed.
public struct GraphSlice: Sendable, Hashable {
    /// First day kept, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`: its first day).
    public var since: String?
    /// Last day kept (or month, year: its last day).
    public var until: String?
    /// Keep only events this actor takes part in, reports, or is the place of.
    public var actor: ActorID?
    /// Keep only events of these types (`--type`); empty keeps all.
    public var types: Set<EventType> = []
    /// Keep only events reported by at least this many articles (`--min-sources`).
    public var minimumSources = 1
    /// Keep only events of these certainties (`--certainty`); empty keeps all.
    public var certainties: Set<Certainty> = []

    /// - Throws: `SliceError` when a bound is not a calendar date.
    public init(since: String? = nil, until: String? = nil,
                actor: ActorID? = nil) throws(SliceError) {
        if let since, TimexRange(since) == nil { throw .notADate(option: "since", since) }
        if let until, TimexRange(until) == nil { throw .notADate(option: "until", until) }
        self.since = since.flatMap { TimexRange($0)?.start }
        self.until = until.flatMap { TimexRange($0)?.end }
        self.actor = actor
    }

    /// Whether nothing is filtered.
    public var isEmpty: Bool {
        since == nil && until == nil && actor == nil && types.isEmpty && minimumSources <= 1
            && certainties.isEmpty
    }

    /// Whether `event` is in the slice.
    public func contains(_ event: Event) -> Bool {
        if since != nil || until != nil {
            guard let range = TimexRange(event.date),
                  range.overlaps(from: since, to: until) else { return false }
        }
        if !types.isEmpty && !types.contains(event.type) { return false }
        if !certainties.isEmpty && !certainties.contains(event.certainty) { return false }
        if minimumSources > 1 && event.articleCount < minimumSources {
            return false
        }
        if let actor {
            let involved = event.agents.contains(actor) || event.targets.contains(actor)
                || event.location == actor || event.source == actor
            if !involved { return false }
        }
        return true
    }

    /// `graph` with only the events in the slice, the relations those events back, and the
    /// affiliations of actors still drawn. Actors and documents are kept (they are lookups).
    public func apply(to graph: EventGraph) -> EventGraph {
        guard !isEmpty else { return graph }
        var result = graph
        // An event placed before events the slice leaves out goes back among the undated
        // ones, as a sort of the slice alone (the store's) has it.
        result.events = EventOrder.unanchoringPlacements(graph.events.filter(contains),
                                                         documents: graph.documents)
        let kept = Set(result.events.map(\.id))
        var relations: [Relation] = []
        var drawn = Set<ActorID>()
        for var relation in graph.relations where !relation.events.isEmpty {
            relation.events = relation.events.filter(kept.contains)
            guard !relation.events.isEmpty else { continue }
            relations.append(relation)
            drawn.insert(relation.from)
            drawn.insert(relation.to)
        }
        for event in result.events {
            drawn.formUnion(event.agents)
            drawn.formUnion(event.targets)
        }
        relations += graph.relations.filter { $0.events.isEmpty && drawn.contains($0.from) }
        result.relations = relations
        return result
    }
}

/// A slice bound that is not a date.
public enum SliceError: Error, Sendable, Hashable, CustomStringConvertible {
    case notADate(option: String, String)

    public var description: String {
        switch self {
        case .notADate(let option, let value):
            "--\(option) '\(value)' is not a date; use YYYY-MM-DD, YYYY-MM or YYYY"
        }
    }
}
