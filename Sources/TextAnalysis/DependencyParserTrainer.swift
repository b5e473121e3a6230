import Foundation

/// Trains a `DependencyParserModel` from CoNLL-U sentences.
///
/// Transitions are learned with the dynamic oracle of Goldberg & Nivre (2012): from the
/// second pass on, training follows the model's own (possibly wrong) transitions and is
/// taught the cheapest correct move from there. Tags come from the tagger by jackknifing
/// (each fold tagged by a tagger trained on the others), so training sees tagger errors as
/// they occur at run time. Deterministic for a fixed seed.
public struct DependencyParserTrainer: Sendable {
    public var iterations = 12
    public var labellerIterations = 8
    public var seed: UInt64 = 42
    /// Share of steps that follow the model's prediction once exploration starts.
    public var exploration = 0.9
    /// Averaged weights smaller than this are dropped from the model file.
    public var pruneThreshold: Float = 1.0
    /// Which classifier gives the shipped model's final relations.
    public var labelSource = DependencyParserModel.LabelSource.arc
    /// Folds for jackknifed tags; 0 uses the given tagger on all training data.
    public var folds = 4
    /// Settings for the jackknife taggers.
    public var tagger = POSTaggerTrainer()
    /// A file keeping the jackknifed tags between runs (read when it fits the sentences,
    /// written otherwise): experiments with parser settings then skip the fold taggers.
    public var tagCache: URL?
    /// Seeds of further models trained on the same tags and shipped as ensemble partners
    /// (their scores are added at run time: more accurate, slower, larger).
    public var partnerSeeds: [UInt64] = []
    /// Which features of the shipped Brown word clusters (`Models/word-clusters.tsv`; Koo,
    /// Carreras & Collins 2008) the transitions and the arc labeller read.
    public var clusterFeatures = DependencyParserModel.ClusterFeatures.all

    public init() {}

    /// Trains on `sentences`. `tagger` tags the dev sentences (and training sentences when
    /// `folds` is 0); `dev` sentences are scored after each pass when given. Fails only when
    /// the word clusters cannot be read.
    public func train(_ sentences: [TreebankSentence], tagger model: POSTaggerModel,
                      dev: [TreebankSentence] = [],
                      progress: (String) -> Void = { _ in }) throws(PipelineError)
        -> DependencyParserModel {
        let clusters = clusterFeatures != .none ? try WordClusters.shipped() : nil
        let usable = sentences.filter { sentence in
            !sentence.words.isEmpty && sentence.words.allSatisfy {
                $0.head >= 0 && $0.head <= sentence.words.count
            }
        }
        let relations = Set(usable.flatMap { $0.words.map(\.relation) }).sorted()
        var relationIndex: [String: Int] = [:]
        for (i, name) in relations.enumerated() { relationIndex[name] = i }
        let words = usable.map { $0.words.map { WordShape($0.form) } }
        var codes: [[UInt64]] = Array(repeating: [], count: words.count)
        if let clusters {
            for (index, sentence) in words.enumerated() {
                sentence.withUnsafeBufferPointer { clusters.codes($0, into: &codes[index]) }
            }
        }
        let tagSet = TagSet(tagger: model)
        let tags = cachedTags(usable, words: words, model: model, progress: progress)
            .map { $0.map { tagSet.code($0) } }
        let gold = usable.map { [0] + $0.words.map(\.head) }
        let goldRelations = usable.map { $0.words.map { relationIndex[$0.relation] ?? 0 } }
        var parser = train(relations: relations, words: words, tags: tags, codes: codes,
                           clusters: clusters, gold: gold, goldRelations: goldRelations,
                           seed: seed, tagger: model, dev: dev, progress: progress)
        for partnerSeed in partnerSeeds {
            progress("ensemble partner, seed \(partnerSeed)")
            let partner = train(relations: relations, words: words, tags: tags, codes: codes,
                                clusters: clusters, gold: gold,
                                goldRelations: goldRelations, seed: partnerSeed,
                                tagger: model, dev: dev, progress: progress)
            parser = parser.combined(with: partner) ?? parser
        }
        return parser
    }

    /// Trains one model on prepared sentences: word shapes, tag codes, cluster codes (empty
    /// without clusters), gold heads (node 0 first) and gold relation indices.
    private func train(relations: [String], words: [[WordShape]], tags: [[Int]],
                       codes: [[UInt64]], clusters: WordClusters?,
                       gold: [[Int]], goldRelations: [[Int]], seed: UInt64,
                       tagger model: POSTaggerModel, dev: [TreebankSentence],
                       progress: (String) -> Void) -> DependencyParserModel {
        let transitions = PerceptronTrainer(classCount: ParserState.Move.allCases.count)
        let labeller = PerceptronTrainer(classCount: relations.count)
        let arcLabeller = PerceptronTrainer(classCount: relations.count)
        let notRoot = relations.map { $0 != "root" }
        var arcFeatures: [UInt64] = []
        var generator = SeededGenerator(seed: seed)
        var order = Array(words.indices)
        var state = ParserState()
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: ParserState.Move.allCases.count)
        var labelScores = [Float](repeating: 0, count: relations.count)
        var scratch = ParserScratch(relationCount: relations.count)
        // The tree labeller is trained only when its relations are used.
        let treeIterations = labelSource == .arc ? 0 : labellerIterations
        for iteration in 1...max(iterations, treeIterations, 1) {
            order.deterministicShuffle(using: &generator)
            var correctMoves = 0, moves = 0, correctLabels = 0, labels = 0
            var correctArcs = 0, arcs = 0
            for s in order {
                words[s].withUnsafeBufferPointer { words in
                tags[s].withUnsafeBufferPointer { tags in
                codes[s].withUnsafeBufferPointer { codes in
                    if iteration <= iterations {
                        state.reset(count: words.count)
                        while !state.isFinal {
                            features.removeAll(keepingCapacity: true)
                            ParserFeatures.transition(state, words, tags, codes,
                                                      all: clusterFeatures == .all,
                                                      into: &features)
                            transitions.scores(features, into: &scores)
                            var guess = -1, best = -1, minimum = Int.max
                            var costs = (0, 0, 0, 0)
                            for move in ParserState.Move.allCases where state.isValid(move) {
                                let cost = state.cost(move, gold: gold[s])
                                switch move {
                                case .shift: costs.0 = cost
                                case .reduce: costs.1 = cost
                                case .left: costs.2 = cost
                                case .right: costs.3 = cost
                                }
                                minimum = min(minimum, cost)
                                if guess < 0 || scores[move.rawValue] > scores[guess] {
                                    guess = move.rawValue
                                }
                            }
                            let costOf = [costs.0, costs.1, costs.2, costs.3]
                            for move in ParserState.Move.allCases where state.isValid(move)
                                && costOf[move.rawValue] == minimum {
                                if best < 0 || scores[move.rawValue] > scores[best] {
                                    best = move.rawValue
                                }
                            }
                            if costOf[guess] > minimum {
                                transitions.update(truth: best, guess: guess, features: features)
                            } else {
                                correctMoves += 1
                            }
                            moves += 1
                            transitions.tick()
                            let explore = iteration > 1
                                && Double(generator.next() % 1_000_000) / 1_000_000 < exploration
                            let next = explore ? guess : best
                            let move = ParserState.Move(rawValue: next) ?? .shift
                            // The arc labeller learns on the arcs that are right; the state
                            // keeps its guess where the parse follows the model.
                            var relation = -1
                            if let (head, dependent) = state.arc(move) {
                                arcFeatures.removeAll(keepingCapacity: true)
                                ParserFeatures.arc(head: head, dependent: dependent, state,
                                                   words, tags, codes,
                                                   all: clusterFeatures == .all,
                                                   into: &arcFeatures)
                                relation = arcLabeller.predict(arcFeatures, scores: &labelScores,
                                                               allowed: notRoot)
                                if gold[s][dependent] == head {
                                    let truth = goldRelations[s][dependent - 1]
                                    arcLabeller.update(truth: truth, guess: relation,
                                                       features: arcFeatures)
                                    if relation == truth { correctArcs += 1 }
                                    arcs += 1
                                    if !explore { relation = truth }
                                }
                                arcLabeller.tick()
                            }
                            state.apply(move, label: relation)
                        }
                    }
                    if iteration <= treeIterations {
                        scratch.heads.removeAll(keepingCapacity: true)
                        scratch.heads.append(contentsOf: gold[s].dropFirst())
                        scratch.treeShape(count: words.count)
                        func sibling(_ node: Int) -> Int {
                            var k = node - 1
                            while k >= 1 {
                                if gold[s][k] == gold[s][node] { return goldRelations[s][k - 1] }
                                k -= 1
                            }
                            return -1
                        }
                        for dependent in 1...words.count where gold[s][dependent] != 0 {
                            features.removeAll(keepingCapacity: true)
                            ParserFeatures.label(
                                dependent: dependent, head: gold[s][dependent],
                                heads: scratch.fullHeads, leftmost: scratch.leftmost,
                                rightmost: scratch.rightmost,
                                childCount: scratch.childCount[dependent],
                                sibling: sibling(dependent),
                                headRelation: gold[s][dependent] > 0
                                    && gold[s][dependent] < dependent
                                    ? goldRelations[s][gold[s][dependent] - 1] : -1,
                                rightSibling: scratch.rightSibling[dependent],
                                words, tags, into: &features)
                            let truth = goldRelations[s][dependent - 1]
                            let guess = labeller.predict(features, scores: &labelScores)
                            labeller.update(truth: truth, guess: guess, features: features)
                            labeller.tick()
                            if guess == truth { correctLabels += 1 }
                            labels += 1
                        }
                    }
                }}}
            }
            var line = "iteration \(iteration): moves "
                + String(format: "%.4f", Double(correctMoves) / Double(max(moves, 1)))
                + " labels "
                + String(format: "%.4f", Double(correctLabels) / Double(max(labels, 1)))
                + " arcs " + String(format: "%.4f", Double(correctArcs) / Double(max(arcs, 1)))
                + ", \(transitions.featureCount)+\(labeller.featureCount)"
                + "+\(arcLabeller.featureCount) features"
            if !dev.isEmpty, iteration % 3 == 0 || iteration == iterations {
                let parser = DependencyParserModel(
                    relations: relations, tags: TagSet(tagger: model),
                    transitions: transitions.averaged(threshold: 0),
                    labeller: labeller.averaged(threshold: 0),
                    arcLabeller: arcLabeller.averaged(threshold: 0), labelSource: labelSource,
                    clusters: clusters, clusterFeatures: clusterFeatures)
                line += ", dev \(parser.evaluate(dev, tagger: model))"
            }
            progress(line)
        }
        return DependencyParserModel(
            relations: relations, tags: TagSet(tagger: model),
            transitions: transitions.averaged(threshold: pruneThreshold),
            labeller: labeller.averaged(threshold: pruneThreshold),
            arcLabeller: arcLabeller.averaged(threshold: pruneThreshold),
            labelSource: labelSource, clusters: clusters, clusterFeatures: clusterFeatures)
    }

    /// `jackknifedTags`, through `tagCache` when set: one little-endian UInt16 per word.
    private func cachedTags(_ sentences: [TreebankSentence], words: [[WordShape]],
                            model: POSTaggerModel,
                            progress: (String) -> Void) -> [[Int]] {
        let total = words.reduce(0) { $0 + $1.count }
        if let tagCache, let data = try? Data(contentsOf: tagCache), data.count == total * 2 {
            var result: [[Int]] = [], offset = 0
            let bytes = [UInt8](data)
            for sentence in words {
                result.append((0..<sentence.count).map { k in
                    Int(bytes[offset + 2 * k]) | Int(bytes[offset + 2 * k + 1]) << 8
                })
                offset += 2 * sentence.count
            }
            progress("jackknifed tags read from \(tagCache.path)")
            return result
        }
        let result = jackknifedTags(sentences, words: words, model: model, progress: progress)
        if let tagCache {
            var bytes: [UInt8] = []
            for tag in result.joined() { bytes += [UInt8(tag & 255), UInt8(tag >> 8)] }
            try? Data(bytes).write(to: tagCache)
        }
        return result
    }

    /// Tag label indices for every training sentence, from taggers that did not see it.
    private func jackknifedTags(_ sentences: [TreebankSentence], words: [[WordShape]],
                                model: POSTaggerModel,
                                progress: (String) -> Void) -> [[Int]] {
        var result = [[Int]](repeating: [], count: sentences.count)
        var labels: [Int] = []
        func tagAll(_ indices: some Sequence<Int>, with tagger: POSTaggerModel) {
            var scratch = TaggerScratch(labelCount: tagger.labelCount)
            // Map the fold tagger's labels to the shipped tagger's label order.
            var mapping: [Int] = []
            for i in 0..<tagger.labelCount {
                let same = (0..<model.labelCount).first {
                    model.upos[$0] == tagger.upos[i] && model.xpos[$0] == tagger.xpos[i]
                }
                mapping.append(same ?? 0)
            }
            for index in indices {
                words[index].withUnsafeBufferPointer {
                    tagger.tag($0, into: &labels, scratch: &scratch)
                }
                result[index] = labels.map { mapping[$0] }
            }
        }
        guard folds > 1 else {
            tagAll(sentences.indices, with: model)
            return result
        }
        for fold in 0..<folds {
            let held = sentences.indices.filter { $0 % folds == fold }
            let rest = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
            let foldTagger = tagger.train(rest)
            tagAll(held, with: foldTagger)
            progress("jackknife fold \(fold + 1)/\(folds): tagged \(held.count) sentences")
        }
        return result
    }
}

/// Attachment scores on gold tokens.
public struct ParsingScore: Sendable, Hashable, Codable, CustomStringConvertible {
    public var words = 0
    public var headCorrect = 0
    public var labelledCorrect = 0
    /// Head and universal relation (the part before `:`) right, as CoNLL 2018 counts LAS.
    public var universalCorrect = 0
    /// Head right and relation right by the arc labeller, and by the tree labeller (both
    /// counted whatever the final relations are, for comparison; 0 when a model lacks one).
    public var arcLabelledCorrect = 0
    public var treeLabelledCorrect = 0
    public var uas: Double { Double(headCorrect) / Double(max(words, 1)) }
    public var las: Double { Double(labelledCorrect) / Double(max(words, 1)) }
    public var universalLAS: Double { Double(universalCorrect) / Double(max(words, 1)) }

    public var description: String {
        "UAS " + String(format: "%.4f", uas) + " LAS " + String(format: "%.4f", las)
            + " (universal relations " + String(format: "%.4f", universalLAS)
            + ", \(words) words"
            + (arcLabelledCorrect > 0 ? "; arc labeller " + share(arcLabelledCorrect) : "")
            + (treeLabelledCorrect > 0 ? "; tree labeller " + share(treeLabelledCorrect) : "")
            + ")"
    }

    private func share(_ count: Int) -> String {
        String(format: "%.4f", Double(count) / Double(max(words, 1)))
    }
}

extension DependencyParserModel {
    /// Tags the gold words of `sentences` with `tagger`, parses them and scores the trees.
    public func evaluate(_ sentences: [TreebankSentence],
                         tagger: POSTaggerModel) -> ParsingScore {
        var score = ParsingScore()
        var taggerScratch = TaggerScratch(labelCount: tagger.labelCount)
        var scratch = ParserScratch(relationCount: relations.count)
        var labels: [Int] = []
        let mapping = self.tags.mapping(from: tagger)
        for sentence in sentences where !sentence.words.isEmpty {
            let words = sentence.words.map { WordShape($0.form) }
            words.withUnsafeBufferPointer {
                tagger.tag($0, into: &labels, scratch: &taggerScratch)
            }
            let tags = labels.map { self.tags.code(mapping[$0]) }
            words.withUnsafeBufferPointer { words in
                tags.withUnsafeBufferPointer { parse(words, tags: $0, scratch: &scratch) }
            }
            // The relations of the labeller not shipped as final, for comparison: the arc
            // labeller's are kept by `parse`; the tree labeller's are made here if it was
            // trained.
            let final = scratch.relations
            var treeRelations: [Int] = []
            if arcLabeller != nil && labeller.featureCount > 0 {
                words.withUnsafeBufferPointer { words in
                    tags.withUnsafeBufferPointer { label(words, tags: $0, scratch: &scratch) }
                }
                treeRelations = scratch.relations
                scratch.relations = final
            }
            for (index, word) in sentence.words.enumerated() {
                score.words += 1
                guard scratch.heads[index] == word.head else { continue }
                score.headCorrect += 1
                let relation = relations[scratch.relations[index]]
                if relation == word.relation { score.labelledCorrect += 1 }
                if arcLabeller != nil && relations[scratch.arcRelations[index]] == word.relation {
                    score.arcLabelledCorrect += 1
                }
                if !treeRelations.isEmpty && relations[treeRelations[index]] == word.relation {
                    score.treeLabelledCorrect += 1
                }
                if relation.split(separator: ":").first == word.relation.split(separator: ":")
                    .first {
                    score.universalCorrect += 1
                }
            }
        }
        return score
    }
}
