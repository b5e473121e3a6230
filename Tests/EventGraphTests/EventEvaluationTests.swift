import Foundation
import Testing
@testable import EventGraph

/// The scorer behind `eventgraph eval events`, and the integrity of the committed dev set.
struct EventEvaluationTests {
    private func actor(_ id: String, _ name: String, _ kind: ActorKind) -> Actor {
        Actor(id: ActorID(id), name: name, kind: kind)
    }

    private func gold(_ id: String, _ name: String, mentions: [String] = [])
        -> GoldAnnotation.Actor {
        .init(id: id, name: name, type: "ORGANIZATION", mentions: mentions)
    }

    @Test(arguments: [
        ("Globe and Mail", "The Globe and Mail"),
        ("Huffington Post", "The Huffington Post"),
        ("Russia’s", "Russia's"),
    ])
    func matchesNamesWithoutLeadingArticleOrTypographicApostrophe(
        predicted: String, goldName: String) {
        let map = EventEvaluation.matchActors([actor("p", predicted, .organization)],
                                              [gold("g", goldName)])
        #expect(map[ActorID("p")] == "g")
    }

    @Test func doesNotMatchADifferentName() {
        let map = EventEvaluation.matchActors([actor("p", "Gazette", .organization)],
                                              [gold("g", "Saudi Gazette")])
        #expect(map.isEmpty)
    }

    @Test func countsAGroupNounOnlyWhenItTakesPart() {
        let actors = [actor("police", "Police", .group), actor("voters", "Voters", .group),
                      actor("france", "France", .country)]
        let event = Event(id: EventID("d#e1"), document: "d", sentence: 0, trigger: "raided",
                          start: 0, end: 6, evidence: "", summary: "", type: .fightAttack,
                          date: nil, agents: [ActorID("police")], targets: [])
        let scored = EventEvaluation.scoredActors(actors, events: [event]).map(\.id.rawValue)
        #expect(scored == ["police", "france"])
    }

    /// "the court", "a judge", "police": a noun of group-nouns.tsv names no one, whatever
    /// kind the extractor gives it.
    @Test func countsAnAnonymousCourtOrJudgeOnlyWhenItTakesPart() {
        let actors = [actor("court", "Court", .organization), actor("judge", "Judge", .person),
                      actor("supreme-court", "Supreme Court", .organization)]
        let event = Event(id: EventID("d#e1"), document: "d", sentence: 0, trigger: "ruled",
                          start: 0, end: 5, evidence: "", summary: "", type: .legalJudicial,
                          date: nil, agents: [ActorID("judge")], targets: [])
        let scored = EventEvaluation.scoredActors(actors, events: [event]).map(\.id.rawValue)
        #expect(scored == ["judge", "supreme-court"])
    }

    /// Every gold file of the dev sets and the held-out set decodes; each event's sentence is
    /// in its article and holds its trigger; roles and the timeline name known actors and
    /// events.
    @Test(arguments: [("DevSet", 12), ("DevWire", 8), ("DevWire2", 6), ("DevWire3", 5), ("DevWikinews", 3),
                      ("HeldOut", 12)])
    func goldIsConsistentWithItsArticles(folder: String, articles: Int) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("EventExtractionTests/\(folder)")
        let golds = try FileManager.default.contentsOfDirectory(
            atPath: root.appendingPathComponent("gold").path).filter { $0.hasSuffix(".json") }
        #expect(golds.count >= articles)
        for file in golds {
            let gold = try GoldAnnotation.load(root.appendingPathComponent("gold/\(file)"))
            let text = try String(contentsOf: root.appendingPathComponent(
                "articles/\(file.dropLast(5)).txt"), encoding: .utf8)
            let actorIDs = Set(gold.actors.map(\.id))
            #expect((5...15).contains(gold.events.count), "\(file)")
            for event in gold.events {
                #expect(text.contains(event.sentence), "\(file) \(event.id)")
                #expect(event.sentence.contains(event.trigger), "\(file) \(event.id)")
                #expect(Set(event.agents + event.targets).isSubset(of: actorIDs),
                        "\(file) \(event.id)")
                #expect(event.dateAccept == nil || event.accepts(date: event.date),
                        "\(file) \(event.id)")
            }
            #expect(Set(gold.timeline) == Set(gold.events.map(\.id)), "\(file)")
        }
    }

    /// The values of `column` (named in the header row) in a development set's
    /// `sources.tsv`; `#` lines are comments.
    func sourceColumn(_ column: String, of folder: String) throws -> Set<String> {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("EventExtractionTests")
        let table = try String(contentsOf: tests.appendingPathComponent(
            "\(folder)/sources.tsv"), encoding: .utf8)
        let rows = table.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let index = try #require(rows.first?.firstIndex(of: Substring(column)),
                                 "\(folder)/sources.tsv has a \(column) column")
        return Set(rows.dropFirst().compactMap { $0.count > index ? String($0[index]) : nil })
    }

    /// The held-out set shares no article with the dev set (it estimates quality on articles
    /// the rules were not tuned on).
    @Test func heldOutSharesNoArticleWithTheDevSet() throws {
        let development = try sourceColumn("document", of: "DevSet")
        let heldOut = try sourceColumn("document", of: "HeldOut")
        #expect(heldOut.count >= 10)
        #expect(development.isDisjoint(with: heldOut))
    }

    /// The second wire batch is new text: none of its TBAQ documents is in the first wire set,
    /// and none comes from the platinum test set (reporting only).
    @Test func secondWireBatchSharesNoDocumentWithTheFirst() throws {
        let first = try sourceColumn("tml", of: "DevWire")
        let second = try sourceColumn("tml", of: "DevWire2")
        #expect(second.count >= 5)
        #expect(first.isDisjoint(with: second))
        #expect(!second.contains { $0.lowercased().contains("platinum") })
    }

    /// The third wire batch is new text too: none of its TBAQ documents is in either earlier
    /// wire batch, and none comes from the platinum test set.
    @Test func thirdWireBatchSharesNoDocumentWithTheEarlierOnes() throws {
        let earlier = try sourceColumn("tml", of: "DevWire")
            .union(try sourceColumn("tml", of: "DevWire2"))
        let third = try sourceColumn("tml", of: "DevWire3")
        #expect(third.count >= 4)
        #expect(earlier.isDisjoint(with: third))
        #expect(!third.contains { $0.lowercased().contains("platinum") })
    }

    /// The Wikinews batch is new text too: it shares no GUM document with the dev set or the
    /// held-out set, and reads only train and dev splits (the UD test split is for reporting).
    @Test func wikinewsBatchSharesNoDocumentWithDevSetOrHeldOut() throws {
        let documents = try sourceColumn("document", of: "DevWikinews")
        #expect(documents.count >= 3)
        #expect(documents.isDisjoint(with: try sourceColumn("document", of: "DevSet")))
        #expect(documents.isDisjoint(with: try sourceColumn("document", of: "HeldOut")))
        #expect(try sourceColumn("split", of: "DevWikinews").isSubset(of: ["train", "dev"]))
    }
}
