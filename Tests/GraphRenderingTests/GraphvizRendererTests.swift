import EventGraph
import Foundation
import Testing
@testable import GraphRendering

@Suite("GraphvizRenderer")
struct GraphvizRendererTests {
    static let signatures: [OutputFormat: [UInt8]] = [
        .png: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        .pdf: Array("%PDF-".utf8),
        .svg: Array("<?xml".utf8),
        .dot: Array("digraph".utf8),
    ]

    @Test("Renders the border diagram with its format's signature",
          arguments: OutputFormat.allCases, [LayoutEngine.dot, .neato, .fdp, .circo])
    func rendersWithSignature(format: OutputFormat, engine: LayoutEngine) throws {
        let data = try GraphvizRenderer().render(DOTWriter().write(Fixtures.graph),
                                                 as: format, using: engine)
        let signature = try #require(Self.signatures[format])
        #expect(Array(data.prefix(signature.count)) == signature)
        if format == .svg {
            let svg = String(decoding: data, as: UTF8.self)
            #expect(svg.contains("<svg"))
            #expect(svg.contains("<title>eventgraph</title>"))
            #expect(svg.contains("sent aid to (2023&#45;02)"))
        }
    }

    @Test("Every engine lays out the diagram", arguments: LayoutEngine.allCases)
    func everyEngineWorks(engine: LayoutEngine) throws {
        let svg = try GraphvizRenderer().render(DOTWriter().write(Fixtures.graph), as: .svg,
                                                using: engine)
        #expect(String(decoding: svg, as: UTF8.self).contains("</svg>"))
    }

    @Test("Syntax errors carry Graphviz's message", arguments: [
        ("digraph g { a -> ; }", "syntax error in line 1 near ';'"),
        ("digraph g {\n a -> b\n c [label=\"x\" -> }", "syntax error in line 3"),
        ("graph g { a -> b }", "syntax error in line 1"),
        ("not a graph", "syntax error in line 1 near 'not'"),
    ])
    func syntaxErrorsSurfaceGraphvizMessage(dot: String, message: String) {
        #expect {
            _ = try GraphvizRenderer().render(dot, as: .svg)
        } throws: { error in
            guard let error = error as? RenderError, case .syntax(let messages) = error else {
                return false
            }
            return messages.contains(message) && error.description.contains(message)
        }
    }

    @Test("Empty and blank input is refused before Graphviz sees it",
          arguments: ["", "   ", "\n\t\n"])
    func emptyInputIsAnError(dot: String) {
        #expect(throws: RenderError.emptyInput) {
            _ = try GraphvizRenderer().render(dot, as: .svg)
        }
    }

    @Test func nulCharacterIsAnError() {
        #expect(throws: RenderError.nulCharacter(offset: 14)) {
            _ = try GraphvizRenderer().render("digraph g { a \u{0} }", as: .svg)
        }
    }

    @Test("Text after the graph is refused and does not leak into the next render",
          arguments: ["digraph a { x -> y } digraph b { p -> q }",
                      "digraph a { x -> y } trailing garbage"])
    func trailingInputIsRefused(dot: String) throws {
        #expect {
            _ = try GraphvizRenderer().render(dot, as: .svg)
        } throws: { error in
            guard case .trailingInput = error as? RenderError else { return false }
            return true
        }
        let svg = try GraphvizRenderer().render("digraph next { n1 -> n2 }", as: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("<title>next</title>"))
    }

    @Test("DOT from elsewhere may not set concentrate or layout", arguments: [
        ("digraph g { concentrate=true; a -> b; a -> b }", "concentrate", "true"),
        ("digraph g { graph [concentrate=\"yes\"]; a -> b }", "concentrate", "yes"),
        ("digraph g { subgraph s { subgraph t { concentrate=1 } } }", "concentrate", "1"),
        ("digraph g { layout=circo; a -> b }", "layout", "circo"),
        ("digraph g { graph [layout=\"neato\"] a -> b }", "layout", "neato"),
        ("digraph g { subgraph s { layout=\"\" } a -> b }", "layout", ""),
    ])
    func refusesUnsafeAttributes(dot: String, name: String, value: String) {
        #expect(throws: RenderError.unsupportedAttribute(name: name, value: value)) {
            _ = try GraphvizRenderer().render(dot, as: .svg)
        }
    }

    @Test("Harmless values of concentrate pass", arguments: [
        "digraph g { concentrate=false; a -> b }",
        "digraph g { subgraph s { concentrate=\"\" } a -> b }",
    ])
    func acceptsHarmlessAttributeValues(dot: String) throws {
        #expect(try GraphvizRenderer().render(dot, as: .svg).count > 0)
    }

    @Test("A syntax error does not leave text for the next render", arguments: [
        "digraph a { -> } digraph b { p -> q }",
        "digraph a { x -> } trailing",
    ])
    func syntaxErrorLeavesNothingBehind(dot: String) throws {
        #expect {
            _ = try GraphvizRenderer().render(dot, as: .svg)
        } throws: { error in
            guard case .syntax = error as? RenderError else { return false }
            return true
        }
        let svg = try GraphvizRenderer().render("digraph next { n1 -> n2 }", as: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("<title>next</title>"))
    }

    @Test func unknownEngineNamesThePluginAndThePackage() {
        #expect {
            _ = try GraphvizRenderer().render("digraph g { a -> b }", formatName: "svg",
                                              engineName: "nosuch")
        } throws: { error in
            guard let error = error as? RenderError,
                  case .missingPlugin(let kind, let name, let available) = error else {
                return false
            }
            let text = error.description
            return kind == "layout" && name == "nosuch" && available.contains("dot")
                && text.contains("'nosuch'") && text.contains("libgvc6")
        }
    }

    @Test func unknownFormatNamesThePluginAndThePackage() {
        #expect {
            _ = try GraphvizRenderer().render("digraph g { a -> b }", formatName: "nosuch",
                                              engineName: "dot")
        } throws: { error in
            guard let error = error as? RenderError,
                  case .missingPlugin(let kind, "nosuch", _) = error else { return false }
            return kind == "output format" && error.description.contains("libgvc6")
        }
    }

    @Test func failedLayoutCarriesGraphvizMessage() {
        #expect {
            _ = try GraphvizRenderer().render("digraph g { a -> b }", formatName: "svg",
                                              engineName: "nosuch", checksPlugins: false)
        } throws: { error in
            guard case .layoutFailed("nosuch", let messages) = error as? RenderError else {
                return false
            }
            return messages.contains(#"Layout type: "nosuch" not recognized"#)
        }
    }

    @Test func failedRenderCarriesGraphvizMessage() {
        #expect {
            _ = try GraphvizRenderer().render("digraph g { a -> b }", formatName: "nosuch",
                                              engineName: "dot", checksPlugins: false)
        } throws: { error in
            guard case .renderFailed("nosuch", let messages) = error as? RenderError else {
                return false
            }
            return messages.contains("renderer for nosuch is unavailable")
        }
    }

    @Test func installedPluginsPassTheStartupCheck() throws {
        for engine in LayoutEngine.allCases {
            for format in OutputFormat.allCases {
                try GraphvizRenderer().checkAvailability(of: engine, format)
            }
        }
        #expect(GraphvizRenderer().graphvizVersion.hasPrefix("2."))
    }

    @Test func errorsDoNotStickToLaterRenders() throws {
        for _ in 0..<3 {
            #expect(throws: RenderError.self) {
                _ = try GraphvizRenderer().render("digraph g { -> }", as: .svg)
            }
            let data = try GraphvizRenderer().render("digraph g { a -> b }", as: .png)
            #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
    }

    @Test func parallelRendersAreSafe() async throws {
        let dot = DOTWriter().write(Fixtures.graph)
        let hostile = DOTWriter().write(Fixtures.hostileGraph)
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<24 {
                group.addTask {
                    switch index % 4 {
                    case 0:
                        let svg = try GraphvizRenderer().render(dot, as: .svg, using: .dot)
                        return String(decoding: svg, as: UTF8.self).contains("</svg>")
                    case 1:
                        let png = try GraphvizRenderer().render(hostile, as: .png, using: .neato)
                        return png.starts(with: [0x89, 0x50, 0x4E, 0x47])
                    case 2:
                        let pdf = try GraphvizRenderer().render(dot, as: .pdf, using: .fdp)
                        return pdf.starts(with: Array("%PDF".utf8))
                    default:
                        do {
                            _ = try GraphvizRenderer().render("digraph g { a -> ; }", as: .svg)
                            return false
                        } catch let error as RenderError {
                            guard case .syntax(let messages) = error else { return false }
                            return messages.contains("syntax error in line 1 near ';'")
                        }
                    }
                }
            }
            var all: [Bool] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 24)
        #expect(results.allSatisfy { $0 })
    }
}
