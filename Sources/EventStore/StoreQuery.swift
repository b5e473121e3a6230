import EventGraph

/// Which stored events a view wants. Every field narrows the selection; the store answers
/// from its indexes (`eventActor` for actors, the event table's day range, type, source
/// count and certainty columns) and loads only the events selected.
public struct StoreQuery: Sendable, Hashable {
    /// Events any of these actors takes part in (agent, target, place or source); empty
    /// for all.
    public var actors: [ActorID] = []
    /// Events whose date range reaches this day or later (days since 1970-01-01); events
    /// without a calendar date are left out when a bound is given.
    public var sinceDay: Int?
    /// Events whose date range starts on this day or earlier.
    public var untilDay: Int?
    /// Event types kept; empty for all.
    public var types: Set<EventType> = []
    /// Events reported by at least this many articles.
    public var minimumSources = 1
    /// Certainties kept; empty for all.
    public var certainties: Set<Certainty> = []
    /// Whether unlisted (non-salient) events are selected too (`--all`).
    public var includesUnlisted = false
    /// Whether every document, actor mention and temporal expression is loaded, as
    /// `eventgraph extract` prints them; views need only the selected events' documents.
    public var includesProvenance = false
    /// Whether each report is loaded whole (evidence, date, source, certainty) with the
    /// documents that report the events and the events' sentences. Views that only count
    /// an event's sources (the text, Markdown and Mermaid timelines without evidence) set it
    /// to false: the event then has one report per article that reports it, each a copy of
    /// the event's own reading under a placeholder document (`#1`, `#2` …), read from the
    /// event's `sources` count rather than from the report index (a thousand index pages
    /// fewer for the busiest actor of the benchmark store); `evidence` is empty and
    /// `documents` is empty.
    public var includesReportDetails = true

    public init() {}
}
