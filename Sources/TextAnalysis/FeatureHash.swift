/// Deterministic 64-bit hashing of features, the same in every process and on every machine.
///
/// Swift's `Hasher` is seeded per process, so it cannot key a model file. Features are
/// combined from small integers (template, label) and word hashes without building strings.
enum FeatureHash {
    /// The splitmix64 finaliser: spreads bits so nearby inputs give unrelated hashes.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A feature of template `template` over one value.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 {
        mix(mix(template &* 0x100_0000_01B3) ^ a) | 1
    }

    /// A feature of template `template` over two values.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(mix(mix(template &* 0x100_0000_01B3) ^ a) ^ (b &* 0x9E37_79B9)) | 1
    }

    /// A feature of template `template` over three values.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64,
                        _ c: UInt64) -> UInt64 {
        mix(mix(mix(mix(template &* 0x100_0000_01B3) ^ a) ^ b) ^ c) | 1
    }

    /// FNV-1a over a string's scalars, finalised; used for words and labels.
    static func string(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for scalar in text.unicodeScalars {
            hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01B3
        }
        return mix(hash)
    }
}

/// A deterministic random number generator (splitmix64) for shuffling training data.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return FeatureHash.mix(state &- 0x9E37_79B9_7F4A_7C15)
    }
}
