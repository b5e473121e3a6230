import Foundation
import TextAnalysis

/// Reads articles from files or standard input into `Document`s, and decides each one's
/// creation date (DCT).
///
/// The date comes from, in order: the caller's explicit date (`--date`), a `.meta.json`
/// beside the file (`{"dct": "2025-11-21"}`), a dateline in the first line of the text,
/// and finally the caller's fallback (the run date). The source is recorded on the document
/// as `creationDateSource`. Input is strict: invalid UTF-8, NUL bytes, empty or oversized
/// files are errors (never silently repaired), so offsets always refer to the file as given.
/// A leading byte-order mark is dropped.
public struct ArticleReader: Sendable {
    /// Largest article accepted, in bytes.
    public var maximumBytes = 16 * 1_048_576
    let dating: DocumentDating

    public init() throws(ExtractionError) {
        dating = try DocumentDating()
    }

    /// Reads `path` (`-` for standard input, already read into `standardInput`). A document
    /// date that other sources contradict is noted as a `document-date` diagnostic.
    public func read(path: String, explicitDate: CalendarDate?, fallbackDate: CalendarDate,
                     standardInput: Data? = nil) throws(InputError) -> Document {
        try readWithConflicts(path: path, explicitDate: explicitDate,
                              fallbackDate: fallbackDate, standardInput: standardInput).document
    }

    /// `read` with the metadata's URL and the date conflicts apart.
    func readWithConflicts(path: String, explicitDate: CalendarDate?,
                           fallbackDate: CalendarDate, standardInput: Data?)
        throws(InputError) -> (document: Document, url: String?, conflicts: [String]) {
        let data: Data
        let id: String
        if path == "-" {
            data = standardInput ?? Data()
            id = "stdin"
        } else {
            data = try readFile(path)
            id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        }
        let displayPath = path == "-" ? "<stdin>" : path
        let text = try decode(data, path: displayPath)
        let metadata = path == "-" ? nil : try ArticleMetadata.beside(path)
        let choice = dating.choose(text: text, explicitDate: explicitDate,
                                   recordDate: metadata?.creationDate,
                                   fallbackDate: fallbackDate)
        var document = Document(id: id, text: text, creationDate: choice.date,
                                creationDateSource: choice.source, title: metadata?.title,
                                path: path == "-" ? nil : path)
        document.diagnostics += choice.conflicts.map {
            Diagnostic(.warning, stage: "document-date", message: $0)
        }
        return (document, metadata?.url, choice.conflicts)
    }

    private func readFile(_ path: String) throws(InputError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notFound(path: path)
        }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
           size > maximumBytes {
            throw .tooLarge(path: path, bytes: size, limit: maximumBytes)
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Strict UTF-8 decoding with the offset of the first problem.
    func decode(_ data: Data, path: String) throws(InputError) -> String {
        if data.count > maximumBytes {
            throw .tooLarge(path: path, bytes: data.count, limit: maximumBytes)
        }
        let bytes = [UInt8](data)
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let nul = bytes.firstIndex(of: 0) { throw .binary(path: path, offset: nul) }
        guard let text = String(validating: bytes[bom...], as: UTF8.self) else {
            throw .invalidUTF8(path: path, offset: Self.firstInvalidByte(in: bytes, from: bom))
        }
        if text.allSatisfy(\.isWhitespace) { throw .empty(path: path) }
        return text
    }

    /// The file offset of the first byte that does not decode as UTF-8.
    static func firstInvalidByte(in bytes: [UInt8], from start: Int) -> Int {
        var offset = start
        var iterator = bytes[start...].makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += scalar.utf8.count
        }
        return offset
    }
}

/// The `.meta.json` beside an article: `{"dct": "YYYY-MM-DD", "title": …, "url": …}`.
struct ArticleMetadata: Decodable {
    var dct: String?
    var title: String?
    var url: String?

    var creationDate: CalendarDate? { dct.flatMap(CalendarDate.init(iso:)) }

    /// The metadata beside `path` (`article.txt` → `article.meta.json`), nil when absent.
    static func beside(_ path: String) throws(InputError) -> ArticleMetadata? {
        let url = URL(fileURLWithPath: path).deletingPathExtension()
            .appendingPathExtension("meta.json")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let metadata: ArticleMetadata
        do {
            metadata = try JSONDecoder().decode(ArticleMetadata.self,
                                                from: Data(contentsOf: url))
        } catch {
            throw .badMetadata(path: url.path, reason: "is not valid metadata JSON "
                               + "(expected {\"dct\": \"YYYY-MM-DD\"})")
        }
        if let dct = metadata.dct, CalendarDate(iso: dct) == nil {
            throw .badDate(text: dct, origin: url.path + " dct")
        }
        return metadata
    }
}
