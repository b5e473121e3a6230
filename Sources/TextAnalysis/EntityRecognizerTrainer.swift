import Foundation

/// Trains an `EntityRecognizerModel` from treebank sentences and their gold names
/// (GUM names as `gum_entities.py --ner` writes them). Deterministic for a fixed seed.
public struct EntityRecognizerTrainer: Sendable {
    public var iterations = 10
    public var seed: UInt64 = 42
    /// Averaged weights smaller than this are dropped from the model file.
    public var pruneThreshold: Float = 0.5

    public init() {}

    /// Trains on `sentences` with `names`; tags come from `tagger`, syntax from the gold
    /// trees. When dev data is given its exact-span F1 is reported after each pass, with
    /// syntax from `parser` (none when nil).
    public func train(_ sentences: [TreebankSentence], names: [NameAnnotation],
                      tagger: POSTaggerModel, parser: DependencyParserModel? = nil,
                      dev: [TreebankSentence] = [], devNames: [NameAnnotation] = [],
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
                prepared.syntax[s].withUnsafeBufferPointer { syntax in
                    var previous = -1, beforePrevious = -2, spanStart = -1
                    for i in 0..<words.count {
                        features.removeAll(keepingCapacity: true)
                        EntityFeatures.extract(words, tags: tags, syntax: syntax, at: i,
                                               previous: previous,
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
                }}}
            }
            var line = "iteration \(iteration): \(trainer.featureCount) features"
            if !dev.isEmpty {
                let model = EntityRecognizerModel(tags: TagSet(tagger: tagger),
                                                  perceptron: trainer.averaged(threshold: 0))
                line += ", dev "
                line += "\(model.evaluate(dev, names: devNames, tagger: tagger, parser: parser))"
            }
            progress(line)
        }
        return EntityRecognizerModel(tags: TagSet(tagger: tagger),
                                     perceptron: trainer.averaged(threshold: pruneThreshold))
    }

    /// Word shapes, tagger labels and gold-tree syntax of every sentence.
    static func prepare(_ sentences: [TreebankSentence], tagger: POSTaggerModel)
        -> (words: [[WordShape]], tags: [[Int]], syntax: [[SyntaxHint]]) {
        var scratch = TaggerScratch(labelCount: tagger.labelCount)
        var labels: [Int] = []
        var words: [[WordShape]] = [], tags: [[Int]] = [], syntax: [[SyntaxHint]] = []
        for sentence in sentences {
            let shapes = sentence.words.map { WordShape($0.form) }
            shapes.withUnsafeBufferPointer { tagger.tag($0, into: &labels, scratch: &scratch) }
            words.append(shapes)
            tags.append(labels)
            syntax.append(sentence.words.enumerated().map { index, word in
                guard word.head > 0, word.head <= shapes.count else {
                    return SyntaxHint(relation: word.relation, head: 0, side: 0)
                }
                return SyntaxHint(relation: word.relation, head: shapes[word.head - 1].lower,
                                  side: word.head - 1 > index ? 1 : 2)
            })
        }
        return (words, tags, syntax)
    }
}

extension EntityRecognizerModel {
    /// Names found in the gold words of `sentences`, by the same stages as at run time:
    /// tagger, then parser (when given), then this recogniser.
    public func predictions(_ sentences: [TreebankSentence], tagger: POSTaggerModel,
                            parser: DependencyParserModel?) -> [NameAnnotation] {
        var document = Document(id: "evaluation", treebank: sentences,
                                creationDate: CalendarDate(daysSinceEpoch: 0))
        var stages: [any PipelineStage] = [PartOfSpeechTagger(model: tagger)]
        if let parser { stages.append(DependencyParser(model: parser)) }
        stages.append(EntityRecognizer(model: self))
        do {
            try TextAnalyzer(stages: stages).process(&document)
        } catch {
            return []
        }
        let used = sentences.filter { !$0.words.isEmpty }
        return document.entities.compactMap { entity in
            guard let index = document.sentenceIndex(ofToken: entity.tokens.lowerBound),
                  index < used.count else { return nil }
            let first = document.sentences[index].tokens.lowerBound
            return NameAnnotation(doc: used[index].documentID, sent: used[index].sentenceID,
                                  start: entity.tokens.lowerBound - first,
                                  end: entity.tokens.upperBound - first,
                                  type: entity.entityClass.rawValue)
        }
    }

    /// Exact-span micro precision, recall and F1 against `names`.
    public func evaluate(_ sentences: [TreebankSentence], names: [NameAnnotation],
                         tagger: POSTaggerModel, parser: DependencyParserModel?) -> SpanScore {
        let types = Set(EntityClass.allCases.map(\.rawValue))
        return SpanScore(gold: names.filter { types.contains($0.type) },
                         predicted: predictions(sentences, tagger: tagger, parser: parser))
    }
}
