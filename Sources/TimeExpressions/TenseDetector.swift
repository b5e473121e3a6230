import TextAnalysis

/// Finds the tense of the clause around a mention.
///
/// Uses the POS tags of `Document.tokens` when a tagger has run (VBD/VBN past, modal
/// will/would/shall future, VBZ/VBP present); otherwise the `tense-cues` lexicon
/// (`said` past, `will` future …) and the `-ed` ending of a past-tense verb. The nearest cue
/// before the mention in the same sentence wins, then the nearest after it. A cue may be a
/// phrase of up to three words (`set to`, `as early as`); the longest phrase ending at a
/// token wins over the token alone, so "set to resume" is future though "set" is past.
/// A past form right after "be" is a passive of a modal or infinitive ("to be published",
/// "would be paid") and reads as future; right after "is" or "are" it is a present passive
/// ("the case is heard in May"). A future cue after "had been" ("had been due to expire
/// Friday") is a plan already past. An "-ed" word after a determiner of the
/// `participle-determiners` lexicon is an adjective and no cue ("on a still unspecified date
/// in January"). Before all of these, a `tense-prepositions` word
/// just before the mention decides ("until Friday", "by mid-November", "since May").
struct TenseDetector: Sendable {
    let cues: Lexicon?
    var prepositions: Lexicon? = nil
    var determiners: Lexicon? = nil
    /// Last words of the cue phrases of two or more words, so most tokens skip the phrase
    /// look-up.
    private let phraseEnds: Set<String>
    private static let window = 12

    init(cues: Lexicon?, prepositions: Lexicon? = nil, determiners: Lexicon? = nil) {
        self.cues = cues
        self.prepositions = prepositions
        self.determiners = determiners
        self.phraseEnds = Set((cues?.entries ?? []).filter { $0.words.count > 1 }
            .compactMap(\.words.last))
    }

    func tense(around range: Range<Int>, scan tokens: [ScanToken],
               document: Document) -> TenseCue? {
        if range.lowerBound > 0, tokens[range.lowerBound - 1].kind == .word,
           let value = prepositions?.valueOfPhrase[tokens[range.lowerBound - 1].text],
           let cue = TenseCue(rawValue: value) {
            // "By Sunday evening thousands had gathered": a clause that opens with the
            // date and goes on in the past keeps its past.
            if cue == .future, backwardCue(range, tokens) == nil,
               forwardCue(range, tokens) == .past {
                return .past
            }
            return cue
        }
        if !document.tokens.isEmpty, document.tokens.contains(where: { $0.xpos != nil }) {
            return taggedTense(around: tokens[range.lowerBound].start, document: document)
        }
        return backwardCue(range, tokens) ?? forwardCue(range, tokens)
    }

    /// The nearest cue before the mention in its sentence.
    private func backwardCue(_ range: Range<Int>, _ tokens: [ScanToken]) -> TenseCue? {
        var index = range.lowerBound - 1
        var steps = 0
        while index >= 0, steps < Self.window {
            if isSentenceEnd(tokens, index) { break }
            if var cue = phraseCue(endingAt: index, tokens) ?? cue(at: index, tokens) {
                if cue == .past, index > 0 {
                    switch tokens[index - 1].text {
                    case "be": cue = .future
                    case "is", "are", "am": cue = .present
                    default: break
                    }
                }
                // "had been scheduled to expire Friday": a plan told in the past perfect
                // is over by the time of writing.
                if cue == .future, index > 1, tokens[index - 1].text == "been",
                   tokens[index - 2].text == "had" {
                    cue = .past
                }
                return cue
            }
            if tokens[index].lineBreakBefore { break }
            index -= 1
            steps += 1
        }
        return nil
    }

    /// The nearest cue after the mention in its sentence.
    private func forwardCue(_ range: Range<Int>, _ tokens: [ScanToken]) -> TenseCue? {
        var index = range.upperBound
        var steps = 0
        while index < tokens.count, steps < Self.window {
            if isBoundary(tokens, index) { break }
            if let cue = phraseCue(endingAt: index, tokens) ?? cue(at: index, tokens) { return cue }
            index += 1
            steps += 1
        }
        return nil
    }

    private func isBoundary(_ tokens: [ScanToken], _ index: Int) -> Bool {
        tokens[index].lineBreakBefore || isSentenceEnd(tokens, index)
    }

    /// Whether token `index` ends a sentence. A full stop followed at once by a letter or
    /// digit ("2.5", "U.S.") or by a lower-case word ("p.m. yesterday", "Inc. said") does not.
    /// True when no sentence ends between token `from` (exclusive) and token `to`.
    func sameSentence(_ from: Int, _ to: Int, _ tokens: [ScanToken]) -> Bool {
        guard from <= to else { return false }
        return !(from..<to).contains { isSentenceEnd(tokens, $0) }
    }

    private func isSentenceEnd(_ tokens: [ScanToken], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .symbol else { return false }
        if token.text == "." {
            guard index + 1 < tokens.count else { return true }
            let next = tokens[index + 1]
            if next.kind == .symbol { return true }
            if !next.spaceBefore && !next.lineBreakBefore { return false }
            if next.kind == .word && !next.capitalized { return false }
            return true
        }
        return token.text == "!" || token.text == "?" || token.text == ";"
    }

    /// A cue phrase of two or three words of the `tense-cues` lexicon ending at `index`.
    private func phraseCue(endingAt index: Int, _ tokens: [ScanToken]) -> TenseCue? {
        guard let cues, tokens[index].kind == .word, phraseEnds.contains(tokens[index].text)
        else { return nil }
        for length in stride(from: 3, through: 2, by: -1) where index + 1 >= length {
            let words = tokens[(index + 1 - length)...index]
            guard words.allSatisfy({ $0.kind == .word }) else { continue }
            let phrase = words.map(\.text).joined(separator: " ")
            if let value = cues.valueOfPhrase[phrase] { return TenseCue(rawValue: value) }
        }
        return nil
    }

    private func cue(at index: Int, _ tokens: [ScanToken]) -> TenseCue? {
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        if let value = cues?.valueOfPhrase[token.text] { return TenseCue(rawValue: value) }
        // A capitalised "-ed" word is a name ("United States", "Ted"), not a verb.
        if token.text.utf8.count > 4, token.text.hasSuffix("ed"), !token.capitalized,
           !isAdjective(index, tokens) {
            return .past
        }
        return nil
    }

    /// Whether the "-ed" word at `index` follows a determiner ("a proposed merger"), maybe
    /// with an adverb between ("a still unspecified date"): an adjective, not a verb.
    private func isAdjective(_ index: Int, _ tokens: [ScanToken]) -> Bool {
        guard let determiners, index > 0 else { return false }
        func role(_ position: Int) -> String? {
            guard position >= 0, tokens[position].kind == .word else { return nil }
            return determiners.valueOfPhrase[tokens[position].text]
        }
        switch role(index - 1) {
        case "determiner": return true
        case "adverb": return role(index - 2) == "determiner"
        default: return false
        }
    }

    private func taggedTense(around offset: Int, document: Document) -> TenseCue? {
        let tokens = document.tokens
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.end <= offset { low = mid + 1 } else { high = mid }
        }
        let sentence = document.sentenceIndex(ofToken: Swift.min(low, tokens.count - 1))
        let bounds = sentence.map { document.sentences[$0].tokens } ?? 0..<tokens.count
        var index = low - 1
        while index >= bounds.lowerBound, low - index <= Self.window {
            if var cue = taggedCue(tokens[index], document) {
                // As in the untagged reading: a participle right after "be" is the passive of
                // a modal or infinitive ("will be held on November 20", "is to be held") and
                // reads as future; after "is"/"are" it is a present passive.
                if cue == .past, tokens[index].xpos == "VBN", index > bounds.lowerBound {
                    switch document.text(of: tokens[index - 1]).lowercased() {
                    case "be": cue = .future
                    case "is", "are", "am": cue = .present
                    default: break
                    }
                }
                return cue
            }
            index -= 1
        }
        index = low
        while index < bounds.upperBound, index - low <= Self.window {
            if let cue = taggedCue(tokens[index], document) { return cue }
            index += 1
        }
        return nil
    }

    private func taggedCue(_ token: Token, _ document: Document) -> TenseCue? {
        switch token.xpos {
        case "VBD": return .past
        case "VBN": return .past
        case "VBZ", "VBP": return .present
        case "MD":
            let word = token.lemma ?? document.text(of: token).lowercased()
            if let value = cues?.valueOfPhrase[word] { return TenseCue(rawValue: value) }
            return nil
        default: return nil
        }
    }
}
