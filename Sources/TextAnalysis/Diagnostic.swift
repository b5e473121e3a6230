/// A non-fatal finding of a stage (an unresolved date, a conflicting rule, a repaired byte).
///
/// Diagnostics are data in the document, shown by the CLI with `--verbose`; stages never print.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable { case note, warning }

    public var severity: Severity
    /// Name of the stage that produced it.
    public var stage: String
    public var message: String
    /// Where in the text it applies, when it applies somewhere.
    public var span: Span?

    public init(_ severity: Severity, stage: String, message: String, span: Span? = nil) {
        self.severity = severity
        self.stage = stage
        self.message = message
        self.span = span
    }

    public var description: String {
        let place = span.map { " at \($0)" } ?? ""
        return "\(severity.rawValue): \(stage)\(place): \(message)"
    }
}
