import Foundation

/// Trains a `POSTaggerModel` from CoNLL-U sentences (UD EWT and GUM train).
///
/// Deterministic: the sentence order of each iteration comes from `seed` alone, labels and
/// dictionary entries are sorted, so the same data and settings give the same bytes.
public struct POSTaggerTrainer: Sendable {
    /// Passes over the training data.
    public var iterations = 8
    /// Seed of the per-iteration shuffle.
    public var seed: UInt64 = 42
    /// Averaged weights smaller than this are dropped from the model file (1.0: 3 MB, dev
    /// accuracy 0.1 point below no pruning).
    public var pruneThreshold: Float = 1.0
    /// A word enters the tag dictionary when seen this often … (off by default: on dev the
    /// perceptron alone was slightly more accurate; lower it to trade accuracy for speed)
    public var dictionaryMinimumCount = Int.max
    /// … with this share of its occurrences under one label.
    public var dictionaryMinimumShare = 0.995
    /// 1: one left-to-right pass; 2: a second pass that also sees the first pass's labels.
    public var passes = 2
    /// Folds for the jackknifed first-pass labels the second pass is trained on.
    public var folds = 4

    public init() {}

    /// Trains on `sentences`; when `dev` is given, reports its accuracy after each pass.
    public func train(_ sentences: [TreebankSentence], dev: [TreebankSentence] = [],
                      progress: (String) -> Void = { _ in }) -> POSTaggerModel {
        // Labels, sorted for determinism.
        var labelIndex: [String: Int] = [:]
        let names = Set(sentences.flatMap { $0.words.map { "\($0.upos) \($0.xpos)" } })
            .filter { PartOfSpeech(rawValue: String($0.split(separator: " ")[0])) != nil }
            .sorted()
        for (i, name) in names.enumerated() { labelIndex[name] = i }
        let upos = names.map { PartOfSpeech(rawValue: String($0.split(separator: " ")[0]))! }
        let xpos = names.map { String($0.split(separator: " ")[1]) }

        let words = sentences.map { $0.words.map { WordShape($0.form) } }
        let gold = sentences.map { $0.words.map { labelIndex["\($0.upos) \($0.xpos)"] ?? 0 } }

        // Tag dictionary: frequent words with one dominant label.
        var counts: [UInt64: [Int: Int]] = [:]
        for (sentence, labels) in zip(words, gold) {
            for (word, label) in zip(sentence, labels) {
                counts[word.form, default: [:]][label, default: 0] += 1
            }
        }
        var dictionary: [UInt64: UInt8] = [:]
        for (form, byLabel) in counts {
            let total = byLabel.values.reduce(0, +)
            guard total >= dictionaryMinimumCount,
                  let best = byLabel.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })
            else { continue }
            if Double(best.value) / Double(total) >= dictionaryMinimumShare {
                dictionary[form] = UInt8(best.key)
            }
        }
        progress("\(names.count) labels, \(dictionary.count) dictionary words")

        let single = trainPass(words: words, gold: gold, labelCount: names.count,
                               dictionary: dictionary, firstPass: nil, progress: progress) {
            POSTaggerModel(upos: upos, xpos: xpos, dictionary: dictionary, perceptron: $0)
        }
        let first = single.averaged(threshold: pruneThreshold)
        guard passes >= 2 else {
            return POSTaggerModel(upos: upos, xpos: xpos, dictionary: dictionary,
                                  perceptron: first)
        }
        // Jackknifed first-pass labels: each fold tagged by a pass trained on the others.
        var firstPass = [[Int]](repeating: [], count: sentences.count)
        var single1 = self
        single1.passes = 1
        for fold in 0..<max(folds, 2) {
            let rest = sentences.indices.filter { $0 % max(folds, 2) != fold }
            let model = single1.train(rest.map { sentences[$0] })
            let mapping = model.upos.indices.map { label in
                labelIndex["\(model.upos[label].rawValue) \(model.xpos[label])"] ?? 0
            }
            var scratch = TaggerScratch(labelCount: model.labelCount)
            var labels: [Int] = []
            for index in sentences.indices where index % max(folds, 2) == fold {
                words[index].withUnsafeBufferPointer {
                    model.tag($0, into: &labels, scratch: &scratch)
                }
                firstPass[index] = labels.map { mapping[$0] }
            }
            progress("second pass: jackknife fold \(fold + 1) tagged")
        }
        let second = trainPass(words: words, gold: gold, labelCount: names.count,
                               dictionary: dictionary, firstPass: firstPass,
                               progress: progress) {
            POSTaggerModel(upos: upos, xpos: xpos, dictionary: dictionary, perceptron: first,
                           second: $0)
        }
        return POSTaggerModel(upos: upos, xpos: xpos, dictionary: dictionary, perceptron: first,
                              second: second.averaged(threshold: pruneThreshold))

        func trainPass(words: [[WordShape]], gold: [[Int]], labelCount: Int,
                       dictionary: [UInt64: UInt8], firstPass: [[Int]]?,
                       progress: (String) -> Void,
                       model: (PerceptronModel) -> POSTaggerModel) -> PerceptronTrainer {
            let trainer = PerceptronTrainer(classCount: labelCount)
            var generator = SeededGenerator(seed: seed &+ (firstPass == nil ? 0 : 1))
            var order = Array(words.indices)
            var features: [UInt64] = []
            var scores = [Float](repeating: 0, count: labelCount)
            let empty: [Int] = []
            for iteration in 1...max(1, iterations) {
                order.deterministicShuffle(using: &generator)
                var correct = 0, total = 0
                for s in order {
                    words[s].withUnsafeBufferPointer { sentence in
                    (firstPass?[s] ?? empty).withUnsafeBufferPointer { earlier in
                        var previous = -1, beforePrevious = -2
                        for i in 0..<sentence.count {
                            let truth = gold[s][i]
                            let guess: Int
                            if firstPass == nil, let known = dictionary[sentence[i].form] {
                                guess = Int(known)
                            } else {
                                features.removeAll(keepingCapacity: true)
                                TaggerFeatures.extract(
                                    sentence, at: i, previous: previous,
                                    beforePrevious: beforePrevious,
                                    firstPass: firstPass == nil ? nil : earlier,
                                    into: &features)
                                guess = trainer.predict(features, scores: &scores)
                                trainer.update(truth: truth, guess: guess, features: features)
                                trainer.tick()
                            }
                            if guess == truth { correct += 1 }
                            total += 1
                            beforePrevious = previous
                            previous = guess
                        }
                    }}
                }
                var line = "pass \(firstPass == nil ? 1 : 2) iteration \(iteration): train "
                    + String(format: "%.4f", Double(correct) / Double(max(total, 1)))
                    + ", \(trainer.featureCount) features"
                if !dev.isEmpty {
                    line += ", dev \(model(trainer.averaged(threshold: 0)).evaluate(dev))"
                }
                progress(line)
            }
            return trainer
        }
    }
}

/// Tagging accuracy on gold tokens.
public struct TaggingScore: Sendable, Hashable, Codable, CustomStringConvertible {
    public var tokens: Int
    public var uposCorrect: Int
    public var xposCorrect: Int
    public var uposAccuracy: Double { Double(uposCorrect) / Double(max(tokens, 1)) }
    public var xposAccuracy: Double { Double(xposCorrect) / Double(max(tokens, 1)) }

    public var description: String {
        "UPOS " + String(format: "%.4f", uposAccuracy) + " XPOS "
            + String(format: "%.4f", xposAccuracy) + " (\(tokens) words)"
    }
}

extension POSTaggerModel {
    /// Tags the gold words of `sentences` and compares with their gold tags.
    public func evaluate(_ sentences: [TreebankSentence]) -> TaggingScore {
        var score = TaggingScore(tokens: 0, uposCorrect: 0, xposCorrect: 0)
        var scratch = TaggerScratch(labelCount: labelCount)
        var labels: [Int] = []
        for sentence in sentences {
            let words = sentence.words.map { WordShape($0.form) }
            words.withUnsafeBufferPointer { tag($0, into: &labels, scratch: &scratch) }
            for (word, label) in zip(sentence.words, labels) {
                score.tokens += 1
                if upos[label].rawValue == word.upos { score.uposCorrect += 1 }
                if xpos[label] == word.xpos { score.xposCorrect += 1 }
            }
        }
        return score
    }
}
