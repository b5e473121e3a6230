/// The feature templates of the part-of-speech tagger, shared by training and tagging so the
/// two can never drift apart. Each template number is part of the hash, so a feature of one
/// template never collides with the same value under another.
enum TaggerFeatures {
    /// Appends the features of word `i` given the two previous predicted labels
    /// (`-1` and `-2` for the sentence start) to `out`, which the caller clears. In the second
    /// pass `firstPass` holds the first pass's labels of the whole sentence.
    @inline(__always)
    static func extract(_ words: UnsafeBufferPointer<WordShape>, at i: Int, previous: Int,
                        beforePrevious: Int, firstPass: UnsafeBufferPointer<Int>? = nil,
                        into out: inout [UInt64]) {
        FeatureSink.append(to: &out, limit: 48) { sink in
            extract(words, at: i, previous: previous, beforePrevious: beforePrevious,
                    firstPass: firstPass, into: &sink)
        }
    }

    @inline(__always)
    private static func extract(_ words: UnsafeBufferPointer<WordShape>, at i: Int,
                                previous: Int, beforePrevious: Int,
                                firstPass: UnsafeBufferPointer<Int>?,
                                into out: inout FeatureSink) {
        let padding = WordShape.padding
        let w = words[i]
        let p1 = i >= 1 ? words[i - 1] : padding
        let p2 = i >= 2 ? words[i - 2] : padding
        let n1 = i + 1 < words.count ? words[i + 1] : padding
        let n2 = i + 2 < words.count ? words[i + 2] : padding
        let t1 = UInt64(bitPattern: Int64(previous)) &+ 7
        let t2 = UInt64(bitPattern: Int64(beforePrevious)) &+ 7
        let first: UInt64 = i == 0 ? 1 : 0
        out.append(FeatureHash.feature(1, 0))
        out.append(FeatureHash.feature(2, w.lower))
        out.append(FeatureHash.feature(3, w.form))
        out.append(FeatureHash.feature(4, w.suffix1))
        out.append(FeatureHash.feature(5, w.suffix2))
        out.append(FeatureHash.feature(6, w.suffix3))
        out.append(FeatureHash.feature(7, w.suffix4))
        out.append(FeatureHash.feature(8, w.prefix1))
        out.append(FeatureHash.feature(9, w.prefix3))
        out.append(FeatureHash.feature(10, w.shape))
        out.append(FeatureHash.feature(11, w.flags, first))
        out.append(FeatureHash.feature(12, t1))
        out.append(FeatureHash.feature(13, t1, t2))
        out.append(FeatureHash.feature(14, t1, w.lower))
        out.append(FeatureHash.feature(15, p1.lower))
        out.append(FeatureHash.feature(16, p1.suffix3))
        out.append(FeatureHash.feature(17, p2.lower))
        out.append(FeatureHash.feature(18, n1.lower))
        out.append(FeatureHash.feature(19, n1.suffix3))
        out.append(FeatureHash.feature(20, n2.lower))
        out.append(FeatureHash.feature(21, p1.lower, w.lower))
        out.append(FeatureHash.feature(22, w.lower, n1.lower))
        out.append(FeatureHash.feature(23, n1.shape))
        out.append(FeatureHash.feature(24, p1.shape))
        out.append(FeatureHash.feature(25, t1, n1.lower))
        out.append(FeatureHash.feature(26, t2))
        out.append(FeatureHash.feature(27, n1.suffix2))
        out.append(FeatureHash.feature(28, t1, w.suffix3))
        // Second pass: the first pass's labels, especially those to the right.
        guard let firstPass else { return }
        func label(_ j: Int) -> UInt64 {
            j >= 0 && j < firstPass.count ? UInt64(firstPass[j]) &+ 7 : 3
        }
        let f0 = label(i), f1 = label(i + 1), f2 = label(i + 2)
        out.append(FeatureHash.feature(40, f1))
        out.append(FeatureHash.feature(41, f1, f2))
        out.append(FeatureHash.feature(42, f1, w.lower))
        out.append(FeatureHash.feature(43, t1, f1))
        out.append(FeatureHash.feature(44, f0))
        out.append(FeatureHash.feature(45, f0, w.lower))
        out.append(FeatureHash.feature(46, t1, f0, f1))
        out.append(FeatureHash.feature(47, f1, n1.lower))
    }
}
