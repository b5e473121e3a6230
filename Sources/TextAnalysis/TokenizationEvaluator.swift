import Foundation

/// Scores the tokenizer and sentence splitter on raw text rebuilt from a CoNLL-U treebank.
///
/// Each document's text is rebuilt from the `# text` comments (sentences joined by a space,
/// paragraphs by a blank line); gold token spans are the words located in that text
/// (a multiword token whose words do not spell it, like `dont` = `do` + `nt`, counts as one
/// span). Tokens and sentences are scored as exact scalar spans.
public struct TokenizationEvaluator: Sendable {
    /// Token and sentence scores of one run.
    public struct Result: Sendable, Hashable, Codable {
        public var tokens: SpanScore
        public var sentences: SpanScore
        /// Gold tokens that were not found, with their sentence-local context (at most 500).
        public var missedTokens: [String]
        /// Gold sentence ends that were not found, with the text around them (at most 500).
        public var missedSentenceEnds: [String]
    }

    public let tokenizer: Tokenizer
    public let splitter: SentenceSplitter

    public init(tokenizer: Tokenizer = Tokenizer(),
                splitter: SentenceSplitter = SentenceSplitter()) {
        self.tokenizer = tokenizer
        self.splitter = splitter
    }

    /// Rebuilds the raw text of `sentences` and scores the stages on it.
    public func evaluate(_ sentences: [TreebankSentence]) throws(PipelineError) -> Result {
        var text = String.UnicodeScalarView()
        var goldTokens: [Span] = []
        var goldSentences: [Span] = []
        for (index, sentence) in sentences.enumerated() {
            if index > 0 {
                text.append(contentsOf: sentence.startsParagraph ? "\n\n".unicodeScalars
                                                                 : " ".unicodeScalars)
            }
            let base = text.count
            let scalars = Array(sentence.text.unicodeScalars)
            text.append(contentsOf: scalars)
            let spans = Self.locate(sentence, in: scalars).map {
                Span(start: $0.start + base, end: $0.end + base)
            }
            goldTokens.append(contentsOf: spans)
            if let first = spans.first, let last = spans.last {
                goldSentences.append(Span(start: first.start, end: last.end))
            }
        }
        let scalars = Array(text)
        let tokens = try tokenizer.tokenize(scalars)
        let ranges = try splitter.split(tokens, in: scalars)
        let predictedSentences = ranges.map {
            Span(start: tokens[$0.lowerBound].start, end: tokens[$0.upperBound - 1].end)
        }
        func context(_ span: Span) -> String {
            let from = max(0, span.start - 30), to = min(scalars.count, span.end + 30)
            var line = String.UnicodeScalarView()
            line.append(contentsOf: scalars[from..<span.start])
            line.append(contentsOf: "⟦".unicodeScalars)
            line.append(contentsOf: scalars[span.start..<span.end])
            line.append(contentsOf: "⟧".unicodeScalars)
            line.append(contentsOf: scalars[span.end..<to])
            return String(line).replacingOccurrences(of: "\n", with: "⏎")
        }
        let predictedSet = Set(tokens)
        let missed = goldTokens.lazy.filter { !predictedSet.contains($0) }.prefix(500)
        let predictedEnds = Set(predictedSentences.map(\.end))
        let missedEnds = goldSentences.lazy.filter { !predictedEnds.contains($0.end) }
            .prefix(500).map { Span(start: $0.end, end: $0.end) }
        return Result(tokens: SpanScore(gold: goldTokens, predicted: tokens),
                      sentences: SpanScore(gold: goldSentences, predicted: predictedSentences),
                      missedTokens: missed.map(context),
                      missedSentenceEnds: missedEnds.map(context))
    }

    /// Scalar spans (relative to the sentence text) of the gold tokens of `sentence`.
    static func locate(_ sentence: TreebankSentence, in text: [Unicode.Scalar]) -> [Span] {
        var spans: [Span] = []
        var position = 0
        var multiwordAt: [Int: TreebankMultiword] = [:]
        for multiword in sentence.multiwords { multiwordAt[multiword.first] = multiword }
        func find(_ form: String) -> Span? {
            let needle = Array(form.unicodeScalars)
            guard !needle.isEmpty else { return nil }
            var start = position
            while start + needle.count <= text.count {
                if text[start] == needle[0],
                   Array(text[start..<start + needle.count]) == needle {
                    return Span(start: start, end: start + needle.count)
                }
                start += 1
            }
            return nil
        }
        var index = 0
        while index < sentence.words.count {
            if let multiword = multiwordAt[index] {
                let words = sentence.words[multiword.first...multiword.last]
                guard let whole = find(multiword.form) else {
                    index = multiword.last + 1; continue
                }
                if words.map(\.form).joined() == multiword.form {
                    var start = whole.start
                    for word in words {
                        let length = word.form.unicodeScalars.count
                        spans.append(Span(start: start, end: start + length))
                        start += length
                    }
                } else {
                    spans.append(whole)
                }
                position = whole.end
                index = multiword.last + 1
                continue
            }
            if let span = find(sentence.words[index].form) {
                spans.append(span)
                position = span.end
            }
            index += 1
        }
        return spans
    }
}
