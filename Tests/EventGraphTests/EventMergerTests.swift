import Foundation
import Testing
@testable import EventExtraction
@testable import EventGraph

/// The same event in several articles is one event with several reports.
struct EventMergerTests {
    struct Reading: Sendable {
        let type: EventType
        let agents: [String]
        let targets: [String]
        /// Days since 1970-01-01 the date covers, nil when undated.
        let days: ClosedRange<Int>?
    }

    private func article(_ id: String, _ readings: [Reading]) -> DocumentExtraction {
        let events = readings.enumerated().map { index, reading in
            DocumentExtraction.Event(
                index: index, sentence: index, trigger: "met", start: index, end: index + 3,
                lemma: "meet", type: reading.type, label: "met", isNominal: false,
                evidence: "sentence \(index) of \(id)", summary: "\(id) \(index)",
                agents: reading.agents, targets: reading.targets, location: nil, source: nil,
                certainty: .asserted, dateValue: reading.days.map { _ in "2024-05-02" },
                dateText: nil, dateOrigin: reading.days.map { _ in .timex },
                dateStartDay: reading.days?.lowerBound, dateEndDay: reading.days?.upperBound,
                isSalient: true, rules: [])
        }
        let actors = Set(readings.flatMap { $0.agents + $0.targets }).sorted().map {
            DocumentActor(id: $0, name: $0, kind: .country)
        }
        return DocumentExtraction(
            documentID: id, path: nil, title: nil, creationDate: "2024-05-03",
            creationDay: 19_846, creationDateSource: "option", timexes: [], actors: actors,
            mentions: actors.map { .init(actorID: $0.id, text: $0.name, start: 0, end: 1,
                                         sentence: 0, form: .name, ruleID: "test") },
            events: events, orderLinks: [], diagnostics: [])
    }

    @Test(arguments: [
        // Same type, a shared agent, overlapping dates: one event, two reports.
        (Reading(type: .meetVisit, agents: ["france"], targets: ["china"], days: 19_845...19_845),
         Reading(type: .meetVisit, agents: ["france", "germany"], targets: [],
                 days: 19_814...19_844 + 1), 1),
        // One article gives no date: still the same event.
        (Reading(type: .meetVisit, agents: ["france"], targets: ["china"], days: nil),
         Reading(type: .meetVisit, agents: ["france"], targets: ["china"], days: 19_845...19_845),
         1),
        // Another kind of event.
        (Reading(type: .meetVisit, agents: ["france"], targets: ["china"], days: nil),
         Reading(type: .accuse, agents: ["france"], targets: ["china"], days: nil), 2),
        // Dates that cannot both be true.
        (Reading(type: .meetVisit, agents: ["france"], targets: ["china"], days: 19_845...19_845),
         Reading(type: .meetVisit, agents: ["france"], targets: ["china"], days: 19_500...19_500),
         2),
        // Different targets.
        (Reading(type: .meetVisit, agents: ["france"], targets: ["china"], days: nil),
         Reading(type: .meetVisit, agents: ["france"], targets: ["japan"], days: nil), 2),
    ])
    func mergesReportsOfTheSameEvent(first: Reading, second: Reading, events: Int) {
        let graph = EventGraph(extractions: [article("a", [first]), article("b", [second])])
        #expect(graph.events.count == events)
        if events == 1 {
            #expect(graph.events[0].reports.map(\.document) == ["a", "b"])
            #expect(graph.events[0].date != nil)
        }
    }

    @Test func neverMergesTwoStatementsOfOneArticle() {
        // One speaker says many things in one article.
        let reading = Reading(type: .statement, agents: ["france"], targets: ["china"], days: nil)
        let graph = EventGraph(extractions: [article("a", [reading, reading])])
        #expect(graph.events.count == 2)
    }

    @Test func mergesAnEventToldTwiceInOneArticle() {
        // The lead and a later paragraph tell the same meeting.
        let reading = Reading(type: .meetVisit, agents: ["france"], targets: ["china"],
                              days: 19_845...19_845)
        let graph = EventGraph(extractions: [article("a", [reading, reading]),
                                             article("b", [reading])])
        #expect(graph.events.count == 1)
        #expect(graph.events.first?.reports.map(\.document) == ["a", "a", "b"])
    }

    @Test func actorsAreOneNodeAcrossArticles() {
        let reading = Reading(type: .meetVisit, agents: ["france"], targets: ["china"], days: nil)
        let graph = EventGraph(extractions: [article("a", [reading]), article("b", [reading])])
        #expect(graph.actors.map(\.id) == ["china", "france"])
        #expect(graph.actors.first { $0.id == "france" }?.mentions.map(\.document) == ["a", "b"])
    }
}
