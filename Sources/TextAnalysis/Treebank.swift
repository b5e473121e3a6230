import Foundation

/// One syntactic word of a CoNLL-U sentence (multiword-token ranges and empty nodes aside).
public struct TreebankWord: Sendable, Hashable {
    /// Columns 2–5 of the CoNLL-U line, as written.
    public var form: String
    public var lemma: String
    public var upos: String
    public var xpos: String
    /// 1-based head position in the sentence, 0 for the root.
    public var head: Int
    /// Column 8 (DEPREL) and column 10 (MISC).
    public var relation: String
    public var misc: String

    public init(form: String, lemma: String, upos: String, xpos: String, head: Int,
                relation: String, misc: String) {
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.head = head
        self.relation = relation
        self.misc = misc
    }
}

/// A multiword token such as `don't` spanning words `first...last` (0-based, inclusive).
public struct TreebankMultiword: Sendable, Hashable {
    /// First and last word covered, and the surface form.
    public var first: Int
    public var last: Int
    public var form: String
}

/// One sentence of a CoNLL-U treebank: its text, words and the comments that place it.
public struct TreebankSentence: Sendable {
    /// `# newdoc id` of the document and `# sent_id` of the sentence.
    public var documentID: String
    public var sentenceID: String
    /// The `# text` comment: the sentence as raw text.
    public var text: String
    /// Whether a `# newpar` or `# newdoc` comment opened a paragraph here.
    public var startsParagraph: Bool
    public var startsDocument: Bool
    /// Syntactic words (integer ids) and multiword tokens (ranges).
    public var words: [TreebankWord]
    public var multiwords: [TreebankMultiword]
}

/// A readable CoNLL-U reader, for training and evaluation on Universal Dependencies data.
///
/// It reads the ten columns of each integer-numbered line; multiword ranges are kept apart,
/// empty nodes (`5.1`) are skipped. A malformed line is an error with file and line number.
public enum Treebank {
    /// The sentences of a CoNLL-U file.
    public static func read(contentsOf url: URL) throws(PipelineError) -> [TreebankSentence] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw PipelineError(stage: "treebank", message: "cannot read \(url.path): \(error)")
        }
        return try parse(String(decoding: data, as: UTF8.self), source: url.lastPathComponent)
    }

    /// The sentences of CoNLL-U text; `source` names it in error messages.
    public static func parse(_ text: String,
                             source: String) throws(PipelineError) -> [TreebankSentence] {
        var sentences: [TreebankSentence] = []
        var documentID = ""
        var current = TreebankSentence(documentID: "", sentenceID: "", text: "",
                                       startsParagraph: false, startsDocument: false,
                                       words: [], multiwords: [])
        var lineNumber = 0
        func flush() {
            if !current.words.isEmpty {
                current.documentID = documentID
                sentences.append(current)
            }
            current = TreebankSentence(documentID: documentID, sentenceID: "", text: "",
                                       startsParagraph: false, startsDocument: false,
                                       words: [], multiwords: [])
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("#") {
                if let value = comment(line, "newdoc id") {
                    documentID = value
                    current.startsDocument = true
                    current.startsParagraph = true
                } else if line.hasPrefix("# newdoc") {
                    current.startsDocument = true
                    current.startsParagraph = true
                } else if line.hasPrefix("# newpar") {
                    current.startsParagraph = true
                } else if let value = comment(line, "sent_id") {
                    current.sentenceID = value
                } else if let value = comment(line, "text") {
                    current.text = value
                }
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                throw PipelineError(stage: "treebank",
                                    message: "\(source):\(lineNumber): expected 10 columns, "
                                        + "found \(columns.count)")
            }
            let id = columns[0]
            if id.contains(".") { continue }
            if let dash = id.firstIndex(of: "-") {
                guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...])
                else {
                    throw PipelineError(stage: "treebank",
                                        message: "\(source):\(lineNumber): bad range \(id)")
                }
                current.multiwords.append(TreebankMultiword(first: first - 1, last: last - 1,
                                                            form: String(columns[1])))
                continue
            }
            let head = Int(columns[6]) ?? -1
            current.words.append(TreebankWord(
                form: String(columns[1]), lemma: String(columns[2]), upos: String(columns[3]),
                xpos: String(columns[4]), head: head, relation: String(columns[7]),
                misc: String(columns[9])))
        }
        flush()
        return sentences
    }

    private static func comment(_ line: Substring, _ key: String) -> String? {
        let prefix = "# \(key) ="
        guard line.hasPrefix(prefix) else { return nil }
        return line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
    }
}
