extension String {
    /// The string of a run of Unicode scalars, the form `Document` keeps its text in.
    ///
    /// Every token's text and lemma is built from scalars, several times per article;
    /// `String.UnicodeScalarView.append(contentsOf:)` encodes them one by one through
    /// generic code, so this writes the UTF-8 bytes directly: the same string, a fraction
    /// of the cost.
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        var byteCount = 0
        for scalar in scalars {
            let value = scalar.value
            byteCount += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x1_0000 ? 3 : 4
        }
        self.init(unsafeUninitializedCapacity: byteCount) { bytes in
            var at = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    bytes[at] = UInt8(truncatingIfNeeded: value)
                    at += 1
                } else if value < 0x800 {
                    bytes[at] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                    bytes[at + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    at += 2
                } else if value < 0x1_0000 {
                    bytes[at] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                    bytes[at + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    bytes[at + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    at += 3
                } else {
                    bytes[at] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                    bytes[at + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
                    bytes[at + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    bytes[at + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    at += 4
                }
            }
            return at
        }
    }
}
