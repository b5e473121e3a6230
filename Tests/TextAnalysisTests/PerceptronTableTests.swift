import Foundation
import Testing
@testable import TextAnalysis

/// The perceptron's lookup tables: a model read from a file keeps its rows in the table slots
/// when it has at most four classes, and must score exactly like the general table.
struct PerceptronTableTests {
    /// A model of `classCount` classes with `rows` random rows (seeded), read back from its
    /// file bytes as `eventgraph` reads a shipped model, and its row keys.
    static func readModel(classCount: Int, rows: Int,
                          seed: UInt64) throws -> (PerceptronModel, [UInt32]) {
        var random = SeededGenerator(seed: seed)
        var keys = Set<UInt32>()
        while keys.count < rows {
            keys.insert(PerceptronModel.key(random.next()))
        }
        var rowStart: [UInt32] = [0], entryClass: [UInt8] = [], entryWeight: [Float] = []
        for _ in keys.sorted() {
            for c in 0..<classCount where random.next() % 2 == 0 || c == classCount - 1 {
                entryClass.append(UInt8(c))
                entryWeight.append(Float(Int64(random.next() % 2_001) - 1_000) / 97)
            }
            rowStart.append(UInt32(entryClass.count))
        }
        let model = PerceptronModel(classCount: classCount, keys: keys.sorted(),
                                    rowStart: rowStart, entryClass: entryClass,
                                    entryWeight: entryWeight)
        var writer = ModelWriter()
        model.write(to: &writer)
        var reader = ModelReader(data: writer.data, stage: "test", file: "test")
        return (try PerceptronModel.read(from: &reader), keys.sorted())
    }

    /// Scores of `features` as raw bits, so that -0 and +0 or rounding would differ.
    static func scores(_ model: PerceptronModel, _ features: [UInt64]) -> [UInt32] {
        var scores = [Float](repeating: 0, count: model.classCount)
        features.withUnsafeBufferPointer { features in
            scores.withUnsafeMutableBufferPointer { model.addScores(of: features, to: $0) }
        }
        return scores.map(\.bitPattern)
    }

    @Test(arguments: [(4, 50_000, UInt64(1)), (3, 20_000, 2), (4, 7, 3), (13, 5_000, 4)])
    func rowsInSlotsScoreExactlyLikeTheGeneralTable(classCount: Int, rows: Int,
                                                   seed: UInt64) throws {
        let (read, keys) = try Self.readModel(classCount: classCount, rows: rows, seed: seed)
        // `pruned` builds the general table from the same weights.
        let general = read.pruned(threshold: 0)
        #expect(general.featureCount == rows)
        var random = SeededGenerator(seed: seed &+ 100)
        var features: [UInt64] = []
        for round in 0..<200 {
            // Features the model lacks (random hashes) around features it has: a feature
            // whose low 32 bits are a row's key, some of them twice.
            features.removeAll()
            for _ in 0..<(round % 97 + 1) { features.append(random.next()) }
            for _ in 0..<(round % 50) {
                let key = keys[Int(random.next() % UInt64(keys.count))]
                features.insert(UInt64(key) | random.next() << 32, at: features.count / 2)
                if round % 3 == 0 { features.append(UInt64(key)) }
            }
            let scores = Self.scores(read, features)
            #expect(scores == Self.scores(general, features))
            if round % 50 > 0 { #expect(scores.contains { $0 != 0 }) }
        }
    }
}
