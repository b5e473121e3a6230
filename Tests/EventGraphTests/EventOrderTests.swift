@testable import EventExtraction
import Foundation
import Testing
@testable import EventGraph

/// Chronological order: earliest first, a month before the days of that month, "following"
/// links among equal dates, undated last unless a link places them beside a dated event.
struct EventOrderTests {
    /// A one-document extraction whose events carry the given TIMEX3-like intervals
    /// (first day, last day as days since 1970-01-01), in text order.
    private func extraction(_ dates: [(value: String?, start: Int?, end: Int?)],
                            links: [EventOrderLink] = []) -> DocumentExtraction {
        let events = dates.enumerated().map { index, date in
            DocumentExtraction.Event(
                index: index, sentence: index, trigger: "said", start: index * 10,
                end: index * 10 + 4, lemma: "say", type: .statement, label: "said",
                isNominal: false, evidence: "", summary: "event \(index)", agents: [],
                targets: [], location: nil, source: nil, certainty: .asserted,
                dateValue: date.value, dateText: nil, dateOrigin: date.value == nil ? nil : .timex,
                dateStartDay: date.start, dateEndDay: date.end, isSalient: true, rules: [])
        }
        return DocumentExtraction(
            documentID: "doc", path: nil, title: nil, creationDate: "2025-11-21",
            creationDay: 20_413, creationDateSource: "option", timexes: [], actors: [],
            mentions: [], events: events, orderLinks: links, diagnostics: [])
    }

    @Test(arguments: [
        // (dates in text order, expected order of summaries)
        ([("2025-11-21", 20_413, 20_413), ("2025-04", 20_179, 20_208)], [1, 0]),
        // A month sorts before the days of that month.
        ([("2025-04-10", 20_188, 20_188), ("2025-04", 20_179, 20_208)], [1, 0]),
        // A year before its months.
        ([("2025-04", 20_179, 20_208), ("2025", 20_089, 20_453)], [1, 0]),
        // Undated events come last, in text order.
        ([(nil, nil, nil), ("2024-08", 19_936, 19_966), (nil, nil, nil)], [1, 0, 2]),
        // A value with no calendar position (PAST_REF, XXXX-04) after dated ones.
        ([("XXXX-04", nil, nil), (nil, nil, nil), ("2024", 19_723, 20_088)], [2, 0, 1]),
    ] as [([(String?, Int?, Int?)], [Int])])
    func ordersByDateThenPrecision(dates: [(String?, Int?, Int?)], expected: [Int]) {
        let graph = EventGraph(extractions: [extraction(dates.map {
            (value: $0.0, start: $0.1, end: $0.2) })])
        #expect(graph.events.map(\.summary) == expected.map { "event \($0)" })
    }

    @Test func followingLinkOrdersEventsOfTheSameDate() {
        // "B happened following A", both dated August 2024; B comes first in the text.
        let dates: [(value: String?, start: Int?, end: Int?)] = [
            ("2024-08", 19_936, 19_966), ("2024-08", 19_936, 19_966)]
        let graph = EventGraph(extractions: [extraction(
            dates, links: [EventOrderLink(earlier: 1, later: 0, signal: "following")])])
        #expect(graph.events.map(\.summary) == ["event 1", "event 0"])
    }

    @Test(arguments: [
        // (signal, earlier, later, expected order): an undated event linked before a dated
        // one sits right before it; the other undated event stays last, and so does one
        // linked after a dated event (its date is the anchor's, given by event-dating).
        ("narrative", 3, 2, [0, 1, 3, 2, 4]),
        ("following", 4, 1, [0, 4, 1, 2, 3]),
        ("before", 1, 3, [0, 1, 2, 3, 4]),
    ] as [(String, Int, Int, [Int])])
    func undatedEventLinkedToADatedOneSitsBesideIt(signal: String, earlier: Int, later: Int,
                                                   expected: [Int]) {
        let dates: [(value: String?, start: Int?, end: Int?)] = [
            ("2024-08", 19_936, 19_966), ("2025-04", 20_179, 20_208),
            ("2025-11-21", 20_413, 20_413), (nil, nil, nil), (nil, nil, nil)]
        let graph = EventGraph(extractions: [extraction(
            dates, links: [EventOrderLink(earlier: earlier, later: later, signal: signal)])])
        #expect(graph.events.map(\.summary) == expected.map { "event \($0)" })
    }

    @Test func contradictoryLinksAreBrokenWithoutLosingEvents() {
        // "A before B" and "B before A" in one text: no endless loop, nothing lost.
        let dates: [(value: String?, start: Int?, end: Int?)] = [
            ("2024", 19_723, 20_088), ("2024", 19_723, 20_088), ("2024", 19_723, 20_088)]
        let graph = EventGraph(extractions: [extraction(dates, links: [
            EventOrderLink(earlier: 0, later: 1, signal: "before"),
            EventOrderLink(earlier: 1, later: 0, signal: "after"),
            EventOrderLink(earlier: 2, later: 1, signal: "after"),
        ])])
        // 2 precedes 1 as its link says; the 0–1 cycle is broken at the earliest item.
        #expect(graph.events.map(\.summary) == ["event 2", "event 0", "event 1"])
    }

    @Test func sameInputGivesByteIdenticalJSON() throws {
        let dates: [(value: String?, start: Int?, end: Int?)] = [
            ("2025", 20_089, 20_453), (nil, nil, nil), ("2025-04", 20_179, 20_208)]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let first = try encoder.encode(EventGraph(extractions: [extraction(dates)]))
        let second = try encoder.encode(EventGraph(extractions: [extraction(dates)]))
        #expect(first == second)
    }
}
