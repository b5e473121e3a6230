import Testing
@testable import TextAnalysis

/// The name decoder picks the best valid BILOU sequence as a whole, where labelling word by
/// word would commit to the first word's best label and be forced into a worse sequence.
struct EntityLatticeTests {
    /// Labels of PERSON (class 0): B, I, L, U.
    static let (begin, inside, last, unit) = (1, 2, 3, 4)

    /// Per word, the (label, score) pairs that are not zero; the expected labels.
    static let cases: [([[(Int, Float)]], [Int])] = [
        // "Smith said": B-PERSON scores best for "Smith" alone, but then "said" must be
        // L-PERSON; U-PERSON then O scores more in all (2.5 against 2.2).
        ([[(begin, 2), (unit, 1.5)], [(0, 1), (last, 0.2)]], [unit, 0]),
        // "John Smith said": B, L, O beats U, O, O.
        ([[(begin, 2), (unit, 1.5)], [(last, 2), (0, 0.5)], [(0, 1)]], [begin, last, 0]),
        // A name cannot start inside: I-PERSON first is never chosen.
        ([[(inside, 5), (0, 0.1)]], [0]),
        // Three words: B, I, L.
        ([[(begin, 1)], [(inside, 1)], [(last, 1)]], [begin, inside, last]),
    ]

    @Test(arguments: cases)
    func decodesTheBestValidSequence(scores: [[(Int, Float)]], expected: [Int]) {
        let n = EntityLattice.labelCount
        var lattice = EntityLattice()
        lattice.reset(count: scores.count)
        for (i, word) in scores.enumerated() {
            for (label, score) in word { lattice.emissions[i * n + label] = score }
        }
        let transitions = [Float](repeating: 0, count: (n + 1) * n)
        var labels: [Int] = []
        transitions.withUnsafeBufferPointer {
            lattice.decode(count: scores.count, transitions: $0, into: &labels)
        }
        #expect(labels == expected)
    }

    /// A name model of an older file version lacks features the current code reads: it is
    /// refused rather than loaded with them silently missing.
    @Test(arguments: [UInt32(1), 4, EntityRecognizerModel.version + 1])
    func nameModelOfAnotherVersionIsRefused(version: UInt32) throws {
        var data = try EntityRecognizerModel.shipped().serialized()
        #expect(try EntityRecognizerModel(data: data, file: "current").tags.upos.count > 0)
        var header = ModelWriter()
        header.write(EntityRecognizerModel.magic)
        let at = header.data.count
        withUnsafeBytes(of: version.littleEndian) { data.replaceSubrange(at..<at + 4, with: $0) }
        #expect(throws: PipelineError.self) {
            try EntityRecognizerModel(data: data, file: "version \(version)")
        }
    }
}
