/// Splits the text into tokens the way Universal Dependencies English does, for news text.
///
/// Offsets are exact Unicode scalar spans of the original text. Clitics are split off
/// (`do|n't`, `Bush|'s`, `it|’s`), punctuation and em/en dashes become their own tokens
/// (`campaign|—|figures`), while numbers (`14,000`, `3.5`, `10:30`), abbreviations from
/// `Models/abbreviations.tsv` (`Mr.`, `U.S.`), URLs, e-mail addresses and hyphenated words
/// (`cross-border`) stay whole. Hyphenated words are kept whole on purpose, although UD splits
/// them, because downstream stages want `cross-border` as one word.
public struct Tokenizer: PipelineStage {
    /// What to do with a hyphen inside a word.
    public enum HyphenPolicy: Sendable {
        /// `cross-border` is one token (the default, what later stages want).
        case keepWhole
        /// `cross|-|border`, as the UD English treebanks do (for scoring against them).
        case split
    }

    /// Stable stage name, used to disable the stage and to tag what it adds.
    public let name = "tokenizer"
    private let lexicon: TokenizerLexicon?
    /// How hyphenated words are tokenized.
    public let hyphens: HyphenPolicy

    /// A tokenizer using the shipped abbreviation list (loaded on first use).
    public init(hyphens: HyphenPolicy = .keepWhole) {
        lexicon = nil
        self.hyphens = hyphens
    }

    /// A tokenizer using the given word lists.
    public init(lexicon: TokenizerLexicon, hyphens: HyphenPolicy = .keepWhole) {
        self.lexicon = lexicon
        self.hyphens = hyphens
    }

    /// Fills `document.tokens` (replacing any tokens) from `document.scalars`.
    public func process(_ document: inout Document) throws(PipelineError) {
        let spans = try tokenize(document.scalars)
        document.tokens = spans.map { Token(span: $0) }
    }

    /// The token spans of `scalars`, in order.
    public func tokenize(_ scalars: [Unicode.Scalar]) throws(PipelineError) -> [Span] {
        let lexicon: TokenizerLexicon
        if let own = self.lexicon {
            lexicon = own
        } else {
            lexicon = try TokenizerLexicon.shipped()
        }
        var scanner = TokenScanner(scalars: scalars, lexicon: lexicon,
                                   splitsHyphens: hyphens == .split)
        return scanner.run()
    }
}

/// The scanner behind `Tokenizer`: one pass over whitespace-separated chunks, each split
/// from the outside in (leading and trailing punctuation, inner separators, clitics).
struct TokenScanner {
    let scalars: [Unicode.Scalar]
    let lexicon: TokenizerLexicon
    let splitsHyphens: Bool
    var spans: [Span] = []

    init(scalars: [Unicode.Scalar], lexicon: TokenizerLexicon, splitsHyphens: Bool) {
        self.scalars = scalars
        self.lexicon = lexicon
        self.splitsHyphens = splitsHyphens
        spans.reserveCapacity(scalars.count / 4)
    }

    mutating func run() -> [Span] {
        var index = 0
        let count = scalars.count
        while index < count {
            if CharacterClass.isSpace(scalars[index]) { index += 1; continue }
            var end = index + 1
            while end < count, !CharacterClass.isSpace(scalars[end]) { end += 1 }
            chunk(index, end)
            index = end
        }
        return spans
    }

    private mutating func emit(_ start: Int, _ end: Int) {
        if start < end { spans.append(Span(start: start, end: end)) }
    }

    /// Tokenizes the whitespace-free range `start..<end`.
    private mutating func chunk(_ start: Int, _ end: Int) {
        if isEmoticon(start, end) { emit(start, end); return }
        var low = start, high = end
        // Leading openers: quotes and brackets, one token each.
        while high - low > 1, CharacterClass.isOpener(scalars[low]),
              !(scalars[low] == "'" || scalars[low] == "’") || !isElidedYear(low, high) {
            emit(low, low + 1); low += 1
        }
        // Trailing closers and final punctuation, collected right to left.
        var trailing: [Span] = []
        while high > low {
            let last = scalars[high - 1]
            if last == "." || last == "…" {
                var dots = high - 1
                while dots > low, scalars[dots - 1] == "." { dots -= 1 }
                if high - dots >= 2 || last == "…" {
                    // An ellipsis is one token.
                    let from = last == "…" ? high - 1 : dots
                    trailing.append(Span(start: from, end: high)); high = from; continue
                }
                if high - low == 1 { break }
                if keepsPeriod(low, high) { break }
                trailing.append(Span(start: high - 1, end: high)); high -= 1; continue
            }
            if high - low > 1, CharacterClass.isCloser(last) {
                // A run of the same ! or ? is one token, as in UD ("!!!").
                var from = high - 1
                if last == "!" || last == "?" {
                    while from > low + 1, scalars[from - 1] == last { from -= 1 }
                }
                trailing.append(Span(start: from, end: high)); high = from; continue
            }
            if high - low > 1, last == "%", CharacterClass.isDigit(scalars[high - 2]) {
                trailing.append(Span(start: high - 1, end: high)); high -= 1; continue
            }
            break
        }
        if high > low {
            if isURL(low, high) { emit(low, high) } else { middle(low, high) }
        }
        for span in trailing.reversed() { spans.append(span) }
    }

    /// Splits at inner separators (dashes, slashes between words, commas outside numbers).
    private mutating func middle(_ start: Int, _ end: Int) {
        var index = start
        while index < end {
            let scalar = scalars[index]
            var separatorEnd = -1
            if CharacterClass.isDash(scalar) || scalar == "…" {
                separatorEnd = index + 1
            } else if scalar == "-", index + 1 < end, scalars[index + 1] == "-" {
                separatorEnd = index + 2
                while separatorEnd < end, scalars[separatorEnd] == "-" { separatorEnd += 1 }
            } else if scalar == "." && index + 2 < end && scalars[index + 1] == "."
                        && scalars[index + 2] == "." {
                separatorEnd = index + 3
                while separatorEnd < end, scalars[separatorEnd] == "." { separatorEnd += 1 }
            } else if scalar == "-", splitsHyphens, index > start, index + 1 < end,
                      CharacterClass.isLetterOrDigit(scalars[index - 1]),
                      CharacterClass.isLetterOrDigit(scalars[index + 1]),
                      !(CharacterClass.isDigit(scalars[index - 1])
                        && CharacterClass.isDigit(scalars[index + 1])),
                      !Self.keepsHyphenPrefix(scalars, start, index) {
                separatorEnd = index + 1
            } else if scalar == "," || scalar == ":" || scalar == "/" {
                let between = index > start && index + 1 < end
                    && CharacterClass.isDigit(scalars[index - 1])
                    && CharacterClass.isDigit(scalars[index + 1])
                if !between { separatorEnd = index + 1 }
            } else if scalar == "!" || scalar == "?" {
                separatorEnd = index + 1
                while separatorEnd < end, scalars[separatorEnd] == scalar { separatorEnd += 1 }
            } else if scalar == ";" || scalar == "\""
                        || scalar == "“" || scalar == "”" || scalar == "(" || scalar == ")"
                        || scalar == "[" || scalar == "]" {
                separatorEnd = index + 1
            }
            if separatorEnd > 0 {
                if index > start { chunk(start, index) }
                emit(index, separatorEnd)
                if separatorEnd < end { chunk(separatorEnd, end) }
                return
            }
            index += 1
        }
        word(start, end)
    }

    /// UD keeps a few bound prefixes on the word (`e-mail`, `co-workers`, `re-elect`).
    static func keepsHyphenPrefix(_ scalars: [Unicode.Scalar], _ start: Int,
                                  _ hyphen: Int) -> Bool {
        let length = hyphen - start
        guard length <= 4 else { return false }
        var prefix = ""
        for i in start..<hyphen { prefix.unicodeScalars.append(scalars[i]) }
        switch prefix.lowercased() {
        case "e", "co", "re", "pre", "non", "post", "anti", "pro", "mid", "sub", "un", "de",
             "ex", "multi", "semi", "bi", "tri", "inter", "x":
            return true
        default: return false
        }
    }

    /// A word without inner separators: currency symbols and clitics come off.
    private mutating func word(_ start: Int, _ end: Int) {
        var low = start
        if end - low > 1, CharacterClass.isCurrency(scalars[low]),
           CharacterClass.isDigit(scalars[low + 1]) {
            emit(low, low + 1); low += 1
        }
        if let split = endsWithClitic(low, end) {
            emit(low, split); emit(split, end); return
        }
        if let split = fusedSplit(low, end) {
            emit(low, split); emit(split, end); return
        }
        emit(low, end)
    }

    /// Where a clitic (`'s`, `n't`, `'re`, `'ve`, `'ll`, `'d`, `'m`, `s'`) starts, if any.
    private func endsWithClitic(_ start: Int, _ end: Int) -> Int? {
        let length = end - start
        guard length >= 3 else { return nil }
        func lower(_ i: Int) -> Unicode.Scalar {
            let s = scalars[i]
            return s.value >= 65 && s.value <= 90 ? Unicode.Scalar(s.value + 32)! : s
        }
        func isApostrophe(_ i: Int) -> Bool { scalars[i] == "'" || scalars[i] == "’" }
        // n't
        if length >= 4, isApostrophe(end - 2), lower(end - 1) == "t", lower(end - 3) == "n",
           CharacterClass.isLetter(scalars[end - 4]) {
            return end - 3
        }
        // 's 'd 'm
        if isApostrophe(end - 2), "sdm".unicodeScalars.contains(lower(end - 1)),
           CharacterClass.isLetterOrDigit(scalars[end - 3]) {
            return end - 2
        }
        // 're 've 'll
        if length >= 4, isApostrophe(end - 3), CharacterClass.isLetter(scalars[end - 4]) {
            let pair = (lower(end - 2), lower(end - 1))
            if pair == ("r", "e") || pair == ("v", "e") || pair == ("l", "l") { return end - 3 }
        }
        return nil
    }

    /// UD splits a few fused forms without an apostrophe: cannot, gonna, wanna, gotta.
    private func fusedSplit(_ start: Int, _ end: Int) -> Int? {
        guard end - start == 5 || end - start == 6 else { return nil }
        var lowered = ""
        for i in start..<end { lowered.unicodeScalars.append(scalars[i]) }
        switch lowered.lowercased() {
        case "cannot": return start + 3
        case "gonna", "wanna", "gotta": return start + 3
        default: return nil
        }
    }

    /// Whether the word ending in a period keeps it: listed abbreviations, initials (`J.`)
    /// and dotted initialisms (`U.S.`, `a.m.`, `e.g.`).
    private func keepsPeriod(_ start: Int, _ end: Int) -> Bool {
        let length = end - start
        if length == 2, CharacterClass.isUpper(scalars[start]) { return true }
        // Dotted initialism: letter (. letter)+ .
        if length >= 4 {
            var ok = true
            var i = start
            while i < end {
                if i + 1 < end, CharacterClass.isLetter(scalars[i]), scalars[i + 1] == "." {
                    i += 2
                } else { ok = false; break }
            }
            if ok { return true }
        }
        guard length <= 8 else { return false }
        var text = ""
        for i in start..<end { text.unicodeScalars.append(scalars[i]) }
        switch lexicon.abbreviations[text.lowercased()] {
        case nil: return false
        case .number?:
            var next = end
            while next < scalars.count, CharacterClass.isSpace(scalars[next]) { next += 1 }
            return next < scalars.count && CharacterClass.isDigit(scalars[next])
        default: return true
        }
    }

    /// `'90s`: an apostrophe standing for elided century digits stays on the word.
    private func isElidedYear(_ start: Int, _ end: Int) -> Bool {
        end - start >= 3 && CharacterClass.isDigit(scalars[start + 1])
            && CharacterClass.isDigit(scalars[start + 2])
    }

    /// `:)`, `:-(`, `;D` and the like stay one token.
    private func isEmoticon(_ start: Int, _ end: Int) -> Bool {
        let length = end - start
        guard length == 2 || length == 3, scalars[start] == ":" || scalars[start] == ";"
        else { return false }
        if length == 3, scalars[start + 1] != "-" { return false }
        switch scalars[end - 1] {
        case ")", "(", "D", "P", "p", "/", "|": return true
        default: return false
        }
    }

    /// URLs and e-mail addresses stay one token.
    private func isURL(_ start: Int, _ end: Int) -> Bool {
        var text = ""
        for i in start..<min(end, start + 8) { text.unicodeScalars.append(scalars[i]) }
        let lowered = text.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
            || lowered.hasPrefix("www.") {
            return true
        }
        // e-mail: letters@letters.letters
        var at = -1
        for i in start..<end where scalars[i] == "@" { at = i; break }
        guard at > start, at + 3 < end else { return false }
        var dot = false
        for i in (at + 1)..<end - 1 where scalars[i] == "." { dot = true }
        return dot && CharacterClass.isLetterOrDigit(scalars[end - 1])
    }
}
