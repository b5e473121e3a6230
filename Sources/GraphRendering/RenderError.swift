import Foundation

/// Why a render (or a timeline) could not be produced, with Graphviz's own words when it
/// gave any, and what to do about it.
public enum RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The DOT text was empty or only whitespace (Graphviz returns no graph and no message).
    case emptyInput
    /// The DOT text holds a NUL character, which would silently cut it short in C.
    case nulCharacter(offset: Int)
    /// Graphviz could not parse the DOT text; `messages` are its diagnostics.
    case syntax(messages: String)
    /// The DOT text holds more than one graph, or something after the first graph.
    case trailingInput(messages: String)
    /// The DOT text sets an attribute the renderer refuses (`concentrate`, `layout`).
    case unsupportedAttribute(name: String, value: String)
    /// A layout engine or output device is not installed.
    case missingPlugin(kind: String, name: String, available: [String])
    /// Graphviz could not start (no context).
    case contextUnavailable(messages: String)
    /// The layout step failed.
    case layoutFailed(engine: String, messages: String)
    /// The render step failed.
    case renderFailed(format: String, messages: String)
    /// A timeline could not be encoded (JSON).
    case encodingFailed(String)

    /// Debian package that ships the Graphviz plugins (all engines, svg, cairo png/pdf).
    public static let pluginPackage = "libgvc6"

    /// One or more lines: what failed, Graphviz's messages, and what to do.
    public var description: String {
        switch self {
        case .emptyInput:
            return "DOT input is empty: give one graph, e.g. `digraph g { a -> b }`"
        case .nulCharacter(let offset):
            return "DOT input holds a NUL character at UTF-8 offset \(offset); remove it"
        case .syntax(let messages):
            return "Graphviz could not parse the DOT input"
                + Self.details(messages, otherwise: "no message from Graphviz")
        case .trailingInput(let messages):
            return "DOT input holds more than one graph or text after the graph;"
                + " render one graph per call" + Self.details(messages, otherwise: "")
        case .unsupportedAttribute(let name, let value):
            let reason = name == "layout"
                ? "the layout engine is chosen by the caller; remove the attribute"
                : "it crashes Graphviz 2.43 on some graphs; remove it"
            return "DOT input sets \(name)=\"\(value)\", which is refused: \(reason)"
        case .missingPlugin(let kind, let name, let available):
            let known = available.isEmpty ? "none (plugin configuration missing?)"
                : available.joined(separator: " ")
            return "Graphviz \(kind) plugin '\(name)' is not available (available: \(known)). "
                + "Install the Debian package \(Self.pluginPackage) (apt-get install "
                + "\(Self.pluginPackage) graphviz); if it is installed, run `dot -c` as root "
                + "to rebuild the plugin configuration"
        case .contextUnavailable(let messages):
            return "Graphviz could not create a context"
                + Self.details(messages, otherwise: "no message from Graphviz")
        case .layoutFailed(let engine, let messages):
            return "Graphviz layout with engine '\(engine)' failed"
                + Self.details(messages, otherwise: "no message from Graphviz")
        case .renderFailed(let format, let messages):
            return "Graphviz could not render format '\(format)'"
                + Self.details(messages, otherwise: "no message from Graphviz")
        case .encodingFailed(let reason):
            return "timeline could not be encoded: \(reason)"
        }
    }

    private static func details(_ messages: String, otherwise: String) -> String {
        let trimmed = messages.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return otherwise.isEmpty ? "" : " (\(otherwise))" }
        return ":\n" + trimmed
    }
}
