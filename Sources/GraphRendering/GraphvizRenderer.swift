import CGraphviz
import Foundation

/// Lays out and renders DOT text with Graphviz in-process: DOT in, bytes out.
///
/// The only public door to `CGraphviz`: no C type or pointer crosses it. Every call runs under
/// the process-wide lock of `GraphvizSession` (Graphviz is not thread-safe), so renders from
/// many threads or parallel tests are safe, and serialised. Each render resets Graphviz's
/// error state, parses exactly one graph, lays it out, renders it, and frees render data,
/// layout and graph in that order on every path, failure included.
public struct GraphvizRenderer: Sendable {
    /// A renderer; all instances share the one Graphviz context of the process.
    public init() {}

    /// Renders `dotSource` as `format`, laid out by `engine`.
    ///
    /// - Returns: the output bytes (SVG is UTF-8 text; PNG and PDF are binary).
    /// - Throws: `RenderError` with Graphviz's own messages: syntax errors, a missing plugin
    ///   (naming the Debian package), a failed layout or render.
    public func render(_ dotSource: String, as format: OutputFormat,
                       using engine: LayoutEngine = .dot) throws(RenderError) -> Data {
        try render(dotSource, formatName: format.rawValue, engineName: engine.rawValue)
    }

    /// Checks that `engine` and `format` are installed, so a CLI can fail at start-up with
    /// a message naming the missing plugin and the package to install.
    public func checkAvailability(of engine: LayoutEngine,
                                  _ format: OutputFormat) throws(RenderError) {
        try GraphvizSession.shared.withContext { (context) throws(RenderError) in
            try Self.checkPlugins(engine: engine.rawValue, format: format.rawValue,
                                  in: context)
        }
    }

    /// The Graphviz library version (`2.43.0` here), e.g. to pin SVG version comments.
    public var graphvizVersion: String {
        (try? GraphvizSession.shared.withContext { (context) throws(RenderError) in
            gvcVersion(context).map { String(cString: $0) } ?? "unknown"
        }) ?? "unknown"
    }

    /// The render path by plugin names; internal so tests can ask for engines that the
    /// public enum cannot express, and skip the plugin check to reach Graphviz's own
    /// layout and render failures (and prove their buffers are freed).
    func render(_ dotSource: String, formatName: String, engineName: String,
                checksPlugins: Bool = true) throws(RenderError) -> Data {
        guard dotSource.contains(where: { !$0.isWhitespace }) else { throw .emptyInput }
        if let nul = dotSource.utf8.firstIndex(of: 0) {
            throw .nulCharacter(offset: dotSource.utf8.distance(from: dotSource.utf8.startIndex,
                                                                 to: nul))
        }
        let session = GraphvizSession.shared
        return try session.withContext { (context) throws(RenderError) -> Data in
            if checksPlugins {
                try Self.checkPlugins(engine: engineName, format: formatName, in: context)
            }
            let graph = try Self.parseOneGraph(dotSource, session: session)
            defer { agclose(graph) }
            try Self.refuseUnsafeAttributes(of: graph)

            session.resetMessages()
            let layoutStatus = engineName.withCString { name in
                gvLayout(context, graph, name)
            }
            defer { gvFreeLayout(context, graph) }
            guard layoutStatus == 0, agerrors() < Int32(AGERR.rawValue) else {
                throw .layoutFailed(engine: engineName, messages: session.capturedMessages)
            }

            session.resetMessages()
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let renderStatus = formatName.withCString { name in
                gvRenderData(context, graph, name, &buffer, &length)
            }
            // Graphviz hands back a buffer even when rendering fails: free it on every path.
            defer { if let buffer { gvFreeRenderData(buffer) } }
            guard renderStatus == 0, agerrors() < Int32(AGERR.rawValue), let buffer else {
                throw .renderFailed(format: formatName, messages: session.capturedMessages)
            }
            return Data(bytes: buffer, count: Int(length))
        }
    }

    /// Parses `source` with `agmemread`, then drains the global lexer: `agmemread` keeps text
    /// after the first graph and would hand it to the *next* call, so whatever is left (after
    /// a good graph or a syntax error) is read and closed here. A good graph with anything
    /// after it is `trailingInput`. Lock must be held.
    private static func parseOneGraph(
        _ source: String, session: GraphvizSession
    ) throws(RenderError) -> UnsafeMutablePointer<Agraph_t> {
        session.resetMessages()
        let graph = source.withCString { agmemread($0) }
        let parseMessages = session.capturedMessages
        var leftovers = 0
        var drainFailed = false
        while true {
            session.resetMessages()
            guard let extra = agmemread("") else {
                drainFailed = agerrors() >= Int32(AGERR.rawValue)
                break
            }
            agclose(extra)
            leftovers += 1
        }
        guard let graph else { throw .syntax(messages: parseMessages) }
        if leftovers > 0 || drainFailed {
            agclose(graph)
            throw .trailingInput(messages: session.capturedMessages)
        }
        return graph
    }

    /// DOT may come from elsewhere than `DOTWriter` (a user's file), so the two attributes our
    /// writer never emits are refused here too:
    /// - `concentrate`, in any subgraph: it crashes Graphviz 2.43's dot layout on some graphs,
    ///   killing the process;
    /// - `layout`, declared anywhere (even empty, in a subgraph): Graphviz reads it on the root
    ///   and it overrides the engine chosen in Swift, or fails the layout when empty.
    ///
    /// Lock must be held.
    private static func refuseUnsafeAttributes(
        of graph: UnsafeMutablePointer<Agraph_t>
    ) throws(RenderError) {
        var pending = [graph]
        while let current = pending.popLast() {
            let concentrate = attribute("concentrate", of: current) ?? ""
            if !["", "false", "no", "0"].contains(concentrate.lowercased()) {
                throw .unsupportedAttribute(name: "concentrate", value: concentrate)
            }
            var subgraph = agfstsubg(current)
            while let found = subgraph {
                pending.append(found)
                subgraph = agnxtsubg(found)
            }
        }
        if let layout = attribute("layout", of: graph) {
            throw .unsupportedAttribute(name: "layout", value: layout)
        }
    }

    /// The graph's value of `name`, trimmed; nil when no graph in the file declares it.
    private static func attribute(_ name: String,
                                      of graph: UnsafeMutablePointer<Agraph_t>) -> String? {
        let value = name.withCString { namePointer in
            agget(UnsafeMutableRawPointer(graph), UnsafeMutablePointer(mutating: namePointer))
        }
        guard let value else { return nil }
        return String(cString: value).trimmingCharacters(in: .whitespaces)
    }

    /// Throws `missingPlugin` unless both the layout engine and the output device exist.
    /// Lock must be held.
    private static func checkPlugins(engine: String, format: String,
                                     in context: OpaquePointer) throws(RenderError) {
        let session = GraphvizSession.shared
        let layouts = session.plugins("layout", in: context)
        guard layouts.contains(engine) else {
            throw .missingPlugin(kind: "layout", name: engine, available: layouts)
        }
        let devices = session.plugins("device", in: context)
        guard devices.contains(format) else {
            throw .missingPlugin(kind: "output format", name: format, available: devices)
        }
    }
}
