/// Rule patterns and lexicons flattened into arrays of plain values, with every word
/// interned as an integer, so matching compares integers and touches no reference counts.
///
/// Built once by `TemporalRuleSet` from the parsed `PatternNode`s; immutable afterwards and
/// shared by all threads.
final class PatternProgram: @unchecked Sendable {
    struct Op {
        enum Kind: UInt8 {
            case word, lexicon, integer, number, spelledYear, capitalizedWord, sequence, choice
            case repeated, capture
            case attached, capitalized
        }

        var kind: Kind
        /// Word id, lexicon id, minimum digits, minimum repeats or capture id.
        var a: Int32
        /// Maximum digits or maximum repeats.
        var b: Int32
        /// First child in `children`.
        var first: Int32
        var count: Int32
    }

    /// A lexicon entry: its words in `entryWords` and its value in `values`.
    struct Entry {
        var start: Int32
        var length: Int32
        var value: Int32
    }

    private(set) var ops: [Op] = []
    private(set) var children: [Int32] = []
    private(set) var vocabulary: [String: Int32] = [:]
    private(set) var captureNames: [String] = []
    private(set) var values: [String] = []
    private(set) var entries: [Entry] = []
    private(set) var entryWords: [Int32] = []
    /// Entry indices grouped by (lexicon, first word), longest first; see `lexiconRanges`.
    private(set) var entryOrder: [Int32] = []
    /// Key `lexicon << 32 | first word` → range in `entryOrder`.
    private(set) var lexiconRanges: [Int64: (start: Int32, count: Int32)] = [:]
    private(set) var lexiconIDs: [String: Int32] = [:]
    /// Value of single number words ("twenty" → 20) by word id, -1 for other words.
    private(set) var numberWordValue: [Int] = []
    /// `lexiconFirst[lexicon * vocabulary.count + word]`: range in `entryOrder` of the
    /// lexicon's entries starting with that word (count 0 when none). Built by `seal()`.
    private(set) var lexiconFirstStart: [Int32] = []
    private(set) var lexiconFirstCount: [Int32] = []
    private(set) var hyphenID: Int32 = -1
    private(set) var andID: Int32 = -1

    init(lexicons: [String: Lexicon]) {
        var grouped: [Int64: [Int32]] = [:]
        for name in lexicons.keys.sorted() {
            let lexiconID = Int32(lexiconIDs.count)
            lexiconIDs[name] = lexiconID
            let sorted = lexicons[name]!.entries.sorted {
                $0.words.lexicographicallyPrecedes($1.words)
            }
            for entry in sorted {
                let start = Int32(entryWords.count)
                entryWords.append(contentsOf: entry.words.map(intern))
                values.append(entry.value)
                let index = Int32(entries.count)
                entries.append(Entry(start: start, length: Int32(entry.words.count),
                                     value: Int32(values.count - 1)))
                grouped[Int64(lexiconID) << 32 | Int64(entryWords[Int(start)]), default: []]
                    .append(index)
            }
        }
        for key in grouped.keys.sorted() {
            let list = grouped[key]!.sorted { entries[Int($0)].length > entries[Int($1)].length }
            lexiconRanges[key] = (Int32(entryOrder.count), Int32(list.count))
            entryOrder.append(contentsOf: list)
        }
        numberWordValue = Array(repeating: -1, count: vocabulary.count)
        for entry in lexicons["numbers"]?.entries ?? [] where entry.words.count == 1 {
            if let id = vocabulary[entry.words[0]], let number = Int(entry.value) {
                numberWordValue[Int(id)] = number
            }
        }
    }

    /// The id of `word`, adding it to the vocabulary. Only while `TemporalRuleSet` builds the
    /// program; afterwards the program is read-only and shared between threads.
    func intern(_ word: String) -> Int32 {
        if let id = vocabulary[word] { return id }
        let id = Int32(vocabulary.count)
        vocabulary[word] = id
        return id
    }

    /// Flattens `node` and returns the index of its op.
    func compile(_ node: PatternNode) -> Int32 {
        switch node {
        case .word(let text):
            return append(Op(kind: .word, a: intern(text), b: 0, first: 0, count: 0), [])
        case .lexicon(let name):
            return append(Op(kind: .lexicon, a: lexiconIDs[name] ?? -1, b: 0, first: 0,
                             count: 0), [])
        case .tokenClass(.integer(let digits)):
            return append(Op(kind: .integer, a: Int32(digits.lowerBound),
                             b: Int32(digits.upperBound), first: 0, count: 0), [])
        case .tokenClass(.number):
            return append(Op(kind: .number, a: 0, b: 0, first: 0, count: 0), [])
        case .tokenClass(.spelledYear):
            return append(Op(kind: .spelledYear, a: 0, b: 0, first: 0, count: 0), [])
        case .tokenClass(.capitalizedWord):
            return append(Op(kind: .capitalizedWord, a: 0, b: 0, first: 0, count: 0), [])
        case .sequence(let items):
            return append(Op(kind: .sequence, a: 0, b: 0, first: 0, count: 0),
                          items.map(compile))
        case .choice(let options):
            return append(Op(kind: .choice, a: 0, b: 0, first: 0, count: 0),
                          options.map(compile))
        case .repeated(let inner, let min, let max):
            return append(Op(kind: .repeated, a: Int32(min), b: Int32(max), first: 0, count: 0),
                          [compile(inner)])
        case .capture(let name, let inner):
            let id: Int32
            if let existing = captureNames.firstIndex(of: name) {
                id = Int32(existing)
            } else {
                id = Int32(captureNames.count)
                captureNames.append(name)
            }
            return append(Op(kind: .capture, a: id, b: 0, first: 0, count: 0), [compile(inner)])
        case .attached(let inner):
            return append(Op(kind: .attached, a: 0, b: 0, first: 0, count: 0), [compile(inner)])
        case .capitalized(let inner):
            return append(Op(kind: .capitalized, a: 0, b: 0, first: 0, count: 0),
                          [compile(inner)])
        }
    }

    private func append(_ op: Op, _ kids: [Int32]) -> Int32 {
        var op = op
        op.first = Int32(children.count)
        op.count = Int32(kids.count)
        children.append(contentsOf: kids)
        ops.append(op)
        return Int32(ops.count - 1)
    }

    /// Finishes the program once all rules are compiled: tables indexed by word id.
    func seal() {
        hyphenID = intern("-")
        andID = intern("and")
        let size = vocabulary.count
        numberWordValue.append(contentsOf: Array(repeating: -1,
                                                 count: size - numberWordValue.count))
        lexiconFirstStart = Array(repeating: 0, count: lexiconIDs.count * size)
        lexiconFirstCount = Array(repeating: 0, count: lexiconIDs.count * size)
        for (key, range) in lexiconRanges {
            let index = Int(key >> 32) * size + Int(key & 0xFFFF_FFFF)
            lexiconFirstStart[index] = range.start
            lexiconFirstCount[index] = range.count
        }
    }

    /// Runs `body` with a matcher over `table`; the buffers live only for the call.
    func withMatcher<Result>(_ table: TokenTable,
                             _ body: (PatternMatcher) -> Result) -> Result {
        ops.withUnsafeBufferPointer { ops in
        children.withUnsafeBufferPointer { children in
        entries.withUnsafeBufferPointer { entries in
        entryWords.withUnsafeBufferPointer { entryWords in
        entryOrder.withUnsafeBufferPointer { entryOrder in
        lexiconFirstStart.withUnsafeBufferPointer { firstStart in
        lexiconFirstCount.withUnsafeBufferPointer { firstCount in
        numberWordValue.withUnsafeBufferPointer { numberWords in
        table.ids.withUnsafeBufferPointer { ids in
        table.spaceBefore.withUnsafeBufferPointer { spaceBefore in
        table.capitalized.withUnsafeBufferPointer { capitalized in
        table.digitCount.withUnsafeBufferPointer { digitCount in
        table.digitValue.withUnsafeBufferPointer { digitValue in
            body(PatternMatcher(
                ops: ops, children: children, entries: entries, entryWords: entryWords,
                entryOrder: entryOrder, firstStart: firstStart, firstCount: firstCount,
                numberWords: numberWords, ids: ids, spaceBefore: spaceBefore,
                capitalized: capitalized, digitCount: digitCount, digitValue: digitValue,
                vocabularySize: vocabulary.count, hyphenID: hyphenID, andID: andID))
        }}}}}}}}}}}}}
    }

    func captureID(_ name: String) -> Int32? {
        captureNames.firstIndex(of: name).map(Int32.init)
    }
}
