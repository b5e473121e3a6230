/// Why an input could not be read as an article. Each message names the input and says
/// what to do, in one line.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String, offset: Int)
    case invalidUTF8(path: String, offset: Int)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case badMetadata(path: String, reason: String)
    case badDate(text: String, origin: String)
    /// A JSONL record that cannot be read; `origin` is `file:line`.
    case badRecord(origin: String, reason: String)
    /// A folder with no `*.txt` or `*.jsonl` inside.
    case noArticles(path: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "\(path): no such file"
        case .isDirectory(let path):
            return "\(path): is a directory; pass the article files inside it "
                + "(e.g. \(path)/*.txt)"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read (\(reason))"
        case .empty(let path):
            return "\(path): is empty; an article needs some text"
        case .binary(let path, let offset):
            return "\(path): looks like a binary file (NUL byte at offset \(offset)); "
                + "give a UTF-8 text file"
        case .invalidUTF8(let path, let offset):
            return "\(path): is not valid UTF-8 (first bad byte at offset \(offset)); "
                + "convert it first, e.g. iconv -f latin1 -t utf-8"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): is \(bytes / 1_048_576) MiB, over the \(limit / 1_048_576) MiB "
                + "limit for one article; split it into articles"
        case .badMetadata(let path, let reason):
            return "\(path): \(reason)"
        case .badDate(let text, let origin):
            return "\(origin): '\(text)' is not a date; use YYYY-MM-DD, e.g. 2025-11-21"
        case .badRecord(let origin, let reason):
            return "\(origin): \(reason)"
        case .noArticles(let path):
            return "\(path): is a folder with no .txt or .jsonl articles inside"
        }
    }
}
