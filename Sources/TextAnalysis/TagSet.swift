/// The joint UPOS+XPOS labels a parser or name recogniser was trained with.
///
/// Stored in their model files so that they read a document's tags by name, whichever
/// tagger produced them; an unknown pair maps to `unknown` (one past the last label).
struct TagSet: Sendable {
    let upos: [PartOfSpeech]
    let xpos: [String]
    private let index: HashKeyedTable<Int>
    /// `label | coarse << 16`, where coarse is the UPOS's position in `PartOfSpeech.allCases`:
    /// the parser's tag code, from which its features read both the fine and the coarse tag.
    private let codes: [Int]

    init(upos: [PartOfSpeech], xpos: [String]) {
        self.upos = upos
        self.xpos = xpos
        codes = upos.enumerated().map { label, tag in
            label | (PartOfSpeech.allCases.firstIndex(of: tag) ?? 31) << 16
        }
        var index: [UInt64: Int] = [:]
        for i in upos.indices { index[Self.key(upos[i], xpos[i])] = i }
        self.index = HashKeyedTable(index, empty: 0)
    }

    init(tagger: POSTaggerModel) { self.init(upos: tagger.upos, xpos: tagger.xpos) }

    var unknown: Int { upos.count }

    private static func key(_ upos: PartOfSpeech, _ xpos: String) -> UInt64 {
        FeatureHash.feature(77, FeatureHash.string(upos.rawValue), FeatureHash.string(xpos))
    }

    /// The label index of a tag pair, without building strings.
    func label(upos: PartOfSpeech?, xpos: String?) -> Int {
        guard let upos, let xpos else { return unknown }
        return index[Self.key(upos, xpos)] ?? unknown
    }

    /// The parser's tag code of `label` (see `codes`); unknown labels get coarse tag 31.
    func code(_ label: Int) -> Int {
        label >= 0 && label < codes.count ? codes[label] : unknown | 31 << 16
    }

    /// For each label of `tagger`, the index of the same pair here.
    func mapping(from tagger: POSTaggerModel) -> [Int] {
        tagger.upos.indices.map { label(upos: tagger.upos[$0], xpos: tagger.xpos[$0]) }
    }

    func write(to writer: inout ModelWriter) {
        writer.write(strings: upos.map(\.rawValue))
        writer.write(strings: xpos)
    }

    static func read(from reader: inout ModelReader) throws(PipelineError) -> TagSet {
        let names = try reader.readStrings()
        let xpos = try reader.readStrings()
        var upos: [PartOfSpeech] = []
        for name in names {
            guard let tag = PartOfSpeech(rawValue: name) else {
                throw reader.failure("unknown UPOS \(name) in the tag set")
            }
            upos.append(tag)
        }
        guard upos.count == xpos.count else { throw reader.failure("inconsistent tag set") }
        return TagSet(upos: upos, xpos: xpos)
    }
}
