/// Hashes of one word's surface properties, computed once per token and shared by the
/// tagger, parser and name recogniser (form, lower case, affixes, shape, flags).
struct WordShape: Sendable {
    var form: UInt64 = 0
    var lower: UInt64 = 0
    var prefix1: UInt64 = 0
    var prefix3: UInt64 = 0
    var suffix1: UInt64 = 0
    var suffix2: UInt64 = 0
    var suffix3: UInt64 = 0
    var suffix4: UInt64 = 0
    /// `Xxxx`, `dd,ddd`, `X.X.`: case, digit and punctuation pattern, runs capped at 4.
    var shape: UInt64 = 0
    /// Bit 0 first letter upper case, 1 all upper, 2 has digit, 3 has hyphen, 4 all letters.
    var flags: UInt64 = 0
    var length: Int = 0

    static let padding = WordShape(form: 1, lower: 1, prefix1: 1, prefix3: 1, suffix1: 1,
                                   suffix2: 1, suffix3: 1, suffix4: 1, shape: 1, flags: 64)
    static let root = WordShape(form: 2, lower: 2, prefix1: 2, prefix3: 2, suffix1: 2,
                                suffix2: 2, suffix3: 2, suffix4: 2, shape: 2, flags: 128)

    init(form: UInt64, lower: UInt64, prefix1: UInt64, prefix3: UInt64, suffix1: UInt64,
         suffix2: UInt64, suffix3: UInt64, suffix4: UInt64, shape: UInt64, flags: UInt64) {
        self.form = form
        self.lower = lower
        self.prefix1 = prefix1
        self.prefix3 = prefix3
        self.suffix1 = suffix1
        self.suffix2 = suffix2
        self.suffix3 = suffix3
        self.suffix4 = suffix4
        self.shape = shape
        self.flags = flags
    }

    /// Computes the hashes of `scalars` without allocating (ASCII and Latin fast paths).
    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        let offset: UInt64 = 0xCBF2_9CE4_8422_2325
        let prime: UInt64 = 0x100_0000_01B3
        var form = offset, lower = offset, shape = offset
        var lastShape: UInt32 = 0, run = 0
        var upperFirst = false, allUpper = true, digit = false, hyphen = false, letters = true
        var count = 0
        // Lower-cased scalar values of the first three and last four positions.
        var head: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var tail: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        for scalar in scalars {
            let value = scalar.value
            form = (form ^ UInt64(value)) &* prime
            let isUpper = CharacterClass.isUpper(scalar)
            var low = value
            if isUpper {
                if value < 128 { low = value + 32 } else if let mapped =
                    scalar.properties.lowercaseMapping.unicodeScalars.first {
                    low = mapped.value
                }
            }
            lower = (lower ^ UInt64(low)) &* prime
            let kind: UInt32
            if isUpper { kind = 88 } // X
            else if CharacterClass.isDigit(scalar) { kind = 100; digit = true } // d
            else if CharacterClass.isLetter(scalar) { kind = 120 } // x
            else { kind = value; if value == 45 { hyphen = true } }
            if !CharacterClass.isLetter(scalar) { letters = false }
            if count == 0 { upperFirst = isUpper }
            if !isUpper && CharacterClass.isLetter(scalar) { allUpper = false }
            if kind == lastShape { run += 1 } else { run = 1; lastShape = kind }
            if run <= 4 { shape = (shape ^ UInt64(kind)) &* prime }
            if count == 0 { head.0 = low } else if count == 1 { head.1 = low }
            else if count == 2 { head.2 = low }
            tail = (tail.1, tail.2, tail.3, low)
            count += 1
        }
        func hashOf(_ n: UInt64, _ a: UInt32, _ b: UInt32 = 0, _ c: UInt32 = 0,
                    _ d: UInt32 = 0) -> UInt64 {
            var h = offset
            h = (h ^ UInt64(a)) &* prime
            h = (h ^ UInt64(b)) &* prime
            h = (h ^ UInt64(c)) &* prime
            h = (h ^ UInt64(d)) &* prime
            return FeatureHash.mix(h ^ n << 40)
        }
        self.form = FeatureHash.mix(form)
        self.lower = FeatureHash.mix(lower)
        self.shape = FeatureHash.mix(shape)
        self.prefix1 = hashOf(1, head.0)
        self.prefix3 = hashOf(3, head.0, head.1, head.2)
        self.suffix1 = hashOf(5, tail.3)
        self.suffix2 = hashOf(6, tail.2, tail.3)
        self.suffix3 = hashOf(7, tail.1, tail.2, tail.3)
        self.suffix4 = hashOf(8, tail.0, tail.1, tail.2, tail.3)
        var flags: UInt64 = 0
        if upperFirst { flags |= 1 }
        if allUpper && count > 0 && letters { flags |= 2 }
        if digit { flags |= 4 }
        if hyphen { flags |= 8 }
        if letters { flags |= 16 }
        self.flags = flags
        self.length = count
    }

    /// Hashes a word given as a string (training data).
    init(_ text: String) {
        self.init(ArraySlice(Array(text.unicodeScalars)))
    }
}
