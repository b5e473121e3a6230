/// Groups the tokens into sentences, for news text.
///
/// A sentence ends after `.`, `!`, `?` or an ellipsis (plus any closing quotes and
/// brackets) when the next token does not start in lower case (after a bare `!` or `?`, not
/// followed by a quote, even then, as web text starts sentences in lower case); after an
/// abbreviation that kept its period (`U.S.`, `Inc.`) only when the next word is a usual
/// sentence starter (`Models/sentence-starters.txt`), never after a title (`Mr.`, `Gen.`).
/// A blank line always ends a sentence, and so does a single line break after a line without
/// final punctuation, so a headline or dateline on its own line is a sentence of its own.
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
            }
            if boundary || end >= tokens.count {
                result.append(start..<end)
                start = end
            }
            index = end
        }
        return result
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
