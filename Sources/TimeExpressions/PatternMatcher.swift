/// The scan tokens of one text as parallel arrays of plain values for the matcher.
struct TokenTable {
    /// Vocabulary id of each token's text, -1 when no rule or lexicon uses the word.
    var ids: [Int32]
    var spaceBefore: [Bool]
    var capitalized: [Bool]
    /// Number of digits of a digit token, 0 for other tokens.
    var digitCount: [Int32]
    /// Value of a digit token of at most 9 digits, else -1.
    var digitValue: [Int]

    init(_ tokens: [ScanToken], program: PatternProgram) {
        ids = []
        spaceBefore = []
        capitalized = []
        digitCount = []
        digitValue = []
        ids.reserveCapacity(tokens.count)
        spaceBefore.reserveCapacity(tokens.count)
        capitalized.reserveCapacity(tokens.count)
        digitCount.reserveCapacity(tokens.count)
        digitValue.reserveCapacity(tokens.count)
        let vocabulary = program.vocabulary
        for token in tokens {
            ids.append(vocabulary[token.text] ?? -1)
            spaceBefore.append(token.spaceBefore)
            capitalized.append(token.capitalized)
            if token.kind == .number {
                let count = token.text.utf8.count
                digitCount.append(Int32(count))
                digitValue.append(count <= 9 ? Int(token.text) ?? -1 : -1)
            } else {
                digitCount.append(0)
                digitValue.append(-1)
            }
        }
    }
}

/// Runs a `PatternProgram` against a `TokenTable` by backtracking.
///
/// Patterns are short and only tried at tokens that can start them (see `TemporalRuleSet`),
/// so exhaustive backtracking stays cheap and finds each rule's longest match. Works on
/// unsafe buffers of plain values so the hot loop neither allocates nor reference-counts.
struct PatternMatcher {
    struct Capture: Sendable, Hashable {
        var id: Int32
        var start: Int
        var end: Int
    }

    /// A value produced by a lexicon entry (`value` ≥ 0, index into `PatternProgram.values`)
    /// or by a number (`value` = -1, `number`) over tokens `start..<end`.
    struct Produced: Sendable, Hashable {
        var start: Int
        var end: Int
        var value: Int32
        var number: Int
    }

    struct State {
        var captures: [Capture] = []
        var produced: [Produced] = []
    }

    let ops: UnsafeBufferPointer<PatternProgram.Op>
    let children: UnsafeBufferPointer<Int32>
    let entries: UnsafeBufferPointer<PatternProgram.Entry>
    let entryWords: UnsafeBufferPointer<Int32>
    let entryOrder: UnsafeBufferPointer<Int32>
    let firstStart: UnsafeBufferPointer<Int32>
    let firstCount: UnsafeBufferPointer<Int32>
    let numberWords: UnsafeBufferPointer<Int>
    let ids: UnsafeBufferPointer<Int32>
    let spaceBefore: UnsafeBufferPointer<Bool>
    let capitalized: UnsafeBufferPointer<Bool>
    let digitCount: UnsafeBufferPointer<Int32>
    let digitValue: UnsafeBufferPointer<Int>
    let vocabularySize: Int
    let hyphenID: Int32
    let andID: Int32

    var count: Int { ids.count }

    /// Calls `next` with every end position at which op `index` can match from `position`.
    func match(_ index: Int32, at position: Int, _ state: inout State,
               _ next: (Int, inout State) -> Void) {
        let op = ops[Int(index)]
        switch op.kind {
        case .word:
            if position < count, ids[position] == op.a { next(position + 1, &state) }
        case .lexicon:
            guard position < count, ids[position] >= 0 else { return }
            let slot = Int(op.a) * vocabularySize + Int(ids[position])
            let start = Int(firstStart[slot])
            for order in start..<start + Int(firstCount[slot]) {
                let entry = entries[Int(entryOrder[order])]
                var end = position
                var same = true
                for offset in 0..<Int(entry.length) {
                    if end < count, ids[end] == entryWords[Int(entry.start) + offset] {
                        end += 1
                    } else {
                        same = false
                        break
                    }
                }
                guard same else { continue }
                state.produced.append(Produced(start: position, end: end, value: entry.value,
                                               number: 0))
                next(end, &state)
                state.produced.removeLast()
            }
        case .integer:
            if position < count, digitCount[position] >= op.a, digitCount[position] <= op.b {
                next(position + 1, &state)
            }
        case .number:
            guard position < count, let (end, value) = readNumber(at: position) else { return }
            state.produced.append(Produced(start: position, end: end, value: -1, number: value))
            next(end, &state)
            state.produced.removeLast()
        case .capitalizedWord:
            if position < count, capitalized[position] { next(position + 1, &state) }
        case .spelledYear:
            guard position < count, digitCount[position] == 0,
                  let (middle, hundreds) = readNumber(at: position), (11...20).contains(hundreds),
                  middle < count, digitCount[middle] == 0,
                  let (end, rest) = readNumber(at: middle), (10...99).contains(rest)
            else { return }
            state.produced.append(Produced(start: position, end: end, value: -1,
                                           number: hundreds * 100 + rest))
            next(end, &state)
            state.produced.removeLast()
        case .sequence:
            matchSequence(op.first, op.first + op.count, at: position, &state, next)
        case .choice:
            for child in op.first..<op.first + op.count {
                match(children[Int(child)], at: position, &state, next)
            }
        case .repeated:
            matchRepeated(children[Int(op.first)], min: Int(op.a), max: Int(op.b), done: 0,
                          at: position, &state, next)
        case .capture:
            match(children[Int(op.first)], at: position, &state) { end, state in
                state.captures.append(Capture(id: op.a, start: position, end: end))
                next(end, &state)
                state.captures.removeLast()
            }
        case .attached:
            match(children[Int(op.first)], at: position, &state) { end, state in
                if end == position || !spaceBefore[position] { next(end, &state) }
            }
        case .capitalized:
            guard position < count, capitalized[position] else { return }
            match(children[Int(op.first)], at: position, &state, next)
        }
    }

    private func matchSequence(_ first: Int32, _ last: Int32, at position: Int,
                               _ state: inout State, _ next: (Int, inout State) -> Void) {
        guard first < last else {
            next(position, &state)
            return
        }
        match(children[Int(first)], at: position, &state) { end, state in
            matchSequence(first + 1, last, at: end, &state, next)
        }
    }

    private func matchRepeated(_ child: Int32, min: Int, max: Int, done: Int, at position: Int,
                               _ state: inout State, _ next: (Int, inout State) -> Void) {
        if done >= min { next(position, &state) }
        guard done < max else { return }
        match(child, at: position, &state) { end, state in
            guard end > position else { return }
            matchRepeated(child, min: min, max: max, done: done + 1, at: end, &state, next)
        }
    }

    /// Whether op `index` matches at `position` at all (for contexts).
    func matches(_ index: Int32, at position: Int) -> Bool {
        var state = State()
        var found = false
        match(index, at: position, &state) { _, _ in found = true }
        return found
    }

    /// Longest text a context before a match may span, in scan tokens ("Sept . 25 to").
    static let longestContextBefore = 4

    /// Whether op `index` matches some tokens that end just before `position` (a context
    /// before a match: one word, or a short phrase such as "March 25 to").
    func matchesEnding(_ index: Int32, at position: Int) -> Bool {
        var state = State()
        var found = false
        for length in 1...Self.longestContextBefore where length <= position {
            match(index, at: position - length, &state) { end, _ in
                if end == position { found = true }
            }
            if found { return true }
        }
        return false
    }

    /// A cardinal in digits or words (`18`, `twenty-four`, `two hundred`): end and value.
    func readNumber(at position: Int) -> (Int, Int)? {
        if digitCount[position] > 0 {
            let value = digitValue[position]
            return value >= 0 ? (position + 1, value) : nil
        }
        var total = 0
        var current = 0
        var end = position
        var index = position
        var sawWord = false
        while index < count {
            let id = ids[index]
            if id < 0 { break }
            if id == hyphenID, sawWord, index + 1 < count, !spaceBefore[index],
               !spaceBefore[index + 1] {
                index += 1
                continue
            }
            if id == andID, sawWord, current % 100 == 0, current > 0 {
                index += 1
                continue
            }
            let value = numberWords[Int(id)]
            if value < 0 { break }
            if value == 100 {
                current = Swift.max(current, 1) * 100
            } else if value >= 1000 {
                total += Swift.max(current, 1) * value
                current = 0
            } else if current % 100 != 0 && current % 10 == 0 && value < 10 && current > 10 {
                current += value
            } else if current % 100 == 0 {
                current += value
            } else {
                break
            }
            sawWord = true
            index += 1
            end = index
        }
        return sawWord ? (end, total + current) : nil
    }
}
