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
    /// Averaged weights smaller than this are dropped from the model file.
    public var pruneThreshold: Float = 0.5
    /// A word enters the tag dictionary when seen this often … (off by default: on dev the
    /// perceptron alone was slightly more accurate; lower it to trade accuracy for speed)
    public var dictionaryMinimumCount = Int.max
    /// … with this share of its occurrences under one label.
    public var dictionaryMinimumShare = 0.995

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

        let trainer = PerceptronTrainer(classCount: names.count)
        var generator = SeededGenerator(seed: seed)
        var order = Array(sentences.indices)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: names.count)
        for iteration in 1...max(1, iterations) {
            order.deterministicShuffle(using: &generator)
            var correct = 0, total = 0
            for s in order {
                words[s].withUnsafeBufferPointer { sentence in
                    var previous = -1, beforePrevious = -2
                    for i in 0..<sentence.count {
                        let truth = gold[s][i]
                        let guess: Int
                        if let known = dictionary[sentence[i].form] {
                            guess = Int(known)
                        } else {
                            features.removeAll(keepingCapacity: true)
                            TaggerFeatures.extract(sentence, at: i, previous: previous,
                                                   beforePrevious: beforePrevious,
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
                }
            }
            var line = "iteration \(iteration): train accuracy "
                + String(format: "%.4f", Double(correct) / Double(max(total, 1)))
                + ", \(trainer.featureCount) features"
            if !dev.isEmpty {
                let model = POSTaggerModel(upos: upos, xpos: xpos, dictionary: dictionary,
                                           perceptron: trainer.averaged(threshold: 0))
                line += ", dev \(model.evaluate(dev))"
            }
            progress(line)
        }
        return POSTaggerModel(upos: upos, xpos: xpos, dictionary: dictionary,
                              perceptron: trainer.averaged(threshold: pruneThreshold))
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
