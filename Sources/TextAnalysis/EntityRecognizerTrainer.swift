import Foundation

/// Trains an `EntityRecognizerModel` from treebank sentences and their gold names
/// (GUM names as `gum_entities.py --ner` writes them). Deterministic for a fixed seed.
public struct EntityRecognizerTrainer: Sendable {
    public var iterations = 10
    public var seed: UInt64 = 42
    /// Averaged weights smaller than this are dropped from the model file.
    public var pruneThreshold: Float = 0.5

    public init() {}

    /// Trains on `sentences` with `names`; tags come from `tagger`. When dev data is given
    /// its exact-span F1 is reported after each pass.
    public func train(_ sentences: [TreebankSentence], names: [NameAnnotation],
                      tagger: POSTaggerModel, dev: [TreebankSentence] = [],
                      devNames: [NameAnnotation] = [],
                      progress: (String) -> Void = { _ in }) -> EntityRecognizerModel {
        let prepared = Self.prepare(sentences, tagger: tagger)
        let bySentence = Dictionary(grouping: names, by: \.sent)
        let gold = sentences.map { sentence -> [Int] in
            let mentions = (bySentence[sentence.sentenceID] ?? []).compactMap { name in
                EntityClass(rawValue: name.type).map { (name.start..<name.end, $0) }
            }
            return EntityRecognizerModel.labels(count: sentence.words.count, mentions: mentions)
        }
        let labelCount = EntityRecognizerModel.labelCount
        let trainer = PerceptronTrainer(classCount: labelCount)
        var generator = SeededGenerator(seed: seed)
        var order = Array(sentences.indices)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: labelCount)
        var allowed = [Bool](repeating: true, count: labelCount)
        for iteration in 1...max(iterations, 1) {
            order.deterministicShuffle(using: &generator)
            for s in order {
                prepared.words[s].withUnsafeBufferPointer { words in
                prepared.tags[s].withUnsafeBufferPointer { tags in
                    var previous = -1, beforePrevious = -2, spanStart = -1
                    for i in 0..<words.count {
                        features.removeAll(keepingCapacity: true)
                        EntityFeatures.extract(words, tags: tags, at: i, previous: previous,
                                               beforePrevious: beforePrevious,
                                               spanStart: spanStart, into: &features)
                        let last = i == words.count - 1
                        for c in 0..<labelCount {
                            allowed[c] = EntityRecognizerModel.allows(previous, c)
                                && (!last || EntityRecognizerModel.canEnd(c))
                        }
                        let truth = gold[s][i]
                        let guess = trainer.predict(features, scores: &scores, allowed: allowed)
                        trainer.update(truth: truth, guess: guess, features: features)
                        trainer.tick()
                        beforePrevious = previous
                        previous = guess
                        spanStart = EntityRecognizerModel.nextSpanStart(spanStart, label: guess,
                                                                        at: i)
                    }
                }}
            }
            var line = "iteration \(iteration): \(trainer.featureCount) features"
            if !dev.isEmpty {
                let model = EntityRecognizerModel(tags: TagSet(tagger: tagger),
                                                  perceptron: trainer.averaged(threshold: 0))
                line += ", dev \(model.evaluate(dev, names: devNames, tagger: tagger))"
            }
            progress(line)
        }
        return EntityRecognizerModel(tags: TagSet(tagger: tagger),
                                     perceptron: trainer.averaged(threshold: pruneThreshold))
    }

    /// Word shapes and tagger labels of every sentence.
    static func prepare(_ sentences: [TreebankSentence], tagger: POSTaggerModel,
                        mapping: [Int]? = nil) -> (words: [[WordShape]], tags: [[Int]]) {
        var scratch = TaggerScratch(labelCount: tagger.labelCount)
        var labels: [Int] = []
        var words: [[WordShape]] = [], tags: [[Int]] = []
        for sentence in sentences {
            let shapes = sentence.words.map { WordShape($0.form) }
            shapes.withUnsafeBufferPointer { tagger.tag($0, into: &labels, scratch: &scratch) }
            words.append(shapes)
            tags.append(mapping.map { mapping in labels.map { mapping[$0] } } ?? labels)
        }
        return (words, tags)
    }
}

extension EntityRecognizerModel {
    /// Names found in the gold words of `sentences` (tags from `tagger`).
    public func predictions(_ sentences: [TreebankSentence],
                            tagger: POSTaggerModel) -> [NameAnnotation] {
        let prepared = EntityRecognizerTrainer.prepare(sentences, tagger: tagger,
                                                       mapping: tags.mapping(from: tagger))
        var scratch = TaggerScratch(labelCount: Self.labelCount)
        var labels: [Int] = []
        var result: [NameAnnotation] = []
        for (s, sentence) in sentences.enumerated() {
            prepared.words[s].withUnsafeBufferPointer { words in
                prepared.tags[s].withUnsafeBufferPointer { tags in
                    label(words, tags: tags, into: &labels, scratch: &scratch)
                }
            }
            for mention in Self.mentions(labels) {
                result.append(NameAnnotation(doc: sentence.documentID, sent: sentence.sentenceID,
                                             start: mention.range.lowerBound,
                                             end: mention.range.upperBound,
                                             type: mention.entityClass.rawValue))
            }
        }
        return result
    }

    /// Exact-span micro precision, recall and F1 against `names`.
    public func evaluate(_ sentences: [TreebankSentence], names: [NameAnnotation],
                         tagger: POSTaggerModel) -> SpanScore {
        let types = Set(EntityClass.allCases.map(\.rawValue))
        return SpanScore(gold: names.filter { types.contains($0.type) },
                         predicted: predictions(sentences, tagger: tagger))
    }
}
