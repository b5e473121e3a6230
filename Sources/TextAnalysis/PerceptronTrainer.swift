/// Trains an averaged perceptron (Collins 2002) over hashed features.
///
/// Rows of class weights are created on a feature's first update only. Averaging uses the
/// accumulated-update trick: each update also adds `step × delta` to an accumulator, and the
/// average is `w - accumulator / step`, so no per-step pass over all weights is needed.
final class PerceptronTrainer {
    let classCount: Int
    private var index: [UInt64: Int32] = [:]
    private var weights: [Float] = []
    private var accumulated: [Double] = []
    private var order: [UInt64] = []
    /// Number of training instances seen so far, plus one.
    private(set) var step: Double = 1

    init(classCount: Int) {
        precondition(classCount <= 255, "at most 255 classes fit a model file")
        self.classCount = classCount
    }

    /// Number of features that have a row.
    var featureCount: Int { index.count }

    /// Current (not averaged) scores of `features`.
    func scores(_ features: [UInt64], into scores: inout [Float]) {
        for i in 0..<classCount { scores[i] = 0 }
        weights.withUnsafeBufferPointer { weights in
            scores.withUnsafeMutableBufferPointer { scores in
                for feature in features {
                    guard let row = index[feature] else { continue }
                    let base = Int(row) * classCount
                    for c in 0..<classCount { scores[c] += weights[base + c] }
                }
            }
        }
    }

    /// The best class under the current weights, among `allowed` when given.
    func predict(_ features: [UInt64], scores: inout [Float], allowed: [Bool]? = nil) -> Int {
        self.scores(features, into: &scores)
        var best = -1
        for c in 0..<classCount where allowed?[c] ?? true {
            if best < 0 || scores[c] > scores[best] { best = c }
        }
        return max(best, 0)
    }

    /// Moves weight from `guess` to `truth` for every feature (nothing when they agree).
    func update(truth: Int, guess: Int, features: [UInt64]) {
        guard truth != guess else { return }
        for feature in features {
            let base = row(of: feature) * classCount
            weights[base + truth] += 1
            accumulated[base + truth] += step
            weights[base + guess] -= 1
            accumulated[base + guess] -= step
        }
    }

    /// Adds `delta` to the weight of `feature` for class `c` alone: a structured update,
    /// where the gold and the guessed sequence differ in features, not only in classes.
    func add(_ delta: Float, feature: UInt64, class c: Int) {
        let at = row(of: feature) * classCount + c
        weights[at] += delta
        accumulated[at] += Double(delta) * step
    }

    /// The row of `feature`, created (all zero) on first use.
    private func row(of feature: UInt64) -> Int {
        if let existing = index[feature] { return Int(existing) }
        let row = index.count
        index[feature] = Int32(row)
        order.append(feature)
        weights.append(contentsOf: repeatElement(0, count: classCount))
        accumulated.append(contentsOf: repeatElement(0, count: classCount))
        return row
    }

    /// Marks the end of one training instance.
    func tick() { step += 1 }

    /// The averaged model, dropping weights whose magnitude is below `threshold`. Features
    /// whose stored keys collide (`PerceptronModel.key`) are merged by adding their weights.
    func averaged(threshold: Float) -> PerceptronModel {
        Self.averaged(of: [self], threshold: threshold)
    }

    /// The mean of the averaged models of `trainers` (same class count), dropping weights
    /// whose magnitude is below `threshold`: several shuffles of the same data vote in one
    /// model, at no cost at run time.
    static func averaged(of trainers: [PerceptronTrainer], threshold: Float) -> PerceptronModel {
        let classCount = trainers.first?.classCount ?? 0
        var merged: [UInt32: [Float]] = [:]
        let share = Double(max(trainers.count, 1))
        for trainer in trainers {
            for feature in trainer.order {
                guard let row = trainer.index[feature] else { continue }
                let base = Int(row) * classCount
                var averages = [Float](repeating: 0, count: classCount)
                for c in 0..<classCount {
                    let average = Double(trainer.weights[base + c])
                        - trainer.accumulated[base + c] / trainer.step
                    averages[c] = Float(average / share)
                }
                let key = PerceptronModel.key(feature)
                if let existing = merged[key] {
                    merged[key] = zip(existing, averages).map { $0 + $1 }
                } else {
                    merged[key] = averages
                }
            }
        }
        var keys: [UInt32] = []
        var rowStart: [UInt32] = [0]
        var entryClass: [UInt8] = []
        var entryWeight: [Float] = []
        for key in merged.keys.sorted() {
            guard let averages = merged[key] else { continue }
            var kept = false
            for (c, average) in averages.enumerated() where abs(average) >= threshold
                && average != 0 {
                entryClass.append(UInt8(c))
                entryWeight.append(average)
                kept = true
            }
            if kept {
                keys.append(key)
                rowStart.append(UInt32(entryWeight.count))
            }
        }
        return PerceptronModel(classCount: classCount, keys: keys, rowStart: rowStart,
                               entryClass: entryClass, entryWeight: entryWeight)
    }
}

extension Array {
    /// Fisher–Yates shuffle with an explicit generator, identical on every platform.
    mutating func deterministicShuffle(using generator: inout SeededGenerator) {
        guard count > 1 else { return }
        for i in stride(from: count - 1, to: 0, by: -1) {
            let j = Int(generator.next() % UInt64(i + 1))
            swapAt(i, j)
        }
    }
}
