import Foundation
import TextAnalysis

/// One article read from a corpus, ready for extraction.
public struct CorpusArticle: Sendable {
    public var document: Document
    /// Where it was read: a file path, `corpus.jsonl:17` for a JSONL record, or `<stdin>`.
    public var origin: String
    public var url: String?
    /// Places that gave another document date than the one used (see `DocumentDating`).
    public var dateConflicts: [String]
}

/// Reads articles from the inputs a user names: text files, folders (searched recursively
/// for `*.txt`, each with an optional `.meta.json`, and `*.jsonl`), JSONL corpora (one
/// `{"id","date","title","url","text"}` record per line) and standard input (`-`: a JSONL
/// corpus when it starts with `{`, otherwise one article).
///
/// Articles come one at a time from `makeIterator()`, in a defined order (inputs as given,
/// folder contents sorted by path, records in file order), and a JSONL file is streamed, so
/// memory does not grow with the corpus. A bad file or record stops the reading with an
/// `InputError` naming `file` or `file:line`. Two articles with the same id get `-2`, `-3`
/// suffixes in reading order.
public struct CorpusReader: Sendable {
    /// One place articles come from, after folders are expanded.
    public enum Source: Sendable, Hashable {
        case textFile(String)
        case jsonl(String)
        case standardInput
    }

    public let sources: [Source]
    let reader: ArticleReader
    let explicitDate: CalendarDate?
    let fallbackDate: CalendarDate
    let standardInput: Data?

    /// Expands `inputs` (files, folders, `-`); `standardInput` holds stdin's bytes when `-`
    /// is among them.
    public init(inputs: [String], reader: ArticleReader, explicitDate: CalendarDate?,
                fallbackDate: CalendarDate, standardInput: Data?) throws(InputError) {
        var sources: [Source] = []
        for input in inputs {
            if input == "-" {
                sources.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw .notFound(path: input)
            }
            if isDirectory.boolValue {
                let found = Self.articles(inFolder: input)
                if found.isEmpty { throw .noArticles(path: input) }
                sources += found
            } else {
                sources.append(Self.source(input))
            }
        }
        self.sources = sources
        self.reader = reader
        self.explicitDate = explicitDate
        self.fallbackDate = fallbackDate
        self.standardInput = standardInput
    }

    static func source(_ path: String) -> Source {
        path.lowercased().hasSuffix(".jsonl") ? .jsonl(path) : .textFile(path)
    }

    /// `*.txt` and `*.jsonl` under `folder`, recursively, hidden entries skipped, sorted.
    static func articles(inFolder folder: String) -> [Source] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey],
            options: [.skipsHiddenFiles]) else { return [] }
        var paths: [String] = []
        for case let url as URL in walker {
            let name = url.lastPathComponent.lowercased()
            guard name.hasSuffix(".txt") || name.hasSuffix(".jsonl") else { continue }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile
                == true else { continue }
            paths.append(url.path)
        }
        return paths.sorted().map(source)
    }

    /// Reads the articles one by one.
    public func makeIterator() -> Iterator { Iterator(corpus: self) }

    /// Reads every article once without keeping them, so a bad record stops the run before
    /// anything is written; returns how many articles there are.
    public func validate() throws(InputError) -> Int {
        var iterator = makeIterator()
        var count = 0
        while try iterator.next() != nil { count += 1 }
        return count
    }

    /// Streams the corpus's articles; `next()` returns nil at the end.
    public struct Iterator {
        let corpus: CorpusReader
        var sourceIndex = 0
        var lines: LineReader?
        var linesPath = ""
        var seenIDs: [String: Int] = [:]

        /// The next article, nil at the end.
        public mutating func next() throws(InputError) -> CorpusArticle? {
            while true {
                if lines != nil, let article = try nextRecord() { return unique(article) }
                guard sourceIndex < corpus.sources.count else { return nil }
                let source = corpus.sources[sourceIndex]
                sourceIndex += 1
                switch source {
                case .textFile(let path):
                    return unique(try corpus.readText(path: path))
                case .jsonl(let path):
                    do {
                        lines = try LineReader(path: path)
                    } catch {
                        throw .unreadable(path: path, reason: (error as NSError)
                            .localizedDescription)
                    }
                    linesPath = path
                case .standardInput:
                    let data = corpus.standardInput ?? Data()
                    let firstByte = data.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
                    if firstByte == UInt8(ascii: "{") {
                        lines = LineReader(data: data)
                        linesPath = "<stdin>"
                    } else {
                        return unique(try corpus.readText(path: "-"))
                    }
                }
            }
        }

        private mutating func nextRecord() throws(InputError) -> CorpusArticle? {
            while var reader = lines {
                guard let line = reader.next() else {
                    lines = nil
                    return nil
                }
                lines = reader
                if line.allSatisfy({ [0x20, 0x09].contains($0) }) { continue }
                return try corpus.readRecord(line, path: linesPath, line: reader.lineNumber)
            }
            return nil
        }

        /// Two articles with one id stay distinct: the later ones get a numeric suffix.
        private mutating func unique(_ article: CorpusArticle) -> CorpusArticle {
            let id = article.document.id
            guard let count = seenIDs[id] else {
                seenIDs[id] = 1
                return article
            }
            seenIDs[id] = count + 1
            var renamed = article
            renamed.document = article.document.renamed("\(id)-\(count + 1)")
            return renamed
        }
    }

    func readText(path: String) throws(InputError) -> CorpusArticle {
        let read = try reader.readWithConflicts(path: path, explicitDate: explicitDate,
                                                fallbackDate: fallbackDate,
                                                standardInput: standardInput)
        return CorpusArticle(document: read.document, origin: path == "-" ? "<stdin>" : path,
                             url: read.url, dateConflicts: read.conflicts)
    }

    func readRecord(_ line: ArraySlice<UInt8>, path: String,
                    line number: Int) throws(InputError) -> CorpusArticle {
        let origin = "\(path):\(number)"
        let record = try CorpusRecord.decode(line, origin: origin)
        guard let text = record.text else {
            throw .badRecord(origin: origin, reason: "has no \"text\"")
        }
        if text.allSatisfy(\.isWhitespace) {
            throw .badRecord(origin: origin, reason: "has an empty \"text\"")
        }
        if text.utf8.count > reader.maximumBytes {
            throw .tooLarge(path: origin, bytes: text.utf8.count, limit: reader.maximumBytes)
        }
        if text.unicodeScalars.contains("\u{0}") {
            throw .badRecord(origin: origin, reason: "\"text\" holds a NUL character")
        }
        var recordDate: CalendarDate?
        if let date = record.date {
            guard let day = CorpusRecord.day(of: date) else {
                throw .badDate(text: date, origin: origin + " \"date\"")
            }
            recordDate = day
        }
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let id = record.id.map { $0.trimmingCharacters(in: .whitespaces) }
            .flatMap { $0.isEmpty ? nil : $0 } ?? "\(stem)-\(number)"
        let choice = reader.dating.choose(text: text, explicitDate: explicitDate,
                                          recordDate: recordDate, fallbackDate: fallbackDate)
        var document = Document(id: id, text: text, creationDate: choice.date,
                                creationDateSource: choice.source, title: record.title,
                                path: origin)
        document.diagnostics += choice.conflicts.map {
            Diagnostic(.warning, stage: "document-date", message: $0)
        }
        return CorpusArticle(document: document, origin: origin, url: record.url,
                             dateConflicts: choice.conflicts)
    }
}
