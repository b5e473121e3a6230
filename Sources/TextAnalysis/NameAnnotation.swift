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
