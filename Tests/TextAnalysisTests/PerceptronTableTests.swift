import Foundation
import Testing
@testable import TextAnalysis

/// The perceptron's lookup tables must score exactly (bit for bit) as adding each found
/// feature's weights one at a time: the general table with its sparse and whole-class rows,
/// and the rows kept in the slots of a model of at most four classes read from a file.
struct PerceptronTableTests {
    /// Random rows (seeded): keys, and per key its (class, weight) entries. Some rows hold one
    /// class, some most of them.
    static func rows(classCount: Int, count: Int,
                     seed: UInt64) -> (keys: [UInt32], rows: [[(Int, Float)]]) {
        var random = SeededGenerator(seed: seed)
        var keys = Set<UInt32>()
        while keys.count < count { keys.insert(PerceptronModel.key(random.next())) }
        var rows: [[(Int, Float)]] = []
        for index in 0..<count {
            let density = index % 8 + 1
            var row: [(Int, Float)] = []
            for c in 0..<classCount where random.next() % 8 < density || c == classCount - 1 {
                row.append((c, Float(Int64(random.next() % 2_001) - 1_000) / 97))
            }
            rows.append(row)
        }
        return (keys.sorted(), rows)
    }

    static func model(classCount: Int, keys: [UInt32],
                      rows: [[(Int, Float)]]) -> PerceptronModel {
        var rowStart: [UInt32] = [0], entryClass: [UInt8] = [], entryWeight: [Float] = []
        for row in rows {
            for (c, weight) in row {
                entryClass.append(UInt8(c))
                entryWeight.append(weight)
            }
            rowStart.append(UInt32(entryClass.count))
        }
        return PerceptronModel(classCount: classCount, keys: keys, rowStart: rowStart,
                               entryClass: entryClass, entryWeight: entryWeight)
    }

    /// Scores of `features` as raw bits, so that -0 and +0 or rounding would differ.
    static func scores(_ model: PerceptronModel, _ features: [UInt64]) -> [UInt32] {
        var scores = [Float](repeating: 0, count: model.classCount)
        features.withUnsafeBufferPointer { features in
            scores.withUnsafeMutableBufferPointer { model.addScores(of: features, to: $0) }
        }
        return scores.map(\.bitPattern)
    }

    /// Random features (which the model lacks) around features it has (whose low 32 bits
    /// are a row's key), some of them twice.
    static func features(keys: [UInt32], round: Int,
                         random: inout SeededGenerator) -> [UInt64] {
        var features: [UInt64] = []
        for _ in 0..<(round % 97 + 1) { features.append(random.next()) }
        for _ in 0..<(round % 50) {
            let key = keys[Int(random.next() % UInt64(keys.count))]
            features.insert(UInt64(key) | random.next() << 32, at: features.count / 2)
            if round % 3 == 0 { features.append(UInt64(key)) }
        }
        return features
    }

    @Test(arguments: [(4, 20_000, UInt64(1)), (13, 5_000, 2), (117, 3_000, 3), (51, 7, 4)])
    func tableScoresLikeAddingEachFeaturesWeights(classCount: Int, count: Int,
                                                 seed: UInt64) {
        let (keys, rows) = Self.rows(classCount: classCount, count: count, seed: seed)
        let model = Self.model(classCount: classCount, keys: keys, rows: rows)
        let rowOfKey = Dictionary(uniqueKeysWithValues: zip(keys, rows))
        var random = SeededGenerator(seed: seed &+ 100)
        for round in 0..<200 {
            let features = Self.features(keys: keys, round: round, random: &random)
            var expected = [Float](repeating: 0, count: classCount)
            for feature in features {
                for (c, weight) in rowOfKey[PerceptronModel.key(feature)] ?? [] {
                    expected[c] += weight
                }
            }
            let scores = Self.scores(model, features)
            #expect(scores == expected.map(\.bitPattern))
            if round % 50 > 0 { #expect(scores.contains { $0 != 0 }) }
        }
    }

    @Test(arguments: [(4, 50_000, UInt64(5)), (3, 20_000, 6), (4, 7, 7), (13, 5_000, 8)])
    func rowsInSlotsScoreExactlyLikeTheGeneralTable(classCount: Int, count: Int,
                                                   seed: UInt64) throws {
        let (keys, rows) = Self.rows(classCount: classCount, count: count, seed: seed)
        var writer = ModelWriter()
        Self.model(classCount: classCount, keys: keys, rows: rows).write(to: &writer)
        var reader = ModelReader(data: writer.data, stage: "test", file: "test")
        let read = try PerceptronModel.read(from: &reader)
        // `pruned` builds the general table from the same weights.
        let general = read.pruned(threshold: 0)
        #expect(general.featureCount == count)
        var random = SeededGenerator(seed: seed &+ 100)
        for round in 0..<200 {
            let features = Self.features(keys: keys, round: round, random: &random)
            #expect(Self.scores(read, features) == Self.scores(general, features))
        }
    }
}
