/// Runs compiled `PatternNode`s against scan tokens by backtracking.
///
/// Patterns are short (a handful of tokens) and only tried at positions whose token can
/// start them (see `RuleSet`), so exhaustive backtracking stays cheap and finds the longest
/// match of each rule.
struct PatternMatcher {
    struct Capture: Sendable, Hashable {
        var name: String
        var start: Int
        var end: Int
    }

    /// A value produced by a lexicon or number match over tokens `start..<end`.
    struct Produced: Sendable, Hashable {
        var start: Int
        var end: Int
        var value: String
    }

    struct State {
        var captures: [Capture] = []
        var produced: [Produced] = []
    }

    let tokens: [ScanToken]
    let lexicons: [String: Lexicon]

    /// Calls `next` with every end position at which `node` can match from `position`.
    func match(_ node: PatternNode, at position: Int, _ state: inout State,
               _ next: (Int, inout State) -> Void) {
        switch node {
        case .word(let text):
            if position < tokens.count, tokens[position].text == text { next(position + 1, &state) }
        case .lexicon(let name):
            guard position < tokens.count, let lexicon = lexicons[name],
                  let entries = lexicon.byFirstWord[tokens[position].text] else { return }
            for entry in entries {
                var end = position
                var ok = true
                for word in entry.words {
                    if end < tokens.count, tokens[end].text == word { end += 1 } else {
                        ok = false
                        break
                    }
                }
                guard ok else { continue }
                state.produced.append(Produced(start: position, end: end, value: entry.value))
                next(end, &state)
                state.produced.removeLast()
            }
        case .tokenClass(let tokenClass):
            guard position < tokens.count else { return }
            switch tokenClass {
            case .integer(let digits):
                let token = tokens[position]
                if token.kind == .number, digits.contains(token.text.utf8.count) {
                    next(position + 1, &state)
                }
            case .number:
                guard let (end, value) = NumberReader.read(tokens, at: position,
                                                           numbers: lexicons["numbers"])
                else { return }
                state.produced.append(Produced(start: position, end: end, value: String(value)))
                next(end, &state)
                state.produced.removeLast()
            }
        case .sequence(let items):
            matchSequence(items[...], at: position, &state, next)
        case .choice(let options):
            for option in options { match(option, at: position, &state, next) }
        case .repeated(let inner, let min, let max):
            matchRepeated(inner, min: min, max: max, count: 0, at: position, &state, next)
        case .capture(let name, let inner):
            match(inner, at: position, &state) { end, state in
                state.captures.append(Capture(name: name, start: position, end: end))
                next(end, &state)
                state.captures.removeLast()
            }
        case .capitalized(let inner):
            guard position < tokens.count, tokens[position].capitalized else { return }
            match(inner, at: position, &state, next)
        case .attached(let inner):
            match(inner, at: position, &state) { end, state in
                if end == position || !tokens[position].spaceBefore { next(end, &state) }
            }
        }
    }

    private func matchSequence(_ items: ArraySlice<PatternNode>, at position: Int,
                               _ state: inout State, _ next: (Int, inout State) -> Void) {
        guard let first = items.first else {
            next(position, &state)
            return
        }
        match(first, at: position, &state) { end, state in
            matchSequence(items.dropFirst(), at: end, &state, next)
        }
    }

    private func matchRepeated(_ inner: PatternNode, min: Int, max: Int, count: Int,
                               at position: Int, _ state: inout State,
                               _ next: (Int, inout State) -> Void) {
        if count >= min { next(position, &state) }
        guard count < max else { return }
        match(inner, at: position, &state) { end, state in
            guard end > position else { return }
            matchRepeated(inner, min: min, max: max, count: count + 1, at: end, &state, next)
        }
    }

    /// Whether `node` matches at `position` at all (for contexts).
    func matches(_ node: PatternNode, at position: Int) -> Bool {
        var state = State()
        var found = false
        match(node, at: position, &state) { _, _ in found = true }
        return found
    }

    /// Whether `node` matches exactly the one token at `position`.
    func matchesOneToken(_ node: PatternNode, at position: Int) -> Bool {
        var state = State()
        var found = false
        match(node, at: position, &state) { end, _ in if end == position + 1 { found = true } }
        return found
    }
}

/// Reads a cardinal number written in digits or words (`18`, `twenty-four`, `two hundred`).
enum NumberReader {
    /// The end token index and the value, or nil when no number starts at `position`.
    static func read(_ tokens: [ScanToken], at position: Int,
                     numbers: Lexicon?) -> (Int, Int)? {
        let first = tokens[position]
        if first.kind == .number {
            guard first.text.utf8.count <= 9, let value = Int(first.text) else { return nil }
            return (position + 1, value)
        }
        guard let numbers else { return nil }
        var total = 0
        var current = 0
        var end = position
        var index = position
        var sawWord = false
        while index < tokens.count {
            let token = tokens[index]
            if token.text == "-", sawWord, index + 1 < tokens.count, !token.spaceBefore,
               !tokens[index + 1].spaceBefore {
                index += 1
                continue
            }
            if token.text == "and", sawWord, current % 100 == 0, current > 0 {
                index += 1
                continue
            }
            guard let raw = numbers.valueOfPhrase[token.text], let value = Int(raw) else { break }
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
