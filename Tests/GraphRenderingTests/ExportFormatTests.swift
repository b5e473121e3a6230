import EventGraph
import Foundation
import Testing
@testable import GraphRendering

@Suite("Graph exports")
struct ExportFormatTests {
    static let graphs = [ExportFixtures.graph, Fixtures.graph, Fixtures.hostileGraph]

    @Test("Same graph in any array order gives byte-identical text", arguments: [
        GraphFormat.dot, .json, .graphml, .gexf, .mermaid,
    ])
    func deterministic(format: GraphFormat) throws {
        let exporter = GraphExporter()
        let reference = try exporter.export(ExportFixtures.graph, as: format)
        var generator = SplitMix64(seed: 7)
        for _ in 0..<10 {
            var shuffled = ExportFixtures.graph
            shuffled.actors.shuffle(using: &generator)
            shuffled.relations.shuffle(using: &generator)
            #expect(try exporter.export(shuffled, as: format) == reference)
        }
    }

    @Test func collapsesRepeatedRelationsIntoOneEdge() {
        let diagram = ActorDiagram(ExportFixtures.graph)
        let edges = diagram.edges.filter { $0.from == "latvia" && $0.to == "estonia" }
        #expect(edges.count == 1)
        #expect(edges.first?.label == "met, accused, blockaded ×3 (2022 – 2022-03-14)")
        #expect(edges.first?.dates == TimexRange("2022"))
    }

    @Test func graphMLDeclaresKeysAndReferencesOnlyDeclaredNodes() throws {
        for graph in Self.graphs {
            let root = try XMLTree.parse(GraphMLWriter().write(graph))
            #expect(root.name == "graphml")
            #expect(root.namespace == "http://graphml.graphdrawing.org/xmlns")
            // Schema order: all <key> before <graph>.
            let names = root.children.map(\.name)
            #expect(names.last == "graph" && names.dropLast().allSatisfy { $0 == "key" })
            var keys: [String: String] = [:]
            for key in root.elements("key") {
                let id = try #require(key.attributes["id"])
                #expect(keys[id] == nil, "duplicate key \(id)")
                keys[id] = key.attributes["for"]
                #expect(["string", "int", "boolean"].contains(key.attributes["attr.type"] ?? ""))
            }
            let body = try #require(root.elements("graph").first)
            #expect(body.attributes["edgedefault"] == "directed")
            let nodes = body.elements("node").compactMap { $0.attributes["id"] }
            #expect(Set(nodes).count == nodes.count, "node ids unique")
            for node in body.elements("node") {
                for data in node.elements("data") {
                    #expect(keys[data.attributes["key"] ?? ""] == "node")
                }
            }
            for edge in body.elements("edge") {
                #expect(nodes.contains(edge.attributes["source"] ?? ""))
                #expect(nodes.contains(edge.attributes["target"] ?? ""))
                for data in edge.elements("data") {
                    #expect(keys[data.attributes["key"] ?? ""] == "edge")
                }
            }
        }
    }

    @Test func graphMLKeepsHostileNamesVerbatim() throws {
        let root = try XMLTree.parse(GraphMLWriter().write(Fixtures.hostileGraph))
        let ids = root.descendants("node").compactMap { $0.attributes["id"] }
        #expect(ids.contains(Fixtures.hostileText))
        let labels = root.descendants("data").filter { $0.attributes["key"] == "label" }
        #expect(labels.contains { $0.text == Fixtures.hostileText })
    }

    @Test func gexfIsDynamicWithSpellsPerDatedEvent() throws {
        let root = try XMLTree.parse(GEXFWriter().write(ExportFixtures.graph))
        #expect(root.name == "gexf" && root.namespace == "http://gexf.net/1.3")
        #expect(root.attributes["version"] == "1.3")
        let graph = try #require(root.elements("graph").first)
        #expect(graph.attributes["mode"] == "dynamic")
        #expect(graph.attributes["timeformat"] == "date")
        let nodeIDs = graph.descendants("node").compactMap { $0.attributes["id"] }
        #expect(graph.descendants("node").first { $0.attributes["id"] == "latvia" }?
                    .attributes["start"] == "2022-01-01")
        let declared = Set(graph.elements("attributes").flatMap { $0.elements("attribute") }
                            .compactMap { $0.attributes["id"] })
        for value in graph.descendants("attvalue") {
            #expect(declared.contains(value.attributes["for"] ?? ""))
        }
        for edge in graph.descendants("edge") {
            #expect(nodeIDs.contains(edge.attributes["source"] ?? ""))
            #expect(nodeIDs.contains(edge.attributes["target"] ?? ""))
            #expect(Double(edge.attributes["weight"] ?? "") != nil)
        }
        let pair = try #require(graph.descendants("edge").first {
            $0.attributes["source"] == "latvia" && $0.attributes["target"] == "estonia"
        })
        let spells = pair.descendants("spell").map {
            ($0.attributes["start"] ?? "", $0.attributes["end"] ?? "")
        }
        #expect(spells.map(\.0) == ["2022-01-01", "2022-03-01", "2022-03-14"])
        #expect(spells.map(\.1) == ["2022-12-31", "2022-03-31", "2022-03-14"])
        for spell in spells { #expect(spell.0 <= spell.1) }
        _ = try XMLTree.parse(GEXFWriter().write(Fixtures.hostileGraph))
    }

    @Test func jsonIsNodeLink() throws {
        let data = try GraphExporter().export(ExportFixtures.graph, as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(nodes.compactMap { $0["id"] as? String }
                == ["estonia", "kaja-tamm", "latvia", "riga-port"])
        #expect(edges.count == 4)
    }

    @Test func mermaidQuotesEverythingThatCouldBreakALabel() {
        let text = MermaidFlowchartWriter().write(Fixtures.hostileGraph)
        #expect(text.hasPrefix("flowchart LR\n"))
        for line in text.split(separator: "\n").dropFirst() {
            // Inside a line, quotes come only in pairs around labels.
            #expect(line.filter { $0 == "\"" }.count % 2 == 0)
            #expect(!line.contains("\r"))
        }
        #expect(text.contains("#quot;hi#quot;"))
        #expect(!text.contains("<b>"))
        let riga = MermaidFlowchartWriter().write(ExportFixtures.graph)
        #expect(riga.contains("[/\"Riga #lt;Port#gt; #amp; #quot;Docks#quot;\"/]"))
        #expect(riga.contains("==>"), "material acts are thick")
        #expect(riga.contains("-.->"), "claims and affiliations are dotted")
    }

    @Test("Rendered formats: SVG parses as XML, PNG and PDF have their signatures")
    func renderedFormats() throws {
        for view in DiagramView.allCases {
            let exporter = GraphExporter(view: view)
            let svg = try exporter.export(ExportFixtures.graph, as: .svg)
            let root = try XMLTree.parse(String(decoding: svg, as: UTF8.self))
            #expect(root.name == "svg")
            let png = try exporter.export(ExportFixtures.graph, as: .png)
            #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            let pdf = try exporter.export(ExportFixtures.graph, as: .pdf)
            #expect(pdf.prefix(5) == Data("%PDF-".utf8))
        }
    }

    @Test func svgCarriesEvidenceTooltipsAndTheLegend() throws {
        let svg = String(decoding: try GraphExporter().export(ExportFixtures.graph, as: .svg),
                         as: UTF8.self)
        #expect(svg.contains("Sentence 4: Kaja Tamm praised Latvia. (Grain &amp; corridor, "
                             + "sentence 5)"))
        #expect(svg.contains("id=\"legend\""))
        #expect(svg.contains(">dashed: reported or unconfirmed<"))
        #expect(svg.contains(">affiliation<"))
    }
}
