/// The best BILOU label sequence of one sentence (Viterbi), from per-word label scores and
/// label-pair scores: greedy left-to-right labelling commits to a label before it sees the
/// words after it, so a name's first word cannot be relabelled once its last word is read.
///
/// Only sequences that are valid BILOU are considered (`EntityRecognizerModel.allows`,
/// `canEnd`). Ties go to the lower label index, so decoding is deterministic. The buffers
/// are reused from sentence to sentence.
struct EntityLattice {
    static let labelCount = EntityRecognizerModel.labelCount

    /// `allowed[(p + 1) * labelCount + c]`: whether label `c` may follow `p` (-1: start).
    static let allowed: [Bool] = (-1..<labelCount).flatMap { previous in
        (0..<labelCount).map { EntityRecognizerModel.allows(previous, $0) }
    }

    /// Per-word label scores, `labelCount` per word, filled by the caller (`reset`).
    var emissions: [Float] = []
    private var best: [Float] = []
    private var back: [Int32] = []

    /// Makes room for the scores of `count` words, all zero.
    mutating func reset(count: Int) {
        let size = count * Self.labelCount
        emissions.removeAll(keepingCapacity: true)
        emissions.append(contentsOf: repeatElement(0, count: size))
        best.removeAll(keepingCapacity: true)
        best.append(contentsOf: repeatElement(-Float.infinity, count: size))
        back.removeAll(keepingCapacity: true)
        back.append(contentsOf: repeatElement(-1, count: size))
    }

    /// The best valid labels of `count` words into `labels`; `transitions` holds
    /// `(labelCount + 1) * labelCount` scores laid out like `allowed`.
    mutating func decode(count: Int, transitions: UnsafeBufferPointer<Float>,
                         into labels: inout [Int]) {
        labels.removeAll(keepingCapacity: true)
        guard count > 0 else { return }
        let n = Self.labelCount
        Self.allowed.withUnsafeBufferPointer { allowed in
        emissions.withUnsafeBufferPointer { emissions in
        best.withUnsafeMutableBufferPointer { best in
        back.withUnsafeMutableBufferPointer { back in
            for c in 0..<n where allowed[c] {
                best[c] = emissions[c] + transitions[c]
            }
            for i in 1..<count {
                let here = i * n, before = here - n
                for c in 0..<n {
                    var top = -Float.infinity, from: Int32 = -1
                    for p in 0..<n where allowed[(p + 1) * n + c] {
                        let score = best[before + p]
                        guard score > -Float.infinity else { continue }
                        let total = score + transitions[(p + 1) * n + c]
                        if from < 0 || total > top { top = total; from = Int32(p) }
                    }
                    guard from >= 0 else { continue }
                    best[here + c] = top + emissions[here + c]
                    back[here + c] = from
                }
            }
            let last = (count - 1) * n
            var end = 0
            for c in 1..<n where EntityRecognizerModel.canEnd(c)
                && best[last + c] > best[last + end] {
                end = c
            }
            labels.append(contentsOf: repeatElement(0, count: count))
            var label = end
            for i in stride(from: count - 1, through: 0, by: -1) {
                labels[i] = label
                if i > 0 { label = Int(back[i * n + label]) }
            }
        }}}}
    }
}
