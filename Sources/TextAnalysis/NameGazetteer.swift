/// Word lists the name recogniser reads as features (`Models/gazetteer.tsv`: places,
/// demonyms, organisations, organisation head nouns, titles, place nouns, given names and
/// surnames).
///
/// A match is only evidence: the recogniser learns how far to trust it ("Georgia" may be a
/// person). Generated from EventExtraction's lexicons by `Scripts/generate-gazetteer.py`, as
/// this target imports only Foundation. Loaded once, read-only.
struct NameGazetteer: Sendable {
    /// The file name in `Models/`.
    static let fileName = "gazetteer.tsv"
    static let kinds = ["place", "demonym", "organization", "org-head", "title", "place-noun",
                        "first-name", "surname"]
    /// Longest entry, in words.
    let longest: Int
    /// Hash of an entry's words (`key`) → bit set of its kinds (bit i = `kinds[i]`), with
    /// `continues` set when the words also begin a longer entry. Word runs that begin no
    /// entry are absent, so matching stops at the first absent run: one lookup for most
    /// words instead of `longest`.
    private let entries: [UInt64: UInt64]
    /// `entries` for the per-word lookups of `match`.
    private let table: HashKeyedTable<UInt64>
    /// Flag of `entries`: a longer entry starts with these words.
    static let continues: UInt64 = 1 << 63

    init(entries: [UInt64: UInt64], longest: Int) {
        self.entries = entries
        self.table = HashKeyedTable(entries, empty: 0)
        self.longest = longest
    }

    /// An empty list (no feature fires).
    static let empty = NameGazetteer(entries: [:], longest: 0)

    /// The list shipped in `Models/`, read once on first use.
    static func shipped() throws(PipelineError) -> NameGazetteer { try cached.get() }

    private static let cached: Result<NameGazetteer, PipelineError> = {
        do throws(PipelineError) { return .success(try load()) } catch { return .failure(error) }
    }()

    private static func load() throws(PipelineError) -> NameGazetteer {
        let stage = "entity-recognizer"
        let tokenizer = Tokenizer(hyphens: .split)
        var entries: [UInt64: UInt64] = [:]
        var longest = 0
        for (number, line) in try ModelResources.lines(fileName, stage: stage, header: true) {
            let fields = line.split(separator: "\t")
            var bits: UInt64 = 0
            for kind in fields.count == 2 ? fields[1].split(separator: ",") : [] {
                guard let bit = kinds.firstIndex(of: String(kind)) else { bits = 0; break }
                bits |= 1 << UInt64(bit)
            }
            guard bits != 0 else {
                throw PipelineError(stage: stage, message: "\(fileName):\(number): expected "
                    + "`entry<TAB>kinds` with kinds from \(kinds.joined(separator: ", "))")
            }
            let scalars = Array(fields[0].unicodeScalars)
            let words = try tokenizer.tokenize(scalars).map {
                WordShape(scalars[$0.start..<$0.end]).lower
            }
            guard !words.isEmpty else { continue }
            entries[key(words), default: 0] |= bits
            for end in words.indices.dropFirst() {
                entries[key(words[..<end]), default: 0] |= continues
            }
            longest = max(longest, words.count)
        }
        return NameGazetteer(entries: entries, longest: longest)
    }

    /// The hash of a run of lower-case word hashes.
    @inline(__always)
    static func key(_ words: some Collection<UInt64>) -> UInt64 {
        var hash: UInt64 = 0x6A09_E667_F3BC_C908
        for word in words { hash = FeatureHash.mix(hash ^ word) }
        return hash
    }

    /// One code per word into `codes`: 0 outside any match, else the matched kinds and the
    /// word's place in the match (B, I, L, U). Longest matches first, left to right.
    func match(_ words: UnsafeBufferPointer<WordShape>, into codes: inout [UInt64]) {
        codes.removeAll(keepingCapacity: true)
        codes.append(contentsOf: repeatElement(0, count: words.count))
        guard longest > 0 else { return }
        var i = 0
        while i < words.count {
            var hash: UInt64 = 0x6A09_E667_F3BC_C908
            var found = 0, bits: UInt64 = 0
            for length in 1...min(longest, words.count - i) {
                hash = FeatureHash.mix(hash ^ words[i + length - 1].lower)
                guard let value = table[hash] else { break }
                if value & ~Self.continues != 0 { found = length; bits = value & ~Self.continues }
                if value & Self.continues == 0 { break }
            }
            guard found > 0 else { i += 1; continue }
            for k in 0..<found {
                let position: UInt64 = found == 1 ? 4 : k == 0 ? 1 : k == found - 1 ? 3 : 2
                codes[i + k] = bits << 3 | position
            }
            i += found
        }
    }
}
