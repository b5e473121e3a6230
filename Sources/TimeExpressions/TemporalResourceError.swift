/// A rule or lexicon file could not be loaded; a bad resource is a start-up error, never a
/// silent skip.
public enum TemporalResourceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bundled file is missing (the `.resources` folder is not beside the binary).
    case missingFile(String)
    /// A line of a TSV file is wrong; `line` is 1-based.
    case invalidLine(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case .missingFile(let file):
            return "\(file): resource file not found; keep the EventGraph_TimeExpressions"
                + ".resources folder beside the binary"
        case .invalidLine(let file, let line, let message):
            return "\(file):\(line): \(message)"
        }
    }
}
