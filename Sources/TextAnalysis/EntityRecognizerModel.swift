import Foundation

/// A trained name recogniser: BILOU labels over PERSON, ORGANIZATION and GPE_LOC, the best
/// valid sequence of each sentence (`EntityLattice`, a structured perceptron: Collins
/// 2002), with word-list (`NameGazetteer`) and document-history (`NameHistory`) features.
/// Read-only and shareable across threads.
public struct EntityRecognizerModel: Sendable {
    /// The file name in `Models/`.
    public static let fileName = "entities.bin"
    static let magic = "EventGraph.EntityRecognizer"
    /// 5: Viterbi decoding, word features without the previous labels (4: greedy).
    static let version: UInt32 = 5

    /// Label layout: 0 = O, then for each class c (in `EntityClass.allCases` order)
    /// 1 + 4c + {0: B, 1: I, 2: L, 3: U}.
    static let labelCount = 1 + 4 * EntityClass.allCases.count
    /// The tag labels the recogniser was trained with; `label` takes tags as indices into it.
    let tags: TagSet
    let perceptron: PerceptronModel
    /// The word lists the features read (`Models/gazetteer.tsv`, not stored in the file).
    let gazetteer: NameGazetteer
    /// How often each word occurs in lower case in the training treebanks (a bucket, see
    /// `frequencyBucket`): "Medicine" in a title is a common word, "Gloria" is not.
    let lowercase: [UInt64: UInt8]
    /// `lowercase` for the per-word lookups of `hints`.
    private let lowercaseTable: HashKeyedTable<UInt8>
    /// Brown clusters of words (`Models/word-clusters.tsv`, not stored in the file).
    let clusters: WordClusters
    /// Label-pair scores laid out as `EntityLattice.allowed`, read once from `perceptron`.
    let transitions: [Float]

    init(tags: TagSet, perceptron: PerceptronModel, gazetteer: NameGazetteer,
         lowercase: [UInt64: UInt8], clusters: WordClusters) {
        self.tags = tags
        self.perceptron = perceptron
        self.gazetteer = gazetteer
        self.lowercase = lowercase
        self.lowercaseTable = HashKeyedTable(lowercase, empty: 0)
        self.clusters = clusters
        self.transitions = Self.transitions { previous, scores in
            var feature = EntityFeatures.transition(previous)
            withUnsafePointer(to: &feature) {
                perceptron.addScores(of: UnsafeBufferPointer(start: $0, count: 1), to: scores)
            }
        }
    }

    /// The label-pair score table, each row (previous label, -1 first) from `scores`.
    static func transitions(
        _ scores: (Int, UnsafeMutableBufferPointer<Float>) -> Void) -> [Float] {
        var table = [Float](repeating: 0, count: (labelCount + 1) * labelCount)
        table.withUnsafeMutableBufferPointer { table in
            for previous in -1..<labelCount {
                let row = UnsafeMutableBufferPointer(
                    rebasing: table[(previous + 1) * labelCount..<(previous + 2) * labelCount])
                scores(previous, row)
            }
        }
        return table
    }

    /// The bucket of a lower-case count: 1 for 1–2, 2 for 3–9, 3 for 10–99, 4 beyond.
    static func frequencyBucket(_ count: Int) -> UInt8 {
        count >= 100 ? 4 : count >= 10 ? 3 : count >= 3 ? 2 : count >= 1 ? 1 : 0
    }

    /// Lower-case counts of the words of `sentences`, as buckets keyed by lower-case hash.
    static func lowercaseBuckets(_ sentences: [TreebankSentence]) -> [UInt64: UInt8] {
        var counts: [UInt64: Int] = [:]
        for sentence in sentences {
            for word in sentence.words {
                guard let first = word.form.unicodeScalars.first,
                      CharacterClass.isLetter(first), !CharacterClass.isUpper(first) else {
                    continue
                }
                counts[WordShape(word.form).lower, default: 0] += 1
            }
        }
        return counts.mapValues(frequencyBucket)
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

    /// Reads a model from the bytes of a model file; the word lists come from `Models/`.
    public init(data: Data, file: String) throws(PipelineError) {
        var reader = ModelReader(data: data, stage: "entity-recognizer", file: file)
        try reader.expectHeader(magic: Self.magic, version: Self.version)
        let tags = try TagSet.read(from: &reader)
        let perceptron = try PerceptronModel.read(from: &reader)
        guard perceptron.classCount == Self.labelCount else {
            throw reader.failure("expected \(Self.labelCount) labels")
        }
        let words = try reader.readArray(UInt64.self)
        let buckets = try reader.readArray(UInt8.self)
        guard words.count == buckets.count else { throw reader.failure("inconsistent word table") }
        var lowercase: [UInt64: UInt8] = [:]
        for (word, bucket) in zip(words, buckets) { lowercase[word] = bucket }
        self.init(tags: tags, perceptron: perceptron, gazetteer: try NameGazetteer.shipped(),
                  lowercase: lowercase, clusters: try WordClusters.shipped())
    }

    /// The bytes of a model file.
    public func serialized() -> Data {
        var writer = ModelWriter()
        writer.write(Self.magic)
        writer.write(Self.version)
        tags.write(to: &writer)
        perceptron.write(to: &writer)
        let words = lowercase.keys.sorted()
        writer.write(array: words)
        writer.write(array: words.map { lowercase[$0] ?? 0 })
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

    /// Whether `label` may end a sentence.
    static func canEnd(_ label: Int) -> Bool {
        label == 0 || (label - 1) % 4 == 2 || (label - 1) % 4 == 3
    }

    /// Labels one sentence into `labels` (BILOU indices).
    func label(_ words: UnsafeBufferPointer<WordShape>, tags: UnsafeBufferPointer<Int>,
               syntax: UnsafeBufferPointer<SyntaxHint>, hints: UnsafeBufferPointer<NameHint>,
               into labels: inout [Int], features: inout [UInt64],
               lattice: inout EntityLattice) {
        lattice.reset(count: words.count)
        let n = Self.labelCount
        lattice.emissions.withUnsafeMutableBufferPointer { emissions in
            for i in 0..<words.count {
                features.removeAll(keepingCapacity: true)
                EntityFeatures.extract(words, tags: tags, syntax: syntax, hints: hints, at: i,
                                       into: &features)
                features.withUnsafeBufferPointer { features in
                    perceptron.addScores(
                        of: features,
                        to: UnsafeMutableBufferPointer(rebasing: emissions[i * n..<(i + 1) * n]))
                }
            }
        }
        transitions.withUnsafeBufferPointer {
            lattice.decode(count: words.count, transitions: $0, into: &labels)
        }
    }

    /// The word-list and history hints of one sentence into `hints`; `codes` is scratch.
    func hints(_ words: UnsafeBufferPointer<WordShape>, history: NameHistory,
               codes: inout [UInt64], into hints: inout [NameHint]) {
        gazetteer.match(words, into: &codes)
        let lowercase = lowercaseTable
        Self.hints(words, gazetteer: codes, history: history, lowercase: { lowercase[$0] },
                   clusters: clusters, into: &hints)
    }

    /// The hints of one sentence from its word-list codes and the document's history.
    static func hints(_ words: UnsafeBufferPointer<WordShape>, gazetteer codes: [UInt64],
                      history: NameHistory, lowercase: [UInt64: UInt8],
                      clusters: WordClusters, into hints: inout [NameHint]) {
        Self.hints(words, gazetteer: codes, history: history, lowercase: { lowercase[$0] },
                   clusters: clusters, into: &hints)
    }

    /// The hints of one sentence, reading the lower-case buckets through `lowercase`.
    @inline(__always)
    static func hints(_ words: UnsafeBufferPointer<WordShape>, gazetteer codes: [UInt64],
                      history: NameHistory, lowercase: (UInt64) -> UInt8?,
                      clusters: WordClusters, into hints: inout [NameHint]) {
        // Headlines and all-capital lines capitalise words that are no names.
        var letterWords = 0, capitalised = 0, allCapitals = 0
        for i in 1..<max(words.count, 1) where words[i].flags & 16 != 0 {
            letterWords += 1
            if words[i].flags & 1 != 0 { capitalised += 1 }
            if words[i].flags & 2 != 0 && words[i].length > 1 { allCapitals += 1 }
        }
        let casing: UInt64 = letterWords < 3 ? 3
            : allCapitals * 4 >= letterWords * 3 ? 2
            : capitalised * 4 >= letterWords * 3 ? 1 : 0
        hints.removeAll(keepingCapacity: true)
        for i in 0..<words.count {
            hints.append(NameHint(gazetteer: codes[i], history: history.code(of: words[i]),
                                  casing: casing,
                                  lowercase: UInt64(lowercase(words[i].lower) ?? 0),
                                  cluster: clusters.code(words[i])))
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
