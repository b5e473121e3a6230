import Foundation

/// A gold or predicted name over the words of one treebank sentence, in the JSON Lines
/// format of `shared/tools/gum_entities.py --ner` and `ner_score.py`.
public struct NameAnnotation: Sendable, Hashable, Codable {
    /// `# newdoc id` of the document.
    public var doc: String
    /// `# sent_id` of the sentence.
    public var sent: String
    /// First word (0-based) and one past the last word.
    public var start: Int
    public var end: Int
    /// PERSON, ORGANIZATION or GPE_LOC.
    public var type: String

    public init(doc: String, sent: String, start: Int, end: Int, type: String) {
        self.doc = doc
        self.sent = sent
        self.start = start
        self.end = end
        self.type = type
    }

    /// Reads a JSON Lines file; other fields of each line are ignored.
    public static func read(contentsOf url: URL) throws(PipelineError) -> [NameAnnotation] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw PipelineError(stage: "entity-recognizer",
                                message: "cannot read \(url.path): \(error)")
        }
        var result: [NameAnnotation] = []
        let decoder = JSONDecoder()
        for (number, line) in text.split(separator: "\n").enumerated()
            where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                result.append(try decoder.decode(NameAnnotation.self, from: Data(line.utf8)))
            } catch {
                throw PipelineError(stage: "entity-recognizer",
                                    message: "\(url.lastPathComponent):\(number + 1): "
                                        + "not a name line (doc, sent, start, end, type)")
            }
        }
        return result
    }

    /// One JSON object per line, keys sorted, for `ner_score.py`.
    public static func jsonLines(_ names: [NameAnnotation]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return names.compactMap { try? encoder.encode($0) }
            .map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n") + "\n"
    }
}

extension NameAnnotation {
    /// Names of a Universal NER IOB2 file (`# sent_id` comments, then `index<TAB>form<TAB>tag`
    /// lines), with PER, ORG and LOC mapped to PERSON, ORGANIZATION and GPE_LOC (other types
    /// are left out). Used as extra training data for the name recogniser.
    public static func readIOB2(contentsOf url: URL) throws(PipelineError) -> [NameAnnotation] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw PipelineError(stage: "entity-recognizer",
                                message: "cannot read \(url.path): \(error)")
        }
        let types = ["PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "GPE_LOC"]
        var result: [NameAnnotation] = []
        var document = "", sentence = ""
        var position = 0
        var open: (start: Int, type: String)?
        func close(at end: Int) {
            if let current = open, let type = types[current.type] {
                result.append(NameAnnotation(doc: document, sent: sentence, start: current.start,
                                             end: end, type: type))
            }
            open = nil
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# newdoc id = ") {
                document = String(line.dropFirst("# newdoc id = ".count))
            } else if line.hasPrefix("# sent_id = ") {
                sentence = String(line.dropFirst("# sent_id = ".count))
                position = 0
            } else if line.isEmpty {
                close(at: position)
            } else if !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count >= 3 else { continue }
                let tag = fields[2]
                if tag.hasPrefix("B-") {
                    close(at: position)
                    open = (position, String(tag.dropFirst(2)))
                } else if !tag.hasPrefix("I-") {
                    close(at: position)
                }
                position += 1
            }
        }
        close(at: position)
        return result
    }
}
