import EventGraph
import Foundation
import Testing
@testable import GraphRendering

@Suite("Views: event diagram, slices, large graphs, timeline exports")
struct ViewTests {
    @Test func eventDiagramRanksDateBucketsLeftToRight() throws {
        let dot = EventDiagramWriter().write(ExportFixtures.graph)
        let clusters = EventDiagramWriter.buckets(ExportFixtures.graph.events)
        // One year and a bit: clusters per month; a year-only date keeps its year.
        #expect(clusters.map(\.label) == ["2022", "2022-03", "2023-01", "undated"])
        #expect(clusters[1].ranks.map { $0.map(\.id.rawValue) }
                == [["grain-corridor#e2"], ["grain-corridor#e3"]])
        let spine = dot.split(separator: "\n").filter { $0.contains("style=\"invis\"") }
        #expect(spine.count == 4, "five ranks, four links")
        #expect(spine.first?.contains(#""event:grain-corridor#e1" -> "event:grain-corridor#e2""#)
                == true)
        #expect(dot.contains(#""actor:latvia" -> "event:grain-corridor#e1""#))
        #expect(dot.contains(#""event:grain-corridor#e1" -> "actor:estonia""#))
        _ = try GraphvizRenderer().render(dot, as: .svg)
    }

    @Test func eventDiagramClustersByYearOverLongSpans() {
        var events = ExportFixtures.events
        events[4].date = EventDate(value: "2025-06", from: .timex)
        #expect(EventDiagramWriter.buckets(events).map(\.label) == ["2022", "2023", "2025"])
    }

    @Test("Slices keep events overlapping the dates", arguments: [
        ("2022-03-14", nil, ["grain-corridor#e1", "grain-corridor#e2", "grain-corridor#e3",
                             "grain-corridor#e4"]),
        ("2023", "2023-12", ["grain-corridor#e4"]),
        (nil, "2022-02", ["grain-corridor#e1"]),
    ] as [(String?, String?, [String])])
    func slicesByDate(since: String?, until: String?, expected: [String]) throws {
        let slice = try GraphSlice(since: since, until: until)
        #expect(slice.apply(to: ExportFixtures.graph).events.map(\.id.rawValue) == expected)
    }

    @Test func sliceByActorKeepsItsRelationsAndAffiliations() throws {
        let sliced = try GraphSlice(actor: "kaja-tamm").apply(to: ExportFixtures.graph)
        #expect(sliced.events.map(\.id.rawValue) == ["grain-corridor#e4"])
        #expect(sliced.relations.map(\.kind) == ["praised", "minister of"])
    }

    @Test func sliceRejectsANonDate() {
        #expect(throws: SliceError.self) { try GraphSlice(since: "last week") }
        #expect(throws: SliceError.self) { try GraphSlice(until: "2023-02-30") }
    }

    @Test func reducerKeepsTheMostConnectedActorsAndSaysWhatItCut() throws {
        let graph = SyntheticGraph.make(events: 300, actors: 60, seed: 3)
        let (reduced, summary) = GraphReducer(maximumActors: 20).reduce(graph)
        let summaryValue = summary
        #expect(summaryValue?.keptActors == 20)
        #expect(ActorDiagram(reduced).nodes.count <= 20)
        #expect(summaryValue?.description.contains("left out") == true)
        #expect(GraphReducer(maximumActors: 500).reduce(graph).summary == nil)
        let note = try #require(summaryValue?.diagramNote)
        for view in DiagramView.allCases {
            let dot = GraphExporter(view: view, note: note).dotSource(for: reduced)
            #expect(dot.contains("label=\"Showing the 20 most connected actors; "))
        }
    }

    @Test func largeActorDiagramsSwitchToSfdpWithOverlapRemoval() {
        let large = SyntheticGraph.make(events: 400, actors: 200, seed: 5)
        #expect(large.events.count == 400)
        #expect(GraphExporter.suggestedEngine(for: large) == .sfdp)
        #expect(GraphExporter.suggestedEngine(for: ExportFixtures.graph) == .dot)
        #expect(GraphExporter.suggestedEngine(for: large, view: .events) == .dot)
        let dot = GraphExporter(engine: .sfdp).dotSource(for: large)
        #expect(dot.contains("overlap=\"prism\""))
        #expect(!GraphExporter().dotSource(for: large).contains("overlap="))
    }

    @Test func timelineJSPlacesCalendarDatesAtTheirPrecision() throws {
        let text = try TimelineFormatter(format: .timelinejs)
            .format(events: Fixtures.events, actors: Fixtures.actors)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.count == 4, "now and undated cannot be placed")
        let first = try #require(events.first?["start_date"] as? [String: String])
        #expect(first == ["year": "2023", "month": "2", "display_date": "2023-02"])
        #expect(events.first?["unique_id"] as? String == "margara-border-e4")
        let body = try #require((events[1]["text"] as? [String: String])?["text"])
        #expect(body.contains("<em>[unconfirmed]</em>"))
        #expect(body.hasPrefix("The earthquakes reportedly killed"))
    }

    @Test func mermaidTimelineHasYearSectionsAndQuotedEntries() throws {
        var events = Fixtures.events
        events[0].summary = "Aid: 100 tonnes; #1 \"first\""
        let text = try TimelineFormatter(format: .mermaid)
            .format(events: events, actors: Fixtures.actors)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "timeline")
        #expect(lines[1] == "    section 2023")
        #expect(lines[2].hasPrefix("        2023-02 : Aid#58; 100 tonnes#59; #35;1 #quot;first"))
        #expect(lines[2].components(separatedBy: " : ").count == 3, "two events of 2023-02")
        #expect(lines.contains("    section now"))
        #expect(lines.last?.hasPrefix("        undated : ") == true)
    }
}
