import EventExtraction

/// One document's events as graph `Event`s, with what merging and ordering need beside them
/// (trigger lemma, relation label, day interval, order key).
///
/// Shared by the in-memory graph (`EventGraph(extractions:)`) and the store, so both read
/// an extraction the same way.
package struct DocumentEvents: Sendable {
    package var events: [Event] = []
    package var lemmas: [EventID: String] = [:]
    /// The relation label: the verb class's label, `spoke about` for statements.
    package var labels: [EventID: String] = [:]
    /// First and last day of each dated event, as days since 1970-01-01.
    package var intervals: [EventID: ClosedRange<Int>] = [:]
    package var keys: [EventID: EventOrder.Key] = [:]

    /// The event id of the extraction's event `index` in document `documentID`.
    package static func eventID(document documentID: String, index: Int) -> EventID {
        EventID("\(documentID)#e\(index + 1)")
    }

    package init(_ extraction: DocumentExtraction, documentID: String) {
        for event in extraction.events {
            let id = Self.eventID(document: documentID, index: event.index)
            labels[id] = event.type == .statement ? "spoke about" : event.label
            lemmas[id] = event.lemma
            var date: EventDate?
            if let value = event.dateValue {
                date = EventDate(value: value, text: event.dateText,
                                 from: event.dateOrigin ?? .timex)
            }
            events.append(Event(
                id: id, document: documentID, sentence: event.sentence,
                trigger: event.trigger, start: event.start, end: event.end,
                evidence: event.evidence, summary: event.summary, type: event.type,
                date: date, agents: event.agents.map { ActorID($0) },
                targets: event.targets.map { ActorID($0) },
                location: event.location.map { ActorID($0) },
                source: event.source.map { ActorID($0) }, certainty: event.certainty,
                salient: event.isSalient, rules: event.rules,
                quantities: event.quantities.map {
                    QuantityReading(document: documentID, sentence: event.sentence,
                                    text: $0.text, start: $0.start, end: $0.end,
                                    value: $0.value, bound: $0.bound, unit: $0.unit)
                }))
            if let startDay = event.dateStartDay, let endDay = event.dateEndDay {
                intervals[id] = startDay...max(startDay, endDay)
                keys[id] = .init(group: 0, startDay: startDay, negativeLength: startDay - endDay)
            } else {
                keys[id] = .init(group: event.dateValue == nil ? 2 : 1, startDay: 0,
                                 negativeLength: 0)
            }
        }
    }
}
