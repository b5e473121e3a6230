/// The read-only weights of an averaged perceptron: sparse rows of class weights per feature.
///
/// Features are 64-bit hashes (`FeatureHash`) stored by their low 32 bits (`key(_:)`), which
/// halves the file; the rare colliding features share a row. A row holds only the classes
/// whose averaged weight survived pruning. Lookups go through an open-addressing table built
/// once at load, and scoring adds into a caller-owned buffer, so the hot loop allocates
/// nothing. Each table slot holds the key and the offset of its row, and the row's classes
/// and weights lie together (`blocks`): a found feature costs two memory reads, which is
/// what bounds parsing speed once the model outgrows the caches. A model of at most four
/// classes read from a file (the parser's transitions, its largest table) keeps each row in
/// its slot instead (`DenseRows`): one read per feature, in a table half the size.
struct PerceptronModel: Sendable {
    /// Number of classes scored.
    let classCount: Int
    /// Feature key of each row, ascending (the order written to the file).
    private let keys: [UInt32]
    /// Row `i` spans entries `rowStart[i]..<rowStart[i + 1]`.
    private let rowStart: [UInt32]
    private let entryClass: [UInt8]
    private let entryWeight: [Float]
    /// `key << 32 | offset` of a row's block in `blocks`; 0 for an empty slot.
    private let slots: [UInt64]
    /// Per row: its entry count, then (class, weight bit pattern) per entry; or, for a row
    /// holding at least a third of the classes (`denseRow`), `denseRow` and then the weight
    /// bit pattern of every class in order, 0 for the absent ones.
    private let blocks: [UInt32]
    private let mask: Int
    /// The rows of a small model read from a file, in place of `slots` and `blocks`.
    private let dense: DenseRows?

    /// The stored key of a 64-bit feature hash: its low 32 bits, never zero (zero marks an
    /// empty slot).
    @inline(__always)
    static func key(_ feature: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: feature) | 1 }

    @inline(__always)
    private static func slot(_ key: UInt32, _ mask: Int) -> Int { Int(key >> 1) & mask }

    /// The count word of a row stored with all its classes. Such rows are the frequent
    /// features' (the bias, common suffixes): adding a whole row is a straight loop instead
    /// of a scatter, and adding +0 for an absent class leaves a score's bits unchanged (a
    /// score starts at +0 and never becomes -0, as no weight is -0).
    private static let denseRow = UInt32.max

    /// A model of these rows. `quantized` gives the 16-bit weights and their scale when the
    /// rows were read from a file (`entryWeight[i] == Float(weights[i]) * scale`), which lets
    /// a model of at most `DenseRows.classLimit` classes keep its rows in its table slots.
    init(classCount: Int, keys: [UInt32], rowStart: [UInt32], entryClass: [UInt8],
         entryWeight: [Float], quantized: (weights: [Int16], scale: Float)? = nil) {
        self.classCount = classCount
        self.keys = keys
        self.rowStart = rowStart
        self.entryClass = entryClass
        self.entryWeight = entryWeight
        if let quantized, classCount <= DenseRows.classLimit {
            dense = DenseRows(keys: keys, rowStart: rowStart, entryClass: entryClass,
                              weights: quantized.weights, scale: quantized.scale)
            slots = []
            blocks = []
            mask = 0
            return
        }
        dense = nil
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var blocks: [UInt32] = []
        blocks.reserveCapacity(keys.count + 2 * entryWeight.count)
        let mask = capacity - 1
        for (row, key) in keys.enumerated() {
            let offset = UInt64(blocks.count)
            let entries = Int(rowStart[row])..<Int(rowStart[row + 1])
            if entries.count * 3 >= classCount && classCount > 4 {
                blocks.append(Self.denseRow)
                let start = blocks.count
                blocks.append(contentsOf: repeatElement(0, count: classCount))
                for entry in entries {
                    blocks[start + Int(entryClass[entry])] = entryWeight[entry].bitPattern
                }
            } else {
                blocks.append(UInt32(entries.count))
                for entry in entries {
                    blocks.append(UInt32(entryClass[entry]))
                    blocks.append(entryWeight[entry].bitPattern)
                }
            }
            var slot = Self.slot(key, mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt64(key) << 32 | offset
        }
        self.slots = slots
        self.blocks = blocks
        self.mask = mask
    }

    /// The same model without weights below `threshold` (and without emptied rows).
    func pruned(threshold: Float) -> PerceptronModel {
        var keys: [UInt32] = [], rowStart: [UInt32] = [0]
        var entryClass: [UInt8] = [], entryWeight: [Float] = []
        for (row, key) in self.keys.enumerated() {
            for entry in Int(self.rowStart[row])..<Int(self.rowStart[row + 1])
                where abs(self.entryWeight[entry]) >= threshold {
                entryClass.append(self.entryClass[entry])
                entryWeight.append(self.entryWeight[entry])
            }
            if entryWeight.count > Int(rowStart.last ?? 0) {
                keys.append(key)
                rowStart.append(UInt32(entryWeight.count))
            }
        }
        return PerceptronModel(classCount: classCount, keys: keys, rowStart: rowStart,
                               entryClass: entryClass, entryWeight: entryWeight)
    }

    /// Number of features with at least one weight.
    var featureCount: Int { keys.count }

    /// Adds the weights of `features` to `scores` (which must hold `classCount` values).
    ///
    /// The tables are far larger than the caches, so each lookup waits for memory. The work
    /// runs in three passes over the features so that those waits overlap instead of
    /// queueing behind one another: first every feature's home slot is read (independent
    /// loads), then the slots are resolved to rows, reading the head of every row found, and
    /// only then are the weights added, feature by feature in the given order (so the sums,
    /// and the predictions, are exactly those of a one-feature-at-a-time loop).
    @inline(__always)
    func addScores(of features: UnsafeBufferPointer<UInt64>,
                   to scores: UnsafeMutableBufferPointer<Float>) {
        if let dense {
            dense.addScores(of: features, to: scores)
            return
        }
        let mask = self.mask
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { found in
        slots.withUnsafeBufferPointer { slots in
        blocks.withUnsafeBufferPointer { blocks in
            // 1. The home slot of every feature.
            for i in 0..<features.count {
                found[i] = slots[Self.slot(Self.key(features[i]), mask)]
            }
            // 2. The row of every feature that has one (probing on from its home slot,
            //    usually within the cache line just read), with the row's entry count.
            var rows = 0
            for i in 0..<features.count {
                let wanted = UInt64(Self.key(features[i]))
                var stored = found[i]
                if stored >> 32 != wanted {
                    guard stored != 0 else { continue }
                    var slot = Self.slot(UInt32(wanted), mask)
                    repeat {
                        slot = (slot + 1) & mask
                        stored = slots[slot]
                    } while stored != 0 && stored >> 32 != wanted
                    guard stored != 0 else { continue }
                }
                let at = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF)
                found[rows] = UInt64(blocks[at]) << 32 | UInt64(at + 1)
                rows += 1
            }
            // 3. The weights, in feature order.
            let classCount = self.classCount
            for row in 0..<rows {
                var at = Int(truncatingIfNeeded: found[row] & 0xFFFF_FFFF)
                if UInt32(truncatingIfNeeded: found[row] >> 32) == Self.denseRow {
                    // Four lanes at a time: each lane is the same IEEE addition.
                    let weights = UnsafeRawPointer(blocks.baseAddress.unsafelyUnwrapped + at)
                    let sums = UnsafeMutableRawPointer(scores.baseAddress.unsafelyUnwrapped)
                    var c = 0
                    while c + 4 <= classCount {
                        let sum = sums.loadUnaligned(fromByteOffset: 4 * c, as: SIMD4<Float>.self)
                            + weights.loadUnaligned(fromByteOffset: 4 * c, as: SIMD4<Float>.self)
                        sums.storeBytes(of: sum, toByteOffset: 4 * c, as: SIMD4<Float>.self)
                        c += 4
                    }
                    while c < classCount {
                        scores[c] += Float(bitPattern: blocks[at + c])
                        c += 1
                    }
                    continue
                }
                let end = at + 2 * Int(truncatingIfNeeded: found[row] >> 32)
                while at < end {
                    scores[Int(blocks[at])] += Float(bitPattern: blocks[at + 1])
                    at += 2
                }
            }
        }}}
    }

    /// The best-scoring class among those `allowed` (all when nil), for features in a buffer.
    func predict(_ features: UnsafeBufferPointer<UInt64>,
                 scores: UnsafeMutableBufferPointer<Float>) -> Int {
        for i in 0..<classCount { scores[i] = 0 }
        addScores(of: features, to: scores)
        var best = 0
        for i in 1..<classCount where scores[i] > scores[best] { best = i }
        return best
    }

    /// Writes the model in the shared perceptron layout (weights quantised to 16 bits).
    func write(to writer: inout ModelWriter) {
        writer.write(UInt32(classCount))
        writer.write(array: keys)
        writer.write(array: (0..<keys.count).map { UInt8(rowStart[$0 + 1] - rowStart[$0]) })
        writer.write(array: entryClass)
        let largest = entryWeight.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32_767 : 1
        writer.write(scale)
        writer.write(array: entryWeight.map { Int16(($0 / scale).rounded()) })
    }

    /// Reads what `write(to:)` wrote.
    static func read(from reader: inout ModelReader) throws(PipelineError) -> PerceptronModel {
        let classCount = Int(try reader.read(UInt32.self))
        let keys = try reader.readArray(UInt32.self)
        let counts = try reader.readArray(UInt8.self)
        var rowStart: [UInt32] = [0]
        rowStart.reserveCapacity(counts.count + 1)
        for count in counts { rowStart.append((rowStart.last ?? 0) + UInt32(count)) }
        let entryClass = try reader.readArray(UInt8.self)
        let scale = try reader.readFloat()
        let quantized = try reader.readArray(Int16.self)
        let weights = quantized.map { Float($0) * scale }
        guard rowStart.count == keys.count + 1, entryClass.count == weights.count,
              Int(rowStart.last ?? 0) == weights.count,
              entryClass.allSatisfy({ Int($0) < classCount }),
              keys.allSatisfy({ $0 != 0 }) else {
            throw reader.failure("inconsistent perceptron tables")
        }
        return PerceptronModel(classCount: classCount, keys: keys, rowStart: rowStart,
                               entryClass: entryClass, entryWeight: weights,
                               quantized: (quantized, scale))
    }
}
