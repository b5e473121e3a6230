import EventGraph
import EventStore
import Foundation
import Testing
@testable import EventExtraction
import TextAnalysis

/// Two wire reports of one night's strikes (written for these tests in agency style, not
/// taken from the example article): one merged event with two sources, one node per actor,
/// and a re-add that changes nothing.
struct SameStoryTests {
    /// Reuters spells the president "Zelenskiy", AP "Zelenskyy": the user's actor table
    /// says they are one person, as a journalist following the story would.
    static let actorTable = """
        phrase\trelation\tactor\tname\tkind\taffiliation
        Zelenskyy\tsame-as\tvolodymyr-zelenskiy\tVolodymyr Zelenskiy\tperson\tukraine
        Volodymyr Zelenskyy\tsame-as\tvolodymyr-zelenskiy\tVolodymyr Zelenskiy\tperson\tukraine

        """

    func addStory(to store: EventStore, withActorTable: Bool = true) async throws
        -> WriteOutcome {
        let table = URL(fileURLWithPath: store.path).deletingLastPathComponent()
            .appendingPathComponent("actors.tsv")
        try Data(Self.actorTable.utf8).write(to: table)
        let extractor = try Extractor.standard(
            actorFile: withActorTable ? UserActorFile(contentsOf: table.path) : nil)
        let corpus = try CorpusReader(
            inputs: [StoreFixture.corpus.appendingPathComponent("same-story").path],
            reader: ArticleReader(), explicitDate: nil,
            fallbackDate: CalendarDate(iso: "2025-03-20")!, standardInput: nil)
        let run = try store.beginRun(started: "test", inputs: ["same-story"])
        return try await CorpusIngester(store: store, extractor: extractor, batchSize: 1)
            .ingest(corpus, run: run)
    }

    @Test func twoReportsAreOneEventWithTwoSources() async throws {
        let store = try StoreFixture.makeStore()
        defer { StoreFixture.cleanUp(store) }
        let outcome = try await addStory(to: store)
        #expect(outcome.added == 2)
        let graph = try store.wholeGraph()
        let attacks = graph.events.filter {
            $0.type == .fightAttack && $0.agents == ["russia"] && $0.targets == ["ukraine"]
                && $0.salient
        }
        #expect(attacks.count == 1)
        #expect(attacks.first.map { Set($0.reports.map(\.document)) } == ["wire-a", "wire-b"])

        // One node per actor: ids are unique and no two actors share a name.
        let ids = graph.actors.map(\.id)
        #expect(Set(ids).count == ids.count)
        let names = graph.actors.map { $0.name.lowercased() }
        #expect(Set(names).count == names.count, "\(names)")
        #expect(graph.actors.filter { $0.id.rawValue.contains("zelensk") }.count == 1)

        // The query for events with two sources finds that event, the air force's claim
        // of drones shot down, and the president's appeal for air defences ("urged allies
        // to deliver" / "appealed to allies for"), which both wires report too.
        var query = StoreQuery()
        query.minimumSources = 2
        let twoSources = try store.graph(for: query).events
        #expect(twoSources.filter { $0.type != .statement }.count == 2)
        #expect(twoSources.contains { $0.id == attacks.first?.id })
        #expect(twoSources.contains {
            $0.type == .statement && $0.agents.map(\.rawValue) == ["volodymyr-zelenskiy"]
        })

        // `explain` says why the second report joined the first.
        let explanation = try store.explain("wire-b#e1")
        #expect(explanation.reports.count == 2)
        #expect(explanation.reports.last?.reason?.contains("shared agent russia") == true)
    }

    /// Reuters has 58 drones shot down, AP 60: one event, both figures with their article
    /// and sentence, shown by `explain` and listed by `changes`.
    @Test func differentFiguresAreBothKeptWithTheirSources() async throws {
        let store = try StoreFixture.makeStore()
        defer { StoreFixture.cleanUp(store) }
        _ = try await addStory(to: store)
        let graph = try store.wholeGraph()
        let shot = try #require(graph.events.first {
            $0.salient && $0.quantities.contains { $0.unit == "drone" }
        })
        #expect(Set(shot.reports.map(\.document)) == ["wire-a", "wire-b"])
        let drones = shot.quantities.filter { $0.unit == "drone" }
        #expect(drones.map(\.value) == [58, 60])
        #expect(drones.map(\.document) == ["wire-a", "wire-b"])
        #expect(drones.map(\.sentence) == [1, 1])
        let comparison = try #require(shot.quantityComparisons.first { $0.unit == "drone" })
        #expect(comparison.disagrees)
        #expect(comparison.description == "drone: 58 (wire-a) / 60 (wire-b)")
        // Only AP counts the missiles: nothing to compare.
        #expect(shot.quantityComparisons.first { $0.unit == "missile" }?.disagrees == false)

        let explanation = try store.explain(shot.id.rawValue)
        #expect(explanation.description.contains(
            "figures differ: drone: 58 (wire-a) / 60 (wire-b)"))
        #expect(explanation.reports.map(\.figures) == [["58 drone"], ["60 drone", "8 missile"]])
        let changes = try #require(try store.changes())
        #expect(changes.changes.contains { $0.kind == "number-differs" })
    }

    /// Without the actor table, "Zelenskyy" (AP) is still taken for Reuters' "Zelenskiy":
    /// same first name, a transliteration of the surname; `explain` says so.
    @Test func anotherSpellingOfThePresidentIsTheSameActor() async throws {
        let store = try StoreFixture.makeStore()
        defer { StoreFixture.cleanUp(store) }
        _ = try await addStory(to: store, withActorTable: false)
        let graph = try store.wholeGraph()
        let presidents = graph.actors.filter { $0.id.rawValue.contains("zelensk") }
        #expect(presidents.map(\.id) == ["volodymyr-zelenskiy"])
        #expect(Set(presidents.first?.mentions.map(\.document) ?? []) == ["wire-a", "wire-b"])
        #expect(try store.resolveActor("Zelenskyy") == "volodymyr-zelenskiy")
        let appeal = try #require(graph.events.first {
            $0.salient && $0.agents == ["volodymyr-zelenskiy"]
        })
        #expect(Set(appeal.reports.map(\.document)) == ["wire-a", "wire-b"])
        let explanation = try store.explain(appeal.id.rawValue)
        #expect(explanation.actorVariants.count == 1)
        #expect(explanation.actorVariants.first?.hasPrefix(
            "volodymyr-zelenskiy: also \"Volodymyr Zelenskyy\" (wire-b): surname Zelenskyy "
            + "is a transliteration of Zelenskiy") == true, "\(explanation.actorVariants)")
        // The graph read from the files merges them the same way.
        let extractor = try Extractor.standard()
        let memory = EventGraph(extractions: try ["wire-a", "wire-b"].map { name in
            let path = StoreFixture.corpus.appendingPathComponent("same-story/\(name).txt")
            let text = try String(contentsOf: path, encoding: .utf8)
            return try extractor.extract(Document(
                id: name, text: text, creationDate: CalendarDate(iso: "2025-03-14")!))
        })
        #expect(memory.actors.filter { $0.id.rawValue.contains("zelensk") }.map(\.id)
                == ["volodymyr-zelenskiy"])
    }

    @Test func addingTheSameArticlesAgainChangesNothing() async throws {
        let store = try StoreFixture.makeStore()
        defer { StoreFixture.cleanUp(store) }
        _ = try await addStory(to: store)
        let before = try store.canonicalDump()
        let again = try await addStory(to: store)
        #expect(again.added == 0)
        #expect(again.alreadyStored == 2)
        #expect(try store.canonicalDump() == before)
        let changes = try store.changes()
        #expect(changes?.changes.isEmpty == true)
        #expect(changes?.skipped == 2)
    }

    @Test func actorsAreFoundByTheirAliases() async throws {
        let store = try StoreFixture.makeStore()
        defer { StoreFixture.cleanUp(store) }
        _ = try await addStory(to: store)
        // The end of a mention text ("… President Volodymyr Zelenskyy"), in any case.
        #expect(try store.resolveActor("volodymyr zelenskyy") == "volodymyr-zelenskiy")
        #expect(try store.resolveActor("Zelenskyy") == "volodymyr-zelenskiy")
        #expect(try store.resolveActor("RUSSIA") == "russia")
        #expect(throws: StoreError.unknownActor("Atlantis")) {
            try store.resolveActor("Atlantis")
        }
    }
}
