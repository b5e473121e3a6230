/// A TimeML file could not be read.
public enum TimeMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file has no `<TEXT>` element.
    case missingText(file: String)
    /// The markup is broken; `offset` is the character offset in the file.
    case malformed(file: String, offset: Int, message: String)
    /// `<DCT>` is missing or its value is not a `YYYY-MM-DD` date.
    case invalidCreationTime(file: String, value: String?)

    public var description: String {
        switch self {
        case .missingText(let file):
            return "\(file): no <TEXT> element; a TimeML document keeps its text in <TEXT>"
        case .malformed(let file, let offset, let message):
            return "\(file): character \(offset): not well-formed XML: \(message)"
        case .invalidCreationTime(let file, let value):
            guard let value else {
                return "\(file): no <DCT> TIMEX3 with a value; give the date with --date"
            }
            return "\(file): <DCT> value '\(value)' is not a YYYY-MM-DD date"
        }
    }
}
