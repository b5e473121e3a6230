import Testing
@testable import TextAnalysis

/// The parser's Brown-cluster features: words of one cluster look alike to the transitions
/// and the arc labeller where the words themselves differ, and without clusters the
/// features are exactly those of the models trained before them.
struct ParserClusterFeatureTests {
    /// Pairs of words used alike (`alike`) or not, put first in "X said ." with the same tags.
    static let pairs: [(String, String, alike: Bool)] = [
        ("Moscow", "Berlin", true),
        ("Monday", "Friday", true),
        ("Russia", "China", true),
        ("Moscow", "Monday", false),
        ("Russia", "said", false),
    ]

    /// The transition features of the first decision (root on the stack, `word` next) and
    /// the arc-labeller features of `said → word`, with and without cluster codes.
    static func features(_ word: String, clusters: Bool) throws -> [UInt64] {
        let words = [word, "said", "."].map { WordShape($0) }
        var codes: [UInt64] = []
        if clusters {
            words.withUnsafeBufferPointer { try? WordClusters.shipped().codes($0, into: &codes) }
            #expect(codes.count == words.count)
        }
        let tags = [7, 9, 11]
        var state = ParserState()
        state.reset(count: words.count)
        var out: [UInt64] = []
        words.withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { tags in
                codes.withUnsafeBufferPointer { codes in
                    ParserFeatures.transition(state, words, tags, codes, into: &out)
                    ParserFeatures.arc(head: 2, dependent: 1, state, words, tags, codes,
                                       into: &out)
                }
            }
        }
        return out
    }

    @Test(arguments: pairs)
    func clusterFeaturesAreSharedByWordsUsedAlike(first: String, second: String,
                                                  alike: Bool) throws {
        let plainA = try Self.features(first, clusters: false)
        let plainB = try Self.features(second, clusters: false)
        let a = try Self.features(first, clusters: true)
        let b = try Self.features(second, clusters: true)
        #expect(a.count > plainA.count)
        // Word features: the words differ, so some differ. Cluster features: those of the
        // root and of "said" are shared by any pair (four), those of the word itself only
        // when its path prefixes are.
        #expect(Set(plainA) != Set(plainB))
        let gained = Set(a).intersection(b).count - Set(plainA).intersection(plainB).count
        if alike {
            #expect(gained >= 8, "\(first)/\(second): \(gained) shared cluster features")
        } else {
            #expect(gained <= 5, "\(first)/\(second): \(gained) shared cluster features")
        }
    }

    @Test func withoutClustersTheFeaturesAreTheOlderModelsOnes() throws {
        let plain = try Self.features("Moscow", clusters: false)
        let clustered = try Self.features("Moscow", clusters: true)
        // The cluster features come after all others in each list, so a model file without
        // cluster features is scored on exactly the features it was trained with.
        #expect(Set(plain).isSubset(of: Set(clustered)))
        #expect(clustered.count > plain.count)
    }
}
