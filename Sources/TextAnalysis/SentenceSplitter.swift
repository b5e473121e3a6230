/// Groups the tokens into sentences, for news text.
///
/// A sentence ends after `.`, `!`, `?` or an ellipsis (plus any closing quotes and
/// brackets) when the next token does not start in lower case (after a bare `!` or `?`, not
/// followed by a quote, even then, as web text starts sentences in lower case); after an
/// abbreviation that kept its period (`U.S.`, `Inc.`) only when the next word is a usual
/// sentence starter (`Models/sentence-starters.txt`), never after a title (`Mr.`, `Gen.`).
/// A blank line always ends a sentence, and so does a single line break after a line without
/// final punctuation, so a headline or dateline on its own line is a sentence of its own.
/// A date-and-time stamp (`04/26/2001 07:17 AM`, as e-mail and blog headers write it) is a
/// sentence of its own unless a lower-case word leads into it ("posted on …"). A web or
/// e-mail address, and a letter's closing with its comma ("Best regards,"; the words are
/// in `Models/closings.txt`), end a sentence before a capitalised word.
public struct SentenceSplitter: PipelineStage {
    /// Stable stage name, used to disable the stage and to tag what it adds.
    public let name = "sentence-splitter"
    private let lexicon: TokenizerLexicon?

    /// A splitter using the shipped word lists (loaded on first use).
    public init() { lexicon = nil }

    /// A splitter using the given word lists.
    public init(lexicon: TokenizerLexicon) { self.lexicon = lexicon }

    /// Fills `document.sentences` from `document.tokens` (which must be set).
    public func process(_ document: inout Document) throws(PipelineError) {
        let ranges = try split(document.tokens.map(\.span), in: document.scalars)
        document.sentences = ranges.map { range in
            Sentence(span: Span(start: document.tokens[range.lowerBound].span.start,
                                end: document.tokens[range.upperBound - 1].span.end),
                     tokens: range)
        }
    }

    /// Token index ranges of the sentences of `tokens` (spans into `scalars`).
    public func split(_ tokens: [Span],
                      in scalars: [Unicode.Scalar]) throws(PipelineError) -> [Range<Int>] {
        let lexicon: TokenizerLexicon
        if let own = self.lexicon {
            lexicon = own
        } else {
            lexicon = try TokenizerLexicon.shipped()
        }
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        let stamps = stampBoundaries(tokens, scalars)
        func isSingle(_ i: Int, _ test: (Unicode.Scalar) -> Bool) -> Bool {
            tokens[i].length >= 1 && test(scalars[tokens[i].end - 1])
                && (tokens[i].length == 1
                    || scalars[tokens[i].start] == scalars[tokens[i].end - 1])
        }
        while index < tokens.count {
            var end = index + 1
            var boundary = false
            let token = tokens[index]
            let last = scalars[token.end - 1]
            // Dots glued to the first word of a sentence ("...Now comes") lead into it.
            let leading = index == start && end < tokens.count
                && isSingle(index, CharacterClass.isTerminal)
                && tokens[end].start == token.end
                && CharacterClass.isLetter(scalars[tokens[end].start])
            if leading {
                boundary = false
            } else if isSingle(index, CharacterClass.isTerminal) {
                // Absorb further final punctuation and closing quotes/brackets.
                // Only ! and ? themselves make a bare ending (see below); quotes and
                // trailing dots ("was it tequila? .. yeah") may go on in lower case.
                var bare = last == "?" || last == "!"
                // Punctuation opening the next line ("...Now comes the fun part") is not ours.
                while end < tokens.count, !breaksLine(after: end - 1, tokens, scalars) {
                    let attached = tokens[end].start == tokens[end - 1].end
                    if isSingle(end, CharacterClass.isTerminal) {
                        let mark = scalars[tokens[end].end - 1]
                        bare = bare && (mark == "?" || mark == "!")
                        end += 1
                    } else if attached && isSingle(end, Self.isClosing) {
                        end += 1
                        bare = false
                    } else { break }
                }
                // A period the tokenizer split off is not an abbreviation's: it ends the
                // sentence. After ! and ? inside a quotation a lower-case word continues it
                // ("Stop!" he said); outside one, web text starts sentences in lower case
                // ("are you kidding? why would you"), so ! and ? end it there too when a
                // lower-case word follows.
                // Trailing dots ("..") are an ellipsis: "hurt in the past... and you keep".
                let period = last == "." && token.length == 1
                boundary = end >= tokens.count || period || bare
                    || !startsLower(tokens[end], scalars)
            } else if last == ".", token.length > 1 {
                var text = ""
                for i in token.start..<token.end { text.unicodeScalars.append(scalars[i]) }
                let kind = lexicon.abbreviations[text.lowercased()]
                if kind != .title, end < tokens.count, token.length > 2 || kind != nil {
                    var next = ""
                    for i in tokens[end].start..<tokens[end].end {
                        next.unicodeScalars.append(scalars[i])
                    }
                    boundary = CharacterClass.isUpper(scalars[tokens[end].start])
                        && lexicon.sentenceStarters.contains(next.lowercased())
                }
            }
            if !boundary, end < tokens.count {
                boundary = lineBreakEnds(after: end - 1, tokens, scalars)
                    || stamps.contains(end - 1)
                    || (CharacterClass.isUpper(scalars[tokens[end].start])
                        && (isAddress(tokens[end - 1], scalars)
                            || closes(end - 1, tokens, scalars, lexicon)))
            }
            if boundary || end >= tokens.count {
                result.append(start..<end)
                start = end
            }
            index = end
        }
        return result
    }

    /// Indices of the tokens that end a sentence because of a date-and-time stamp: the
    /// token before the stamp (unless it starts in lower case) and the stamp's last token
    /// (when AM/PM closes it, or the next word is capitalised).
    private func stampBoundaries(_ tokens: [Span], _ scalars: [Unicode.Scalar]) -> Set<Int> {
        func pattern(_ i: Int, separator: Unicode.Scalar, parts: ClosedRange<Int>) -> Bool {
            var groups = 1, digits = 0
            for k in tokens[i].start..<tokens[i].end {
                if CharacterClass.isDigit(scalars[k]) {
                    digits += 1
                    if digits > 4 { return false }
                } else if scalars[k] == separator, digits > 0 {
                    groups += 1
                    digits = 0
                } else {
                    return false
                }
            }
            return digits > 0 && parts.contains(groups)
        }
        func isMeridiem(_ i: Int) -> Bool {
            guard tokens[i].length == 2 else { return false }
            let a = scalars[tokens[i].start].properties.lowercaseMapping
            let m = scalars[tokens[i].start + 1].properties.lowercaseMapping
            return (a == "a" || a == "p") && m == "m"
        }
        var result = Set<Int>()
        var i = 0
        while i + 1 < tokens.count {
            guard pattern(i, separator: "/", parts: 3...3),
                  pattern(i + 1, separator: ":", parts: 2...3) else { i += 1; continue }
            var last = i + 1
            let closed = last + 1 < tokens.count && isMeridiem(last + 1)
            if closed { last += 1 }
            if i > 0, !startsLower(tokens[i - 1], scalars) { result.insert(i - 1) }
            if last + 1 < tokens.count,
               closed || CharacterClass.isUpper(scalars[tokens[last + 1].start]) {
                result.insert(last)
            }
            i = last + 1
        }
        return result
    }

    /// Whether a token is a web or e-mail address (`http…`, `www.…`, `…@…`, `<…@…>`).
    private func isAddress(_ token: Span, _ scalars: [Unicode.Scalar]) -> Bool {
        guard token.length >= 5 else { return false }
        let text = scalars[token.start..<token.end]
        if text.contains("@") { return true }
        func starts(_ prefix: String) -> Bool {
            text.count > prefix.unicodeScalars.count
                && zip(text, prefix.unicodeScalars).allSatisfy {
                    $0.properties.lowercaseMapping.unicodeScalars.first == $1
                }
        }
        return starts("http") || starts("www.")
    }

    /// Whether the token at `index` is a comma after a closing word ("Best regards,").
    private func closes(_ index: Int, _ tokens: [Span], _ scalars: [Unicode.Scalar],
                        _ lexicon: TokenizerLexicon) -> Bool {
        guard index >= 1, tokens[index].length == 1, scalars[tokens[index].start] == ","
        else { return false }
        let word = tokens[index - 1]
        guard word.length <= 10 else { return false }
        var text = ""
        for i in word.start..<word.end { text.unicodeScalars.append(scalars[i]) }
        return lexicon.closings.contains(text.lowercased())
    }

    private static func isClosing(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "'", "”", "’", ")", "]", "}", "»": return true
        default: return false
        }
    }

    /// Whether a line break lies between the token at `index` and the next one.
    private func breaksLine(after index: Int, _ tokens: [Span],
                            _ scalars: [Unicode.Scalar]) -> Bool {
        (tokens[index].end..<tokens[index + 1].start).contains {
            CharacterClass.isNewline(scalars[$0])
        }
    }

    private func startsLower(_ token: Span, _ scalars: [Unicode.Scalar]) -> Bool {
        let first = scalars[token.start]
        return CharacterClass.isLetter(first) && !CharacterClass.isUpper(first)
    }

    /// A blank line, or a line break after a line that lacks final punctuation and is not
    /// visibly continued (a trailing comma or hyphen, a next line starting in lower case).
    private func lineBreakEnds(after index: Int, _ tokens: [Span],
                               _ scalars: [Unicode.Scalar]) -> Bool {
        var breaks = 0
        for i in tokens[index].end..<tokens[index + 1].start
            where CharacterClass.isNewline(scalars[i]) {
            if scalars[i] == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { continue }
            breaks += 1
        }
        if breaks >= 2 { return true }
        if breaks == 0 { return false }
        let last = scalars[tokens[index].end - 1]
        if last == "," || last == "-" || last == ";" || last == "&" { return false }
        if tokens[index].length == 1, last == ":" { return false }
        return !startsLower(tokens[index + 1], scalars)
    }
}
