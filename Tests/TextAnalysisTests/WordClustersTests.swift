import Foundation
import Testing
@testable import TextAnalysis

/// The shipped Brown clusters: words used alike share long path prefixes, words used
/// differently part early, and unknown words have no cluster.
struct WordClustersTests {
    /// Pairs of words and how many leading path steps they share at least (`atLeast`) or at
    /// most (`atMost`).
    static let pairs: [(String, String, atLeast: Int, atMost: Int)] = [
        ("Monday", "Friday", 10, 99),
        ("London", "Paris", 10, 99),
        ("Russia", "China", 11, 99),
        ("Moscow", "Berlin", 8, 99),
        ("John", "Michael", 6, 99),
        ("soldiers", "police", 4, 99),
        ("the", "London", 0, 1),
        ("said", "Monday", 0, 2),
    ]

    @Test(arguments: pairs)
    func relatedWordsShareLongPrefixes(first: String, second: String, atLeast: Int,
                                       atMost: Int) throws {
        let clusters = try WordClusters.shipped()
        let a = clusters.path(of: first), b = clusters.path(of: second)
        #expect(!a.isEmpty && !b.isEmpty)
        let shared = zip(a, b).prefix { $0 == $1 }.count
        #expect(shared >= atLeast && shared <= atMost, "\(first) \(a) / \(second) \(b)")
    }

    @Test func upperCaseFallsBackToLowerCaseAndUnknownWordsHaveNone() throws {
        let clusters = try WordClusters.shipped()
        #expect(clusters.count > 100_000)
        #expect(clusters.path(of: "BRIEFED") == clusters.path(of: "briefed")) // no upper-case row
        #expect(clusters.path(of: "Zqxjvbwk") == "")
        #expect(WordClusters.prefix(0, 4) == 0)
        let moscow = clusters.code(WordShape("Moscow")), berlin = clusters.code(WordShape("Berlin"))
        #expect(WordClusters.prefix(moscow, 4) == WordClusters.prefix(berlin, 4))
        #expect(WordClusters.prefix(moscow, 4) != WordClusters.prefix(moscow, 6))
    }

    static let malformed: [String] = [
        "word\tpath\nhello\t01x1\n",
        "word\tpath\nhello\n",
        "word\tpath\n\t0101\n",
    ]

    @Test(arguments: malformed)
    func malformedRowsAreErrors(text: String) {
        #expect(throws: PipelineError.self) { try WordClusters.parse(Data(text.utf8)) }
    }

    @Test func rowsAfterTheHeaderMayStartWithAHash() throws {
        let clusters = try WordClusters.parse(Data("# comment\nword\tpath\n#\t01001\nhi\t1\n".utf8))
        #expect(clusters.count == 2)
        #expect(clusters.path(of: "#") == "01001")
    }
}
