@testable import EventExtraction
import Testing
@testable import EventGraph

/// Relations join agents to targets; an affiliation becomes an edge with no events.
struct RelationTests {
    private func event(_ index: Int, type: EventType, label: String, agents: [String],
                       targets: [String], salient: Bool = true) -> DocumentExtraction.Event {
        DocumentExtraction.Event(
            index: index, sentence: index, trigger: label, start: index, end: index + 1,
            lemma: label, type: type, label: label, isNominal: false, evidence: "",
            summary: "", agents: agents, targets: targets, location: nil, source: nil,
            certainty: .asserted, dateValue: nil, dateText: nil, dateOrigin: nil,
            // Two visits a year apart: two events, one relation.
            dateStartDay: 19_000 + 365 * index, dateEndDay: 19_000 + 365 * index,
            isSalient: salient, rules: [])
    }

    private func mention(_ actor: String) -> DocumentExtraction.Mention {
        .init(actorID: actor, text: actor, start: 0, end: 1, sentence: 0, form: .name,
              ruleID: "test")
    }

    @Test func joinsAgentsToTargetsAndAddsAffiliations() {
        let actors = [
            DocumentActor(id: "france", name: "France", kind: .country),
            DocumentActor(id: "germany", name: "Germany", kind: .country),
            DocumentActor(id: "jean-noel-barrot", name: "Jean-Noel Barrot", kind: .person,
                          affiliation: "france", role: "minister"),
        ]
        let extraction = DocumentExtraction(
            documentID: "d", path: nil, title: nil, creationDate: "2025-01-01",
            creationDay: 20_089, creationDateSource: "option", timexes: [], actors: actors,
            mentions: actors.map { mention($0.id) },
            events: [
                event(0, type: .meetVisit, label: "visited", agents: ["jean-noel-barrot"],
                      targets: ["germany"]),
                event(1, type: .meetVisit, label: "visited", agents: ["jean-noel-barrot"],
                      targets: ["germany"]),
                event(2, type: .statement, label: "said", agents: ["germany"],
                      targets: ["france"], salient: false),
            ],
            orderLinks: [], diagnostics: [])
        let graph = EventGraph(extractions: [extraction])
        #expect(graph.relations == [
            Relation(from: "jean-noel-barrot", to: "france", kind: "minister of", events: []),
            Relation(from: "jean-noel-barrot", to: "germany", kind: "visited",
                     events: ["d#e1", "d#e2"]),
        ])
    }
}
