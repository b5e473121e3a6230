import Foundation

/// Trains an `EntityRecognizerModel` from treebank sentences and their gold names
/// (GUM names as `gum_entities.py --ner` writes them). Deterministic for a fixed seed.
public struct EntityRecognizerTrainer: Sendable {
    public var iterations = 10
    public var seed: UInt64 = 42
    /// Averaged weights smaller than this are dropped from the model file.
    public var pruneThreshold: Float = 0.5
    /// Whether training sentences get their syntax from `parser` (as at run time) rather
    /// than from the gold trees.
    public var syntaxFromParser = true

    public init() {}

    /// Trains on `sentences` with `names`; word frequencies come from `corpus` (`sentences`
    /// when empty), tags from `tagger`, syntax from `parser`
    /// (the gold trees when nil or `syntaxFromParser` is off). When dev data is given its
    /// exact-span F1 is reported after each pass, with syntax from `parser`.
    public func train(_ sentences: [TreebankSentence], names: [NameAnnotation],
                      corpus: [TreebankSentence] = [],
                      tagger: POSTaggerModel, parser: DependencyParserModel? = nil,
                      dev: [TreebankSentence] = [], devNames: [NameAnnotation] = [],
                      progress: (String) -> Void = { _ in }) throws(PipelineError)
        -> EntityRecognizerModel {
        let gazetteer = try NameGazetteer.shipped()
        let clusters = try WordClusters.shipped()
        let lowercase = EntityRecognizerModel.lowercaseBuckets(
            corpus.isEmpty ? sentences : corpus)
        let material = Self.material(sentences, names: names, tagger: tagger,
                                     parser: syntaxFromParser ? parser : nil,
                                     gazetteer: gazetteer)
        let perceptron = trainOnce(material, tagger: tagger, parser: parser,
                                   gazetteer: gazetteer, lowercase: lowercase,
                                   clusters: clusters, seed: seed,
                                   dev: dev, devNames: devNames, progress: progress)
        return EntityRecognizerModel(tags: TagSet(tagger: tagger),
                                     perceptron: perceptron.pruned(threshold: pruneThreshold),
                                     gazetteer: gazetteer, lowercase: lowercase,
                                     clusters: clusters)
    }

    /// The averaged perceptron trained with `seed`'s shuffle of the documents (unpruned).
    private func trainOnce(_ material: Material, tagger: POSTaggerModel,
                           parser: DependencyParserModel?, gazetteer: NameGazetteer,
                           lowercase: [UInt64: UInt8], clusters: WordClusters,
                           seed: UInt64, dev: [TreebankSentence], devNames: [NameAnnotation],
                           progress: (String) -> Void) -> PerceptronModel {
        let (prepared, gold, lists, documents, firsts) = (
            material.prepared, material.gold, material.lists, material.documents,
            material.firsts)
        let labelCount = EntityRecognizerModel.labelCount
        let trainer = PerceptronTrainer(classCount: labelCount)
        var generator = SeededGenerator(seed: seed)
        var order = Array(documents.indices)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: labelCount)
        var allowed = [Bool](repeating: true, count: labelCount)
        var history = NameHistory()
        var hints: [NameHint] = []
        var guesses: [Int] = []
        for iteration in 1...max(iterations, 1) {
            order.deterministicShuffle(using: &generator)
            for s in order.flatMap({ documents[$0] }) {
                if firsts.contains(s) { history.reset() }
                prepared.words[s].withUnsafeBufferPointer {
                    EntityRecognizerModel.hints($0, gazetteer: lists[s], history: history,
                                                lowercase: lowercase, clusters: clusters,
                                                into: &hints)
                }
                guesses.removeAll(keepingCapacity: true)
                prepared.words[s].withUnsafeBufferPointer { words in
                prepared.tags[s].withUnsafeBufferPointer { tags in
                prepared.syntax[s].withUnsafeBufferPointer { syntax in
                hints.withUnsafeBufferPointer { hints in
                    var previous = -1, beforePrevious = -2, spanStart = -1
                    for i in 0..<words.count {
                        features.removeAll(keepingCapacity: true)
                        EntityFeatures.extract(words, tags: tags, syntax: syntax, hints: hints,
                                               at: i, previous: previous,
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
                        guesses.append(guess)
                        beforePrevious = previous
                        previous = guess
                        spanStart = EntityRecognizerModel.nextSpanStart(spanStart, label: guess,
                                                                        at: i)
                    }
                    history.record(words, labels: guesses)
                }}}}
            }
            var line = "iteration \(iteration): \(trainer.featureCount) features"
            if !dev.isEmpty {
                let model = EntityRecognizerModel(tags: TagSet(tagger: tagger),
                                                  perceptron: trainer.averaged(threshold: 0),
                                                  gazetteer: gazetteer, lowercase: lowercase,
                                                  clusters: clusters)
                line += ", dev "
                line += "\(model.evaluate(dev, names: devNames, tagger: tagger, parser: parser))"
            }
            progress(line)
        }
        return trainer.averaged(threshold: 0)
    }

    /// What every training run reads: words, tags, syntax, gold labels, word-list codes
    /// and the documents (sentence indices in text order).
    private struct Material {
        var prepared: (words: [[WordShape]], tags: [[Int]], syntax: [[SyntaxHint]])
        var gold: [[Int]]
        var lists: [[UInt64]]
        var documents: [[Int]]
        var firsts: Set<Int>
    }

    private static func material(_ sentences: [TreebankSentence], names: [NameAnnotation],
                                 tagger: POSTaggerModel, parser: DependencyParserModel?,
                                 gazetteer: NameGazetteer) -> Material {
        let prepared = prepare(sentences, tagger: tagger, parser: parser)
        let bySentence = Dictionary(grouping: names, by: \.sent)
        let gold = sentences.map { sentence -> [Int] in
            let mentions = (bySentence[sentence.sentenceID] ?? []).compactMap { name in
                EntityClass(rawValue: name.type).map { (name.start..<name.end, $0) }
            }
            return EntityRecognizerModel.labels(count: sentence.words.count, mentions: mentions)
        }
        var lists: [[UInt64]] = []
        for words in prepared.words {
            var codes: [UInt64] = []
            words.withUnsafeBufferPointer { gazetteer.match($0, into: &codes) }
            lists.append(codes)
        }
        // Documents in file order; sentences keep their order inside a document, as the
        // history features read what was predicted earlier in it.
        var documents: [[Int]] = []
        for (index, sentence) in sentences.enumerated() {
            if index > 0, sentence.documentID == sentences[index - 1].documentID {
                documents[documents.count - 1].append(index)
            } else {
                documents.append([index])
            }
        }
        let firsts = Set(documents.compactMap(\.first))
        return Material(prepared: prepared, gold: gold, lists: lists, documents: documents,
                        firsts: firsts)
    }

    /// Word shapes, tagger labels and gold-tree syntax of every sentence.
    static func prepare(_ sentences: [TreebankSentence], tagger: POSTaggerModel,
                        parser: DependencyParserModel? = nil)
        -> (words: [[WordShape]], tags: [[Int]], syntax: [[SyntaxHint]]) {
        var scratch = TaggerScratch(labelCount: tagger.labelCount)
        var labels: [Int] = []
        var parsing = ParserScratch(relationCount: parser?.relations.count ?? 1)
        let mapping = parser?.tags.mapping(from: tagger) ?? []
        var words: [[WordShape]] = [], tags: [[Int]] = [], syntax: [[SyntaxHint]] = []
        for sentence in sentences {
            let shapes = sentence.words.map { WordShape($0.form) }
            shapes.withUnsafeBufferPointer { tagger.tag($0, into: &labels, scratch: &scratch) }
            words.append(shapes)
            tags.append(labels)
            if let parser, !shapes.isEmpty {
                let codes = labels.map { parser.tags.code(mapping[$0]) }
                shapes.withUnsafeBufferPointer { words in
                    codes.withUnsafeBufferPointer {
                        parser.parse(words, tags: $0, scratch: &parsing)
                    }
                }
                syntax.append(shapes.indices.map { index in
                    let head = parsing.heads[index]
                    let relation = parser.relations[parsing.relations[index]]
                    guard head > 0 else { return SyntaxHint(relation: relation, head: 0, side: 0) }
                    return SyntaxHint(relation: relation, head: shapes[head - 1].lower,
                                      side: head - 1 > index ? 1 : 2)
                })
                continue
            }
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
        var stages: [any PipelineStage] = [PartOfSpeechTagger(model: tagger)]
        if let parser { stages.append(DependencyParser(model: parser)) }
        stages.append(EntityRecognizer(model: self))
        let analyzer = TextAnalyzer(stages: stages)
        var result: [NameAnnotation] = []
        // One document per treebank document, so that names are remembered within it only.
        var start = 0
        while start < sentences.count {
            var end = start + 1
            while end < sentences.count,
                  sentences[end].documentID == sentences[start].documentID { end += 1 }
            let used = sentences[start..<end].filter { !$0.words.isEmpty }
            start = end
            var document = Document(id: "evaluation", treebank: used,
                                    creationDate: CalendarDate(daysSinceEpoch: 0))
            do {
                try analyzer.process(&document)
            } catch {
                return []
            }
            result += document.entities.compactMap { entity in
                guard let index = document.sentenceIndex(ofToken: entity.tokens.lowerBound),
                      index < used.count else { return nil }
                let first = document.sentences[index].tokens.lowerBound
                return NameAnnotation(doc: used[index].documentID, sent: used[index].sentenceID,
                                      start: entity.tokens.lowerBound - first,
                                      end: entity.tokens.upperBound - first,
                                      type: entity.entityClass.rawValue)
            }
        }
        return result
    }

    /// Exact-span micro precision, recall and F1 against `names`.
    public func evaluate(_ sentences: [TreebankSentence], names: [NameAnnotation],
                         tagger: POSTaggerModel, parser: DependencyParserModel?) -> SpanScore {
        let types = Set(EntityClass.allCases.map(\.rawValue))
        return SpanScore(gold: names.filter { types.contains($0.type) },
                         predicted: predictions(sentences, tagger: tagger, parser: parser))
    }
}
