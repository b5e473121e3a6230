import CGraphviz
import Foundation

/// The process's one Graphviz context and the one lock every Graphviz call runs under.
///
/// libcgraph/libgvc are not thread-safe even with separate contexts (the parser, error state
/// and plugin loader are globals), so all access goes through `withContext`, which holds
/// `lock` for the whole call. The error callback runs inside such a call, on the thread that
/// holds the lock, so `messages` is only ever touched under it too: that is the invariant
/// behind `@unchecked Sendable`. The context lives until the process ends (still reachable,
/// never leaked per render); creating one per render would leak ~3.6 KB each time.
final class GraphvizSession: @unchecked Sendable {
    /// The single session; created on first use.
    static let shared = GraphvizSession()

    private let lock = NSLock()
    /// Guarded by `lock`.
    private var context: OpaquePointer?
    /// Guarded by `lock`: what Graphviz reported since the last `resetMessages()`.
    private var messages = ""
    /// Guarded by `lock`: plugin lists already queried, by kind.
    private var pluginLists: [String: [String]] = [:]

    private init() {}

    /// Runs `body` with the context while holding the lock, creating the context on first use.
    func withContext<T>(
        _ body: (OpaquePointer) throws(RenderError) -> T
    ) throws(RenderError) -> T {
        lock.lock()
        defer { lock.unlock() }
        if context == nil {
            // Install the callback first, so that messages from context creation are captured.
            _ = agseterrf { piece in
                if let piece { GraphvizSession.shared.messages += String(cString: piece) }
                return 0
            }
            resetMessages()
            context = gvContext()
        }
        guard let context else { throw .contextUnavailable(messages: messages) }
        return try body(context)
    }

    /// Clears the captured messages and Graphviz's sticky error level. Lock must be held.
    func resetMessages() {
        messages = ""
        _ = agreseterrors()
    }

    /// Messages captured since the last reset. Lock must be held.
    var capturedMessages: String { messages }

    /// The installed plugins of `kind` (`layout`, `device` …), queried once. Lock must be held.
    func plugins(_ kind: String, in context: OpaquePointer) -> [String] {
        if let cached = pluginLists[kind] { return cached }
        var count: Int32 = 0
        var names: [String] = []
        kind.withCString { kindPointer in
            guard let list = gvPluginList(context, UnsafeMutablePointer(mutating: kindPointer),
                                          &count, nil) else { return }
            defer { free(list) }
            for index in 0..<Int(count) {
                guard let item = list[index] else { continue }
                names.append(String(cString: item))
                free(item)
            }
        }
        pluginLists[kind] = names
        return names
    }
}
