/// Why extraction could not run: a broken resource file or a failed stage.
public enum ExtractionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A resource file is missing from the bundle.
    case missingResource(String)
    /// A resource or user file has a bad line: `file:line: message`.
    case badLexicon(file: String, line: Int, message: String)
    /// A pipeline stage failed.
    case stageFailed(stage: String, message: String)

    public var description: String {
        switch self {
        case .missingResource(let name):
            return "resource \(name) is missing from the EventExtraction bundle; "
                + "reinstall eventgraph with its resources folder beside the binary"
        case .badLexicon(let file, let line, let message):
            // Line 0: the file as a whole (missing, not UTF-8).
            return line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
        case .stageFailed(let stage, let message):
            return "\(stage): \(message)"
        }
    }
}
