/// What the dependency parse says about one word, for the name recogniser: GUM marks only
/// referring noun phrases as names, so a name used as a modifier (`compound`, `amod`) is
/// usually not one.
struct SyntaxHint: Sendable {
    /// Hash of the UD relation (0 when unparsed).
    var relation: UInt64 = 0
    /// Lower-case hash of the head word (0 for the root or when unparsed).
    var head: UInt64 = 0
    /// 1 when the head is to the right, 2 to the left, 0 for the root or unparsed.
    var side: UInt64 = 0

    init(relation: String?, head: UInt64, side: UInt64) {
        self.relation = relation.map { FeatureHash.string($0) } ?? 0
        self.head = head
        self.side = side
    }

    init() {}
}

/// Document and word-list evidence about one word for the name recogniser.
struct NameHint: Sendable {
    /// `NameGazetteer.match` code (0: in no list).
    var gazetteer: UInt64 = 0
    /// `NameHistory.code`: the classes the word had earlier in the document.
    var history: UInt64 = 0
    /// How the sentence is capitalised: 0 as usual, 1 most words (a headline), 2 all
    /// capitals, 3 under three words after the first.
    var casing: UInt64 = 0
    /// `EntityRecognizerModel.frequencyBucket` of the word in lower case in the treebanks.
    var lowercase: UInt64 = 0
    /// `WordClusters.code` of the word (0: no cluster).
    var cluster: UInt64 = 0
}

/// Feature templates of the name recogniser, shared by training and decoding.
///
/// The features of a word never read the labels of the words before it: the decoder
/// (`EntityLattice`) scores every label of every word once and finds the best label
/// sequence with label-pair weights (`transition`), so the labels are chosen together,
/// not one after another.
enum EntityFeatures {
    /// The feature whose class weights score the labels that may follow `previous` (-1 at
    /// the sentence start).
    @inline(__always)
    static func transition(_ previous: Int) -> UInt64 {
        FeatureHash.feature(316, UInt64(bitPattern: Int64(previous)) &+ 7)
    }

    /// Appends the features of word `i` to `out`.
    @inline(__always)
    static func extract(_ words: UnsafeBufferPointer<WordShape>, tags: UnsafeBufferPointer<Int>,
                        syntax: UnsafeBufferPointer<SyntaxHint>,
                        hints: UnsafeBufferPointer<NameHint>, at i: Int,
                        into out: inout [UInt64]) {
        let padding = WordShape.padding
        let w = words[i]
        let p1 = i >= 1 ? words[i - 1] : padding
        let p2 = i >= 2 ? words[i - 2] : padding
        let n1 = i + 1 < words.count ? words[i + 1] : padding
        let n2 = i + 2 < words.count ? words[i + 2] : padding
        func tag(_ j: Int) -> UInt64 { j >= 0 && j < tags.count ? UInt64(tags[j]) &+ 16 : 1 }
        let t = tag(i), tp = tag(i - 1), tn = tag(i + 1)
        let first: UInt64 = i == 0 ? 1 : 0
        typealias F = FeatureHash
        out.append(F.feature(300, 0))
        out.append(F.feature(301, w.lower))
        out.append(F.feature(302, w.form))
        out.append(F.feature(303, w.shape))
        out.append(F.feature(304, w.suffix3))
        out.append(F.feature(305, w.prefix3))
        out.append(F.feature(306, t))
        out.append(F.feature(307, w.flags, first))
        out.append(F.feature(308, p1.lower))
        out.append(F.feature(309, n1.lower))
        out.append(F.feature(310, p2.lower))
        out.append(F.feature(311, n2.lower))
        out.append(F.feature(312, tp))
        out.append(F.feature(313, tn))
        out.append(F.feature(314, p1.shape))
        out.append(F.feature(315, n1.shape))
        out.append(F.feature(320, tp, t, tn))
        out.append(F.feature(321, p1.lower, w.lower))
        out.append(F.feature(322, w.lower, n1.lower))
        out.append(F.feature(323, w.suffix2))
        out.append(F.feature(324, w.suffix4))
        out.append(F.feature(326, t, w.shape))
        out.append(F.feature(327, p1.form))
        out.append(F.feature(328, n1.form))
        out.append(F.feature(330, w.prefix1, w.flags))
        out.append(F.feature(331, p1.lower, p2.lower))
        out.append(F.feature(332, n1.lower, n2.lower))
        out.append(F.feature(337, w.form, t))
        let s = syntax[i]
        let sn = i + 1 < syntax.count ? syntax[i + 1].relation : 1
        out.append(F.feature(340, s.relation, s.side))
        out.append(F.feature(341, s.relation, t))
        out.append(F.feature(342, s.relation, s.head))
        out.append(F.feature(343, s.relation, sn))
        out.append(F.feature(345, s.relation, w.lower))
        let h = hints[i]
        let hp = i >= 1 ? hints[i - 1] : NameHint(gazetteer: 1, history: 3)
        let hn = i + 1 < hints.count ? hints[i + 1] : NameHint(gazetteer: 1, history: 3)
        out.append(F.feature(350, h.gazetteer))
        out.append(F.feature(351, h.gazetteer, w.flags & 3, first))
        out.append(F.feature(352, hp.gazetteer, h.gazetteer))
        out.append(F.feature(353, h.gazetteer, hn.gazetteer))
        out.append(F.feature(354, h.gazetteer, t))
        out.append(F.feature(355, hp.gazetteer, w.flags & 1))
        out.append(F.feature(356, hn.gazetteer, w.flags & 1))
        out.append(F.feature(360, h.history))
        out.append(F.feature(361, h.history, w.flags & 3, first))
        out.append(F.feature(363, h.history, hn.history))
        out.append(F.feature(364, hp.history, h.history))
        out.append(F.feature(365, h.history, t))
        out.append(F.feature(370, h.casing, w.flags & 3, t))
        out.append(F.feature(372, h.lowercase, w.flags & 3, first))
        out.append(F.feature(373, h.lowercase, t))
        out.append(F.feature(374, h.lowercase, hn.lowercase, n1.flags & 1))
        out.append(F.feature(375, h.lowercase, h.history))
        // Brown cluster path prefixes (Ratinov & Roth 2009): names unseen in GUM share
        // prefixes with seen ones. The neighbours' prefixes did not help on GUM dev.
        let c = h.cluster
        out.append(F.feature(380, WordClusters.prefix(c, 4)))
        out.append(F.feature(381, WordClusters.prefix(c, 6)))
        out.append(F.feature(382, WordClusters.prefix(c, 10)))
        out.append(F.feature(383, WordClusters.prefix(c, 20)))
    }
}
