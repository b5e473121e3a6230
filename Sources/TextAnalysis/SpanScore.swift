import Foundation

/// Precision, recall and F1 of a set of predicted items against gold items (exact match).
public struct SpanScore: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Distinct gold items.
    public var gold: Int
    /// Distinct predicted items.
    public var predicted: Int
    /// Predicted items that are also gold.
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

    /// Share of predicted items that are right.
    public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    /// Share of gold items that were found.
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    /// Harmonic mean of precision and recall.
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    public var description: String {
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        return "P \(f(precision)) R \(f(recall)) F1 \(f(f1)) "
            + "(gold \(gold), predicted \(predicted), correct \(correct))"
    }
}
