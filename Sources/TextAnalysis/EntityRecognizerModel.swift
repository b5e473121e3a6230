import Foundation

/// A trained name recogniser: BILOU labels over PERSON, ORGANIZATION and GPE_LOC, decoded
/// greedily left to right under the BILOU constraints. Read-only and shareable across threads.
public struct EntityRecognizerModel: Sendable {
    /// The file name in `Models/`.
    public static let fileName = "entities.bin"
    static let magic = "EventGraph.EntityRecognizer"
    static let version: UInt32 = 3

    /// Label layout: 0 = O, then for each class c (in `EntityClass.allCases` order)
    /// 1 + 4c + {0: B, 1: I, 2: L, 3: U}.
    static let labelCount = 1 + 4 * EntityClass.allCases.count
    /// The tag labels the recogniser was trained with; `label` takes tags as indices into it.
    let tags: TagSet
    let perceptron: PerceptronModel

    init(tags: TagSet, perceptron: PerceptronModel) {
        self.tags = tags
        self.perceptron = perceptron
    }

    /// The model shipped in `Models/`, read once on first use.
    public static func shipped() throws(PipelineError) -> EntityRecognizerModel {
        try cached.get()
    }

    private static let cached: Result<EntityRecognizerModel, PipelineError> = {
        do throws(PipelineError) {
            let data = try ModelResources.data(fileName, stage: "entity-recognizer")
            return .success(try EntityRecognizerModel(data: data, file: fileName))
        } catch { return .failure(error) }
    }()

    /// Reads a model from the bytes of a model file.
    public init(data: Data, file: String) throws(PipelineError) {
        var reader = ModelReader(data: data, stage: "entity-recognizer", file: file)
        try reader.expectHeader(magic: Self.magic, version: Self.version)
        let tags = try TagSet.read(from: &reader)
        let perceptron = try PerceptronModel.read(from: &reader)
        guard perceptron.classCount == Self.labelCount else {
            throw reader.failure("expected \(Self.labelCount) labels")
        }
        self.init(tags: tags, perceptron: perceptron)
    }

    /// The bytes of a model file.
    public func serialized() -> Data {
        var writer = ModelWriter()
        writer.write(Self.magic)
        writer.write(Self.version)
        tags.write(to: &writer)
        perceptron.write(to: &writer)
        return writer.data
    }

    /// Whether label `next` may follow label `previous` (-1 at the start) in BILOU.
    static func allows(_ previous: Int, _ next: Int) -> Bool {
        let open = previous > 0 && ((previous - 1) % 4 == 0 || (previous - 1) % 4 == 1)
        if next == 0 { return !open }
        let kind = (next - 1) % 4, entity = (next - 1) / 4
        if open {
            return (kind == 1 || kind == 2) && entity == (previous - 1) / 4
        }
        return kind == 0 || kind == 3
    }

    /// The first word of the open name after word `i` got `label` (-1 when none is open).
    static func nextSpanStart(_ current: Int, label: Int, at i: Int) -> Int {
        guard label > 0 else { return -1 }
        switch (label - 1) % 4 {
        case 0: return i
        case 1: return current
        default: return -1
        }
    }

    /// Whether `label` may end a sentence.
    static func canEnd(_ label: Int) -> Bool {
        label == 0 || (label - 1) % 4 == 2 || (label - 1) % 4 == 3
    }

    /// Labels one sentence into `labels` (BILOU indices).
    func label(_ words: UnsafeBufferPointer<WordShape>, tags: UnsafeBufferPointer<Int>,
               syntax: UnsafeBufferPointer<SyntaxHint>, into labels: inout [Int],
               scratch: inout TaggerScratch) {
        labels.removeAll(keepingCapacity: true)
        var previous = -1, beforePrevious = -2, spanStart = -1
        for i in 0..<words.count {
            scratch.features.removeAll(keepingCapacity: true)
            EntityFeatures.extract(words, tags: tags, syntax: syntax, at: i, previous: previous,
                                   beforePrevious: beforePrevious, spanStart: spanStart,
                                   into: &scratch.features)
            var best = -1
            scratch.features.withUnsafeBufferPointer { features in
                scratch.scores.withUnsafeMutableBufferPointer { scores in
                    for c in 0..<scores.count { scores[c] = 0 }
                    perceptron.addScores(of: features, to: scores)
                    let last = i == words.count - 1
                    for c in 0..<scores.count where Self.allows(previous, c)
                        && (!last || Self.canEnd(c)) {
                        if best < 0 || scores[c] > scores[best] { best = c }
                    }
                }
            }
            labels.append(best)
            beforePrevious = previous
            previous = best
            spanStart = Self.nextSpanStart(spanStart, label: best, at: i)
        }
    }

    /// The mentions (word ranges and classes) a BILOU label sequence encodes.
    static func mentions(_ labels: [Int]) -> [(range: Range<Int>, entityClass: EntityClass)] {
        var result: [(Range<Int>, EntityClass)] = []
        var start = -1
        for (i, label) in labels.enumerated() where label > 0 {
            let kind = (label - 1) % 4
            let entityClass = EntityClass.allCases[(label - 1) / 4]
            switch kind {
            case 0: start = i
            case 2: if start >= 0 { result.append((start..<i + 1, entityClass)) }; start = -1
            case 3: result.append((i..<i + 1, entityClass)); start = -1
            default: break
            }
        }
        return result
    }

    /// BILOU labels of a sentence of `count` words holding `mentions`.
    static func labels(count: Int,
                       mentions: [(range: Range<Int>, entityClass: EntityClass)]) -> [Int] {
        var labels = [Int](repeating: 0, count: count)
        for mention in mentions {
            guard let c = EntityClass.allCases.firstIndex(of: mention.entityClass),
                  mention.range.lowerBound >= 0, mention.range.upperBound <= count,
                  !mention.range.isEmpty,
                  mention.range.allSatisfy({ labels[$0] == 0 }) else { continue }
            let base = 1 + 4 * c
            if mention.range.count == 1 {
                labels[mention.range.lowerBound] = base + 3
            } else {
                for i in mention.range { labels[i] = base + 1 }
                labels[mention.range.lowerBound] = base
                labels[mention.range.upperBound - 1] = base + 2
            }
        }
        return labels
    }
}
