import TextAnalysis

/// Places undated events the article narrates in the past before the events of its date:
/// the `event-placement` stage.
///
/// "Gloria developed severe eczema …; she died …" in an article about the parents' trial:
/// the text gives no date, but what it tells in the past tense happened before the time of
/// writing. Such an event keeps no date (nothing is invented); it gets order links
/// (`signal: "narrative"`) to the listed events the document dates to its own day and the rule
/// `order.narrative`, so the timeline lists it just before the first of them instead of
/// among the undated ones at the end (`EventOrder` honours the links). Only events the text asserts or reports qualify: a
/// claim it marks as unconfirmed ("Those forces reportedly suffered … — figures Russia has
/// not confirmed"), a denied or a planned event is not placed by the article's narrative
/// and stays with the undated ones. Nor is a past event told more than one sentence after
/// the last listed event of the document's day: a news report puts the day's story first
/// and background of unknown time after it (who funded a study, a defendant's earlier life
/// at the end of a trial report), and those are listed last like any undated event. Runs after `attribution`, which sets the certainty, and
/// `event-summary`, which decides what the timeline lists: only listed events anchor.
public struct NarrativePlacement: PipelineStage {
    public let name = "event-placement"

    public init() {}

    public func process(_ document: inout Document) throws(PipelineError) {
        let dct = document.creationDate.description
        var events = document.events
        // Listed events only: a view lists (and the store loads) those by default.
        let anchors = events.indices.filter {
            events[$0].date?.value == dct && events[$0].isSalient
        }
        guard !anchors.isEmpty else { return }
        var links = document.eventOrderLinks
        // An event a signal word puts after another ("… after the talks") is ordered by
        // that link; one only put before another ("slammed into Biloxi before heading
        // inland") is still the narrative's past.
        let linked = Set(links.map(\.later))
        // The story of the day ends with its last listed event (and the sentence after it).
        let storyEnd = (anchors.map { events[$0].sentence }.max() ?? 0) + 1
        for position in events.indices {
            let event = events[position]
            guard event.date == nil, !event.isNominal,
                  [Certainty.asserted, .reported].contains(event.certainty),
                  !linked.contains(position), event.sentence <= storyEnd,
                  ["VBD", "VBN"].contains(document.tokens[event.triggerToken].xpos ?? "")
            else { continue }
            // Linked to every event of the document's day, so that a slice keeping any of
            // them keeps the placement (the order puts it before the first one kept).
            for anchor in anchors {
                links.append(EventOrderLink(earlier: position, later: anchor,
                                            signal: "narrative"))
            }
            events[position].rules.append("order.narrative")  // EventOrder.narrativeRule
        }
        document.events = events
        document.eventOrderLinks = links
    }
}
