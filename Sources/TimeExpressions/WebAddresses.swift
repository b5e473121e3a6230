/// Where a text holds web addresses, so that the numbers and words inside them
/// ("/issues/1993/s93/", "/pubs/history/2002/apr26.htm", "time.com/time/daily/") are never
/// read as dates: an address is a path, not prose, whatever its parts look like.
enum WebAddresses {
    /// Scalar ranges of the addresses in `scalars`: from `http://`, `https://` or `www.` to
    /// the next whitespace, less closing punctuation at the end ("….htm).").
    static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            guard scalar == "h" || scalar == "w" || scalar == "H" || scalar == "W",
                  index == 0 || !isAddressPart(scalars[index - 1]),
                  startsAddress(scalars, at: index) else {
                index += 1
                continue
            }
            var end = index
            while end < count, !scalars[end].properties.isWhitespace { end += 1 }
            while end > index, ".,;:!?)]}>\"'".unicodeScalars.contains(scalars[end - 1]) {
                end -= 1
            }
            result.append(index..<end)
            index = max(end, index + 1)
        }
        return result
    }

    private static func startsAddress(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        for prefix in ["http://", "https://", "www."] {
            let letters = Array(prefix.unicodeScalars)
            guard index + letters.count <= scalars.count else { continue }
            var same = true
            for (offset, letter) in letters.enumerated() {
                let scalar = scalars[index + offset]
                let lower = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
                if lower != letter {
                    same = false
                    break
                }
            }
            if same { return true }
        }
        return false
    }

    private static func isAddressPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
