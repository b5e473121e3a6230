/// The one pass over a text: dispatch by first token, longest match per rule, and the
/// mapping of captures to a `TemporalParse`.
extension TemporalRuleSet {
    /// A rule match over scan tokens `start..<end`.
    struct Match {
        var rule: Int
        var start: Int
        var end: Int
        var state: PatternMatcher.State
    }

    /// Leftmost-longest matches over `tokens` in one pass; ties go to the earlier rule.
    /// A match that `accept` refuses (a captured value out of range: "26/09/2000" read as
    /// month 26) gives way to the next best rule at that position ("26/09/2000" as day 26),
    /// so an ambiguous form needs no rule of its own for each reading.
    func matches(in tokens: [ScanToken], only ruleFilter: Int? = nil,
                 accept: (Match) -> Bool = { _ in true }) -> [Match] {
        let table = TokenTable(tokens, program: program)
        return program.withMatcher(table) { matcher in
            var result: [Match] = []
            var position = 0
            var state = PatternMatcher.State()
            state.captures.reserveCapacity(8)
            state.produced.reserveCapacity(8)
            while position < tokens.count {
                let id = table.ids[position]
                let candidates = table.digitCount[position] > 0 ? rulesByNumber
                    : id >= 0 ? rulesByWord[Int(id)] : []
                var best: Match?
                for ruleIndex in candidates where ruleFilter == nil || ruleFilter == ruleIndex {
                    guard let match = longestMatch(of: ruleIndex, at: position,
                                                    lineStart: tokens[position].lineBreakBefore,
                                                    matcher, &state)
                    else { continue }
                    if best == nil || match.end > best!.end, accept(match) { best = match }
                }
                if let best {
                    result.append(best)
                    position = best.end
                } else {
                    position += 1
                }
            }
            return result
        }
    }

    /// A context that must not come before (`[^ <int>] month day`) is not looked for across
    /// a line break: a date opening a line ("Massachusetts 01810\nMay 30", a letter's
    /// heading) is not continued by the line above it.
    private func longestMatch(of ruleIndex: Int, at position: Int, lineStart: Bool,
                              _ matcher: PatternMatcher,
                              _ state: inout PatternMatcher.State) -> Match? {
        let rule = compiled[ruleIndex]
        if rule.requiredBefore >= 0 {
            guard matcher.matchesEnding(rule.requiredBefore, at: position) else { return nil }
        }
        if rule.forbiddenBefore >= 0, !lineStart,
           matcher.matchesEnding(rule.forbiddenBefore, at: position) {
            return nil
        }
        var bestEnd = -1
        var bestState: PatternMatcher.State?
        matcher.match(rule.core, at: position, &state) { end, state in
            if bestEnd >= end { return }
            if rule.requiredAfter >= 0, !matcher.matches(rule.requiredAfter, at: end) { return }
            if rule.forbiddenAfter >= 0, matcher.matches(rule.forbiddenAfter, at: end) { return }
            bestEnd = end
            bestState = state
        }
        guard let bestState else { return nil }
        return Match(rule: ruleIndex, start: position, end: bestEnd, state: bestState)
    }

    /// The text of capture `name` in `match`: the value its lexicon or number produced, else
    /// its words joined.
    func captureText(_ name: String, in match: Match, tokens: [ScanToken]) -> String? {
        guard let id = program.captureID(name),
              let capture = match.state.captures.last(where: { $0.id == id }) else {
            return nil
        }
        if let produced = match.state.produced.last(where: {
            $0.start >= capture.start && $0.end <= capture.end
        }) {
            return produced.value >= 0 ? program.values[Int(produced.value)]
                : String(produced.number)
        }
        return tokens[capture.start..<capture.end].map(\.text).joined()
    }

    /// Builds the parse of a match from its rule's field mapping; nil when a captured value
    /// is out of range (day 42), so the match is dropped rather than misread.
    func parse(of match: Match, tokens: [ScanToken]) -> TemporalParse? {
        var parse = TemporalParse()
        for field in rules[match.rule].fields {
            switch field.source {
            case .literal(let text):
                _ = field.key.apply(text, to: &parse)
            case .capture(let name, let negated):
                guard var text = captureText(name, in: match, tokens: tokens) else { continue }
                if negated { text = text.hasPrefix("-") ? String(text.dropFirst()) : "-" + text }
                guard field.key.apply(text, to: &parse) else { return nil }
            }
        }
        return parse
    }
}
