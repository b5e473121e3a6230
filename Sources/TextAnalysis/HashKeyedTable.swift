/// A read-only map from 64-bit hashes (`FeatureHash` values, word hashes) to small values,
/// for the lookups the taggers make once or more per word.
///
/// `Dictionary` hashes every key again with the per-process seeded `Hasher`, which cost more
/// than the lookup itself; these keys are well-mixed hashes already, so their own bits pick
/// the slot of an open-addressing table (linear probing, at least twice as many slots as
/// keys). Built once from a dictionary; answers exactly as that dictionary does.
struct HashKeyedTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value]
    /// Whether slot `i` holds a key (a key may be any value, zero included).
    private let used: [Bool]
    private let mask: Int

    init(_ dictionary: [UInt64: Value], empty: Value) {
        var capacity = 8
        while capacity < dictionary.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Value](repeating: empty, count: capacity)
        var used = [Bool](repeating: false, count: capacity)
        let mask = capacity - 1
        for (key, value) in dictionary {
            var slot = Self.home(key, mask)
            while used[slot] { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
            used[slot] = true
        }
        self.keys = keys
        self.values = values
        self.used = used
        self.mask = mask
    }

    @inline(__always)
    private static func home(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ key >> 29) & mask
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        var slot = Self.home(key, mask)
        while used[slot] {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
