import TextAnalysis

/// Finds the tense of the clause around a mention.
///
/// Uses the POS tags of `Document.tokens` when a tagger has run (VBD/VBN past, modal
/// will/would/shall future, VBZ/VBP present); otherwise the `tense-cues` lexicon
/// (`said` past, `will` future …) and the `-ed` ending of a past-tense verb. The nearest cue
/// before the mention in the same sentence wins, then the nearest after it.
struct TenseDetector: Sendable {
    let cues: Lexicon?
    private static let window = 12

    func tense(around range: Range<Int>, scan tokens: [ScanToken],
               document: Document) -> TenseCue? {
        if !document.tokens.isEmpty, document.tokens.contains(where: { $0.xpos != nil }) {
            return taggedTense(around: tokens[range.lowerBound].start, document: document)
        }
        var index = range.lowerBound - 1
        var steps = 0
        while index >= 0, steps < Self.window {
            if isSentenceEnd(tokens[index]) { break }
            if let cue = cue(tokens[index]) { return cue }
            if tokens[index].lineBreakBefore { break }
            index -= 1
            steps += 1
        }
        index = range.upperBound
        steps = 0
        while index < tokens.count, steps < Self.window {
            if isBoundary(tokens, index) { break }
            if let cue = cue(tokens[index]) { return cue }
            index += 1
            steps += 1
        }
        return nil
    }

    private func isBoundary(_ tokens: [ScanToken], _ index: Int) -> Bool {
        tokens[index].lineBreakBefore || isSentenceEnd(tokens[index])
    }

    private func isSentenceEnd(_ token: ScanToken) -> Bool {
        guard token.kind == .symbol else { return false }
        return token.text == "." || token.text == "!" || token.text == "?" || token.text == ";"
    }

    private func cue(_ token: ScanToken) -> TenseCue? {
        guard token.kind == .word else { return nil }
        if let value = cues?.valueOfPhrase[token.text] { return TenseCue(rawValue: value) }
        if token.text.utf8.count > 4, token.text.hasSuffix("ed") { return .past }
        return nil
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
            if let cue = taggedCue(tokens[index], document) { return cue }
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
