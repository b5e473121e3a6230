import Foundation

/// Precision, recall and F1 of a set of predicted items against gold items (exact match).
public struct SpanScore: Sendable, Hashable, Codable, CustomStringConvertible {
    public var gold: Int
    public var predicted: Int
    public var correct: Int

    public init(gold: Int, predicted: Int, correct: Int) {
        self.gold = gold
        self.predicted = predicted
        self.correct = correct
    }

    /// Scores two collections of hashable items; duplicates count once.
    public init<Item: Hashable>(gold: some Sequence<Item>, predicted: some Sequence<Item>) {
        let goldSet = Set(gold), predictedSet = Set(predicted)
        self.init(gold: goldSet.count, predicted: predictedSet.count,
                  correct: goldSet.intersection(predictedSet).count)
    }

    public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    public var description: String {
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        return "P \(f(precision)) R \(f(recall)) F1 \(f(f1)) "
            + "(gold \(gold), predicted \(predicted), correct \(correct))"
    }
}
