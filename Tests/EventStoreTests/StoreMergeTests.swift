import EventGraph
import EventStore
import Testing
@testable import EventExtraction

/// The store merges articles written one at a time as the in-memory graph merges them all
/// at once: the same events, the same reports, the same dates.
struct StoreMergeTests {
    typealias Reading = StoreFixture.Reading

    static let cases: [([[Reading]], Int)] = [
        // Same type, a shared agent, overlapping dates: one event, two reports.
        ([[Reading(type: .meetVisit, agents: ["france"], targets: ["china"],
                   days: 19_845...19_845)],
          [Reading(type: .meetVisit, agents: ["france", "germany"], targets: [],
                   days: 19_814...19_845)]], 1),
        // One article gives no date: still the same event, which takes the date.
        ([[Reading(type: .meetVisit, agents: ["france"], targets: ["china"], days: nil)],
          [Reading(type: .meetVisit, agents: ["france"], targets: ["china"],
                   days: 19_845...19_845)]], 1),
        // Undated, and another verb: not enough to call it the same event.
        ([[Reading(type: .fightAttack, agents: ["ukraine"], targets: ["russia"],
                   days: 19_845...19_845, lemma: "push")],
          [Reading(type: .fightAttack, agents: ["ukraine"], targets: [], days: nil,
                   lemma: "shoot")]], 2),
        // Another kind of event.
        ([[Reading(type: .meetVisit, agents: ["france"], targets: ["china"], days: nil)],
          [Reading(type: .accuse, agents: ["france"], targets: ["china"], days: nil)]], 2),
        // Dates that cannot both be true.
        ([[Reading(type: .meetVisit, agents: ["france"], targets: ["china"],
                   days: 19_845...19_845)],
          [Reading(type: .meetVisit, agents: ["france"], targets: ["china"],
                   days: 19_500...19_500)]], 2),
        // Different targets.
        ([[Reading(type: .meetVisit, agents: ["france"], targets: ["china"], days: nil)],
          [Reading(type: .meetVisit, agents: ["france"], targets: ["japan"], days: nil)]], 2),
        // Neither names an agent: a disaster told by two articles.
        ([[Reading(type: .disaster, agents: [], targets: [], days: 19_845...19_845)],
          [Reading(type: .disaster, agents: [], targets: [], days: 19_845...19_845)]], 1),
        // Neither names an agent, and the verbs differ: a type and a day are not enough.
        ([[Reading(type: .casualties, agents: [], targets: [], days: 19_845...19_845,
                   lemma: "kill")],
          [Reading(type: .casualties, agents: [], targets: [], days: 19_845...19_845,
                   lemma: "die")]], 2),
        // A year-long date (over the day window of the index) still overlaps a day in it.
        ([[Reading(type: .fightAttack, agents: ["russia"], targets: ["ukraine"],
                   days: 19_723...20_088)],
          [Reading(type: .fightAttack, agents: ["russia"], targets: ["ukraine"],
                   days: 20_000...20_000)]], 1),
        // Told twice in the first article, once in the second: one event, three reports.
        ([[Reading(type: .meetVisit, agents: ["france"], targets: ["china"],
                   days: 19_845...19_845),
           Reading(type: .meetVisit, agents: ["france"], targets: ["china"],
                   days: 19_845...19_845)],
          [Reading(type: .meetVisit, agents: ["france"], targets: ["china"],
                   days: 19_845...19_845)]], 1),
        // Two articles give different figures for one event: one event, both readings.
        ([[Reading(type: .fightAttack, agents: ["ukraine"], targets: [],
                   days: 19_845...19_845, lemma: "shoot", figures: [(58, "drone")])],
          [Reading(type: .fightAttack, agents: ["ukraine"], targets: [],
                   days: 19_845...19_845, lemma: "shoot",
                   figures: [(60, "drone"), (8, "missile")])]], 1),
        // Three articles, the third matching the first through the second's agent.
        ([[Reading(type: .meetVisit, agents: ["france"], targets: ["china"], days: nil)],
          [Reading(type: .meetVisit, agents: ["germany"], targets: ["china"], days: nil)],
          [Reading(type: .meetVisit, agents: ["germany", "france"], targets: [],
                   days: nil)]], 2),
    ]

    @Test(arguments: cases)
    func mergesAsTheInMemoryGraphDoes(articles: [[Reading]], events: Int) throws {
        let extractions = articles.enumerated().map { index, readings in
            StoreFixture.article("article-\(index + 1)", readings)
        }
        let store = try StoreFixture.makeStore()
        defer { StoreFixture.cleanUp(store) }
        let run = try store.beginRun(started: "test", inputs: [])
        for extraction in extractions {
            try store.write([StoredArticle(extraction: extraction,
                                           hash: ContentHash.of(extraction.documentID))],
                            run: run)
        }
        let stored = try store.wholeGraph()
        let memory = EventGraph(extractions: extractions)
        #expect(stored.events.count == events)
        #expect(stored.events.map(\.id) == memory.events.map(\.id))
        #expect(stored.events.map { $0.reports.map(\.document) }
                == memory.events.map { $0.reports.map(\.document) })
        #expect(stored.events.map(\.date) == memory.events.map(\.date))
        #expect(stored.events.map(\.quantities) == memory.events.map(\.quantities))
        // Every figure is kept, whatever merged.
        let figures = articles.flatMap { $0.flatMap(\.figures) }.count
        #expect(stored.events.map(\.quantities.count).reduce(0, +) == figures)
        #expect(stored.actors.map(\.id) == memory.actors.map(\.id))
        #expect(stored.relations == memory.relations)
    }
}
