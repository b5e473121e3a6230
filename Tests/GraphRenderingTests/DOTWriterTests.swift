import EventGraph
import Foundation
import Testing
@testable import GraphRendering

@Suite("DOTWriter")
struct DOTWriterTests {
    @Test("IDs escape quotes, backslashes and control characters one-to-one", arguments: [
        ("tayyip-erdogan", #""tayyip-erdogan""#),
        ("say \"hi\"", #""say \"hi\"""#),
        (#"back\slash"#, #""back\\slash""#),
        (#"ends with \"#, #""ends with \\""#),
        ("two\nlines", #""two\nlines""#),
        ("{ } < > |", #""{ } < > |""#),
        ("bell\u{7}", #""bell\u0007""#),
        ("Köln — ü", #""Köln — ü""#),
    ])
    func escapesIDs(text: String, expected: String) {
        #expect(DOTString.id(text) == expected)
    }

    @Test("Labels escape quotes and backslashes, break lines, neutralise record syntax",
          arguments: [
        ("sent aid to (2023-02)", #""sent aid to (2023-02)""#),
        ("say \"hi\"", #""say \"hi\"""#),
        (#"\N is not the node name"#, #""\\N is not the node name""#),
        (#"trailing \"#, #""trailing \\""#),
        ("a\nb\r\nc\rd\u{2028}e", #""a\nb\nc\nd\ne""#),
        ("{x|<p>y}", #""\{x\|\<p\>y\}""#),
        ("nul\u{0}tab\t", #""nul tab ""#),
    ])
    func escapesLabels(text: String, expected: String) {
        #expect(DOTString.label(text) == expected)
    }

    @Test func writesTheBorderDiagram() {
        let sent = "Anadolu Agency said Armenia sent about 100 tonnes of food, medicine and "
            + "water to Turkey through the Margara crossing in February 2023, the first time "
            + "the border had opened in 35 years. (margara-border, sentence 6)"
        let expected = [
            ##"digraph "eventgraph" {"##,
            ##"    graph [charset="UTF-8", rankdir="LR", fontname="Helvetica"];"##,
            ##"    node [fontname="Helvetica", fontsize="12"];"##,
            ##"    edge [fontname="Helvetica", fontsize="10"];"##,
            ##"    "armenia" [label="Armenia", shape="box", style="filled,rounded", "##
                + ##"fillcolor="#cfe2f3", tooltip="Armenia (country), 5 events, "##
                + ##"2023-02-01 – 2023-06-02", id="actor:armenia"];"##,
            ##"    "margara" [label="Margara", shape="house", style="filled", "##
                + ##"fillcolor="#eeeeee", tooltip="Margara (location), 3 events, "##
                + ##"2023-02-01 – 2023-06-02", id="actor:margara"];"##,
            ##"    "mevlut-cavusoglu" [label="Mevlut Cavusoglu", shape="ellipse", "##
                + ##"style="filled", fillcolor="#fff2cc", "##
                + ##"tooltip="Mevlut Cavusoglu (person)", id="actor:mevlut-cavusoglu"];"##,
            ##"    "tayyip-erdogan" [label="Tayyip Erdogan", shape="ellipse", "##
                + ##"style="filled", fillcolor="#fff2cc", tooltip="Tayyip Erdogan (person), "##
                + ##"1 event, 2023-03-01 – 2023-03-31", id="actor:tayyip-erdogan"];"##,
            ##"    "turkey" [label="Turkey", shape="box", style="filled,rounded", "##
                + ##"fillcolor="#cfe2f3", tooltip="Turkey (country), 4 events, "##
                + ##"2023-02-01 – 2023-06-02", id="actor:turkey"];"##,
            ##"    "armenia" -> "turkey" [label="sent aid to (2023-02)", "##
                + ##"color="#274e13", fontcolor="#274e13", penwidth="2.5", arrowhead="normal", "##
                + ##"tooltip="2023-02: "## + sent + ##""];"##,
            ##"    "mevlut-cavusoglu" -> "turkey" [label="foreign minister of", "##
                + ##"style="dotted", color="#b7b7b7", fontcolor="#999999", arrowhead="empty"];"##,
            ##"    "tayyip-erdogan" -> "armenia" [label="praised ×2 (2023-02 – 2023-03)", "##
                + ##"color="#666666", fontcolor="#666666", penwidth="2.5", arrowhead="normal", "##
                + ##"tooltip="2023-02: "## + sent + ##"\n2023-03: President Tayyip Erdogan "##
                + ##"said in March that Armenia’s help after the disaster showed the two "##
                + ##"neighbours can cooperate. (margara-border, sentence 9)"];"##,
            ##"    "turkey" -> "armenia" [label="announced (2023-06-02)", "##
                + ##"color="#6aa84f", fontcolor="#6aa84f", penwidth="1", arrowhead="vee", "##
                + ##"tooltip="2023-06-02: Turkey announced on Friday that Turkish and Armenian "##
                + ##"engineers at the Margara crossing are now preparing it to reopen to "##
                + ##"travellers. (margara-border, sentence 1)"];"##,
            ##"}"##,
        ].map { $0 + "\n" }.joined()
        let dot = DOTWriter(includesLegend: false).write(Fixtures.graph)
        #expect(dot == expected)
    }

    @Test func legendListsOnlyWhatTheDiagramUses() throws {
        let dot = DOTWriter().write(Fixtures.graph)
        let legend = try #require(dot.split(separator: "\n").first { $0.contains("\"legend\"") })
        for used in ["country", "person", "location", "verbal-cooperation",
                     "material-cooperation", "mixed classes", "thick: material act",
                     "thin: words", "affiliation"] {
            #expect(legend.contains(">\(used)<"), "\(used)")
        }
        for unused in ["organization", "group", "material-conflict", "dashed:"] {
            #expect(!legend.contains(unused), "\(unused)")
        }
        #expect(DOTWriter().write(ExportFixtures.graph)
                    .contains(">dashed: reported or unconfirmed<"))
        #expect(!DOTWriter().write(EventGraph()).contains("legend"))
    }

    @Test func sameGraphInAnyArrayOrderGivesIdenticalDOT() {
        let reference = DOTWriter().write(Fixtures.graph)
        var generator = SplitMix64(seed: 20230602)
        for _ in 0..<20 {
            var shuffled = Fixtures.graph
            shuffled.actors.shuffle(using: &generator)
            shuffled.relations.shuffle(using: &generator)
            #expect(DOTWriter().write(shuffled) == reference)
        }
        #expect(DOTWriter().write(Fixtures.graph) == reference)
    }

    @Test func drawsOnlyActorsThatTakePart() {
        let dot = DOTWriter().write(Fixtures.graph)
        #expect(dot.contains(#""margara" [label="Margara""#))
        #expect(dot.contains(#""mevlut-cavusoglu" [label="Mevlut Cavusoglu""#))
        #expect(!dot.contains("osce"), "the OSCE takes part in nothing")
        #expect(!dot.contains("azerbaijan"))
        #expect(!dot.contains("sweden"))
        #expect(!dot.contains(#""anadolu-agency""#), "a claim's source alone is not drawn")
    }

    @Test func labelsEdgesWithKindAndEventDatesAtTheirPrecision() {
        let dot = DOTWriter().write(Fixtures.graph)
        #expect(dot.contains(#"[label="sent aid to (2023-02)""#))
        #expect(dot.contains(#"[label="praised ×2 (2023-02 – 2023-03)""#),
                "date range in chronological order whatever the relation's order")
        #expect(dot.contains(
            #""mevlut-cavusoglu" -> "turkey" [label="foreign minister of", style="dotted""#))
    }

    @Test func neverWritesAttributesOutsideTheWhitelist() {
        let names = Set(DOTAttribute.allCases.map(\.rawValue))
        #expect(!names.contains("concentrate"))
        #expect(!names.contains("layout"))
        for dot in [DOTWriter().write(Fixtures.graph), DOTWriter().write(Fixtures.hostileGraph)] {
            #expect(!dot.contains("concentrate"))
            #expect(!dot.contains("layout="))
        }
    }

    @Test func blankActorNamesFallBackToTheID() {
        let graph = EventGraph(actors: [Actor(id: "x-1", name: " ", kind: .person)],
                               relations: [Relation(from: "x-1", to: "x-1", kind: "met",
                                                    events: [])])
        #expect(DOTWriter().write(graph).contains(#""x-1" [label="x-1", shape="ellipse""#))
    }

    @Test func namesTheGraphAndEscapesTheName() {
        let dot = DOTWriter(graphName: "border \"talks\"").write(EventGraph())
        #expect(dot.hasPrefix(#"digraph "border \"talks\"" {"#))
        #expect(dot.hasSuffix("}\n"))
    }

    @Test func hostileLabelsSurviveGraphvizParsingAndRenderAsWritten() throws {
        let dot = DOTWriter().write(Fixtures.hostileGraph)
        let svg = try #require(String(
            data: try GraphvizRenderer().render(dot, as: .svg), encoding: .utf8))
        // Three nodes (the hostile one, "plain", and the quoted id only a relation names),
        // and the legend.
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 4)
        #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == 2)
        #expect(svg.contains("Say &quot;hi&quot; \\ {braces} &lt;b&gt;tag&lt;/b&gt; | pipe"))
        #expect(svg.contains(">CRLF \\N \\<"), "\\N stays literal, not the node name")
        #expect(svg.contains("x&quot; ] ; y &#45;&gt; z [ &quot;"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot"),
                   "skipped: no /usr/bin/dot (apt package graphviz); in-process parse still runs"))
    func dotCommandAcceptsTheOutput() throws {
        for graph in [Fixtures.graph, Fixtures.hostileGraph] {
            let result = try DotCommand.run(DOTWriter().write(graph))
            #expect(result.status == 0, "dot -Tsvg failed: \(result.stderr)")
            #expect(result.stderr.isEmpty, "dot warned: \(result.stderr)")
            #expect(result.stdout.contains("<svg"))
        }
    }
}

/// A seeded generator, so the shuffle test is the same on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Runs the `dot` command on DOT text given in a temporary file.
enum DotCommand {
    struct Result { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ dot: String, arguments: [String] = ["-Tsvg"]) throws -> Result {
        let input = FileManager.default.temporaryDirectory
            .appendingPathComponent("graphrendering-\(UUID().uuidString).dot")
        try Data(dot.utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = arguments + [input.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}
