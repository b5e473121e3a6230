/// Quoting for Mermaid source (flowcharts and timelines in Markdown documents).
///
/// Mermaid has no backslash escapes: inside a `"…"` label it reads HTML entity codes
/// (`#quot;`, `#35;`), and the timeline syntax uses `:` as a separator. So every character
/// that could end a label, start a comment, or be taken for markup becomes an entity code,
/// and line breaks become spaces.
enum MermaidText {
    /// Text for a quoted flowchart label (the quotes are not included).
    static func label(_ text: String) -> String {
        var result = ""
        for scalar in TimelineFormatter.singleLine(text).unicodeScalars {
            switch scalar {
            case "\"": result += "#quot;"
            case "#": result += "#35;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "&": result += "#amp;"
            case "`": result += "#96;"
            case "%": result += "#37;"
            case ";": result += "#59;"
            case "|": result += "#124;"
            case "{", "}", "[", "]", "(", ")":
                result += "#\(scalar.value);"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Text for a timeline period or event: like `label`, and `:` (the separator) too.
    static func timelineText(_ text: String) -> String {
        label(text).replacingOccurrences(of: ":", with: "#58;")
    }
}
