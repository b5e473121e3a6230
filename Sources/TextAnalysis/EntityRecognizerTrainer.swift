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
    /// How many models, each trained on its own shuffle of the documents, are averaged into
    /// the shipped one (1: a single model). The first uses `seed`, the others seeds derived
    /// from it; the model costs the same at run time.
    public var shuffles = 1

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
        var trainers: [PerceptronTrainer] = []
        for index in 0..<max(shuffles, 1) {
            if index > 0 { progress("shuffle \(index + 1)") }
            trainers.append(trainOnce(material, tagger: tagger, parser: parser,
                                      gazetteer: gazetteer, lowercase: lowercase,
                                      clusters: clusters,
                                      seed: index == 0 ? seed
                                        : FeatureHash.mix(seed &+ UInt64(index)),
                                      dev: dev, devNames: devNames, progress: progress))
        }
        let perceptron = PerceptronTrainer.averaged(of: trainers, threshold: pruneThreshold)
        return EntityRecognizerModel(tags: TagSet(tagger: tagger),
                                     perceptron: perceptron,
                                     gazetteer: gazetteer, lowercase: lowercase,
                                     clusters: clusters)
    }

    /// The perceptron trained with `seed`'s shuffle of the documents.
    private func trainOnce(_ material: Material, tagger: POSTaggerModel,
                           parser: DependencyParserModel?, gazetteer: NameGazetteer,
                           lowercase: [UInt64: UInt8], clusters: WordClusters,
                           seed: UInt64, dev: [TreebankSentence], devNames: [NameAnnotation],
                           progress: (String) -> Void) -> PerceptronTrainer {
        let (prepared, gold, lists, documents, firsts) = (
            material.prepared, material.gold, material.lists, material.documents,
            material.firsts)
        let labelCount = EntityRecognizerModel.labelCount
        let trainer = PerceptronTrainer(classCount: labelCount)
        var generator = SeededGenerator(seed: seed)
        var order = Array(documents.indices)
        var features: [[UInt64]] = []
        var scores = [Float](repeating: 0, count: labelCount)
        var lattice = EntityLattice()
        var history = NameHistory()
        var hints: [NameHint] = []
        var guesses: [Int] = []
        var transitions: [Float] = []
        for iteration in 1...max(iterations, 1) {
            order.deterministicShuffle(using: &generator)
            for s in order.flatMap({ documents[$0] }) {
                if firsts.contains(s) { history.reset() }
                prepared.words[s].withUnsafeBufferPointer {
                    EntityRecognizerModel.hints($0, gazetteer: lists[s], history: history,
                                                lowercase: lowercase, clusters: clusters,
                                                into: &hints)
                }
                let count = prepared.words[s].count
                while features.count < count { features.append([]) }
                lattice.reset(count: count)
                prepared.words[s].withUnsafeBufferPointer { words in
                prepared.tags[s].withUnsafeBufferPointer { tags in
                prepared.syntax[s].withUnsafeBufferPointer { syntax in
                hints.withUnsafeBufferPointer { hints in
                    for i in 0..<count {
                        features[i].removeAll(keepingCapacity: true)
                        EntityFeatures.extract(words, tags: tags, syntax: syntax, hints: hints,
                                               at: i, into: &features[i])
                        trainer.scores(features[i], into: &scores)
                        for c in 0..<labelCount {
                            lattice.emissions[i * labelCount + c] = scores[c]
                        }
                    }
                }}}}
                // The label-pair scores under the current weights.
                transitions = EntityRecognizerModel.transitions { previous, row in
                    trainer.scores([EntityFeatures.transition(previous)], into: &scores)
                    for c in 0..<labelCount { row[c] = scores[c] }
                }
                transitions.withUnsafeBufferPointer {
                    lattice.decode(count: count, transitions: $0, into: &guesses)
                }
                // Structured perceptron update: the gold sequence's features gain, the
                // guessed one's lose, where the two differ.
                let truth = gold[s]
                for i in 0..<count {
                    if truth[i] != guesses[i] {
                        trainer.update(truth: truth[i], guess: guesses[i], features: features[i])
                    }
                    let goldBefore = i > 0 ? truth[i - 1] : -1
                    let guessBefore = i > 0 ? guesses[i - 1] : -1
                    if goldBefore != guessBefore || truth[i] != guesses[i] {
                        trainer.add(1, feature: EntityFeatures.transition(goldBefore),
                                    class: truth[i])
                        trainer.add(-1, feature: EntityFeatures.transition(guessBefore),
                                    class: guesses[i])
                    }
                }
                trainer.tick()
                prepared.words[s].withUnsafeBufferPointer {
                    history.record($0, labels: guesses)
                }
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
        return trainer
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
