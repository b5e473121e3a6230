extension PerceptronModel {
    /// The rows of a perceptron of at most four classes, each kept whole in its table slot:
    /// a lookup reads one 16-byte slot (one cache line) instead of a slot and then a row.
    ///
    /// A slot is two words: `key | presence << 32` (one bit per class; 0 for an empty slot),
    /// then the four classes' 16-bit weights as the model file stores them. A weight is
    /// `Float(weight) * scale`, the very product `PerceptronModel.read` computes, and the
    /// rows are added feature by feature in the given order (an absent class adds +0, which
    /// changes no score), so the scores are bit for bit those of the general table. The
    /// table has at least twice as many slots as rows and a probe starts at the first slot
    /// of its home's cache line (four slots), so a lookup, found or not, almost always reads
    /// that one line.
    struct DenseRows: Sendable {
        /// The most classes a slot holds.
        static let classLimit = 4

        /// Two words per slot from `start` on (see the type's comment).
        private let slots: [UInt64]
        private let start: Int
        private let mask: Int
        private let scale: Float

        /// The first slot of the cache line (four 16-byte slots) where `key`'s probe starts.
        @inline(__always)
        private static func home(_ key: UInt32, _ mask: Int) -> Int {
            Int(key >> 1) & mask & ~3
        }

        /// `weights` are the 16-bit weights of the entries (`entryClass`) of each row, in
        /// row order; `rowStart` as in `PerceptronModel`.
        init(keys: [UInt32], rowStart: [UInt32], entryClass: [UInt8], weights: [Int16],
             scale: Float) {
            var capacity = 16
            while capacity < keys.count * 2 { capacity *= 2 }
            // Eight spare words, so that the table can start on a cache line boundary
            // (`start`): an array's elements follow its header, wherever malloc put it.
            var slots = [UInt64](repeating: 0, count: 2 * capacity + 8)
            let address = slots.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
            let start = ((64 - (address & 63)) & 63) / 8
            let mask = capacity - 1
            for (row, key) in keys.enumerated() {
                var head = UInt64(key)
                var payload: UInt64 = 0
                for entry in Int(rowStart[row])..<Int(rowStart[row + 1]) {
                    let c = UInt64(entryClass[entry])
                    head |= 1 << (32 + c)
                    payload |= UInt64(UInt16(bitPattern: weights[entry])) << (16 * c)
                }
                var slot = Self.home(key, mask)
                while slots[start + 2 * slot] != 0 { slot = (slot + 1) & mask }
                slots[start + 2 * slot] = head
                slots[start + 2 * slot + 1] = payload
            }
            self.slots = slots
            self.start = start
            self.mask = mask
            self.scale = scale
        }

        /// Adds the weights of `features` to `scores`, in three passes like
        /// `PerceptronModel.addScores`: every home slot is read first (independent loads),
        /// then the slots are resolved, then the weights added in feature order.
        @inline(__always)
        func addScores(of features: UnsafeBufferPointer<UInt64>,
                       to scores: UnsafeMutableBufferPointer<Float>) {
            let mask = self.mask, scale = self.scale
            withUnsafeTemporaryAllocation(of: Int.self, capacity: features.count) { found in
            slots.withUnsafeBufferPointer { table in
                let slots = UnsafeBufferPointer(rebasing: table[start...])
                // 1. The head of every feature's home slot.
                for i in 0..<features.count {
                    let head = slots[2 * Self.home(PerceptronModel.key(features[i]), mask)]
                    found[i] = Int(truncatingIfNeeded: head)
                }
                // 2. The slot of every feature that has a row.
                var rows = 0
                for i in 0..<features.count {
                    let wanted = UInt64(PerceptronModel.key(features[i]))
                    var slot = Self.home(UInt32(wanted), mask)
                    var head = UInt64(truncatingIfNeeded: found[i])
                    while head != 0 && head & 0xFFFF_FFFF != wanted {
                        slot = (slot + 1) & mask
                        head = slots[2 * slot]
                    }
                    guard head != 0 else { continue }
                    found[rows] = slot
                    rows += 1
                }
                // 3. The weights, in feature order, the four classes in lanes of their own
                //    (no branch per class): an absent class's stored weight is 0 and adds
                //    +0, which leaves a score's bits unchanged (a score starts at +0 and
                //    never becomes -0, as no weight is -0), so the sums are those of adding
                //    the present classes one by one.
                let classes = Swift.min(scores.count, DenseRows.classLimit)
                var sums = SIMD4<Float>.zero
                for c in 0..<classes { sums[c] = scores[c] }
                let scale = SIMD4<Float>(repeating: scale)
                for row in 0..<rows {
                    let payload = slots[2 * found[row] + 1]
                    let weights = SIMD4<Int32>(
                        Int32(Int16(truncatingIfNeeded: payload)),
                        Int32(Int16(truncatingIfNeeded: payload >> 16)),
                        Int32(Int16(truncatingIfNeeded: payload >> 32)),
                        Int32(Int16(truncatingIfNeeded: payload >> 48)))
                    sums += SIMD4<Float>(weights) * scale
                }
                for c in 0..<classes { scores[c] = sums[c] }
            }}
        }
    }
}
