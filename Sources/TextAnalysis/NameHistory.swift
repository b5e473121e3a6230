/// What the name recogniser already said about a word earlier in the same document
/// ("extended prediction history", Ratinov & Roth 2009): a later "Norton" is a person when
/// "Joshua Norton" was one, and "Athens" keeps the class it had in the first paragraph.
///
/// One value per document; it holds counts of the classes predicted for each lower-cased
/// word, in the recogniser's own label layout (0 = outside a name).
struct NameHistory {
    private var counts: [UInt64: SIMD4<Int32>] = [:]

    /// Forgets everything (a new document).
    mutating func reset() { counts.removeAll(keepingCapacity: true) }

    /// The history code of a word: 0 for words without a capital letter, 1 when unseen,
    /// 2 when always outside a name so far, else the most frequent class with how dominant
    /// it is (all occurrences, at least half, less).
    func code(of word: WordShape) -> UInt64 {
        guard word.flags & 1 != 0 else { return 0 }
        guard let seen = counts[word.lower] else { return 1 }
        var best = 1
        for c in 2...3 where seen[c] > seen[best] { best = c }
        let top = seen[best]
        guard top > 0 else { return 2 }
        let total = seen[0] + seen[1] + seen[2] + seen[3]
        let share: UInt64 = top == total ? 0 : top * 2 >= total ? 1 : 2
        return 8 + UInt64(best) * 4 + share
    }

    /// Records one labelled sentence (BILOU labels of `EntityRecognizerModel`).
    mutating func record(_ words: UnsafeBufferPointer<WordShape>, labels: [Int]) {
        for (i, label) in labels.enumerated() where i < words.count {
            let entityClass = label > 0 ? 1 + (label - 1) / 4 : 0
            counts[words[i].lower, default: SIMD4<Int32>(repeating: 0)][entityClass] += 1
        }
    }
}
