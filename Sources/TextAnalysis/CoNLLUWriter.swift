/// Writes an analysed document as CoNLL-U: one block per sentence with predicted UPOS, XPOS,
/// lemma, head and relation, and in MISC the name labels (`NE=B-PERSON`, IOB2) and
/// `SpaceAfter=No` where the text has no space after the token.
public enum CoNLLUWriter {
    /// The CoNLL-U text of `document`; sentence ids are `<document id>-<n>` from 1.
    public static func write(_ document: Document) -> String {
        var names = [String?](repeating: nil, count: document.tokens.count)
        for entity in document.entities {
            for index in entity.tokens where index < names.count {
                let prefix = index == entity.tokens.lowerBound ? "B" : "I"
                names[index] = "NE=\(prefix)-\(entity.entityClass.rawValue)"
            }
        }
        var output = ""
        let sentences = document.sentences.isEmpty
            ? [Sentence(span: Span(start: 0, end: document.scalars.count),
                        tokens: 0..<document.tokens.count)]
            : document.sentences
        for (number, sentence) in sentences.enumerated() where !sentence.tokens.isEmpty {
            let text = document.text(of: sentence.span)
                .split(whereSeparator: { $0.isNewline }).joined(separator: " ")
            output += "# sent_id = \(document.id)-\(number + 1)\n# text = \(text)\n"
            for index in sentence.tokens {
                let token = document.tokens[index]
                let id = index - sentence.tokens.lowerBound + 1
                let head: Int
                if let target = token.head, sentence.tokens.contains(target) {
                    head = target - sentence.tokens.lowerBound + 1
                } else {
                    head = token.dependency == nil ? -1 : 0
                }
                var misc: [String] = []
                if let name = names[index] { misc.append(name) }
                let next = index + 1 < document.tokens.count
                    ? document.tokens[index + 1].span.start : document.scalars.count
                if next == token.span.end, index + 1 < sentence.tokens.upperBound {
                    misc.append("SpaceAfter=No")
                }
                let form = document.text(of: token).replacingOccurrences(of: "\t", with: " ")
                let columns = [
                    "\(id)", form, token.lemma ?? "_", token.upos?.rawValue ?? "_",
                    token.xpos ?? "_", "_", head < 0 ? "_" : "\(head)",
                    token.dependency ?? "_", "_", misc.isEmpty ? "_" : misc.joined(separator: "|"),
                ]
                output += columns.joined(separator: "\t") + "\n"
            }
            output += "\n"
        }
        return output
    }
}

extension Document {
    /// A document whose tokens and sentences are the gold words of treebank sentences (words
    /// joined by single spaces, sentences by line breaks), ready for the stages after the
    /// sentence splitter.
    public init(id: String, treebank source: [TreebankSentence],
                creationDate: CalendarDate) {
        var text = ""
        var spans: [[Span]] = []
        var offset = 0
        for (number, sentence) in source.enumerated() {
            if number > 0 { text += "\n"; offset += 1 }
            var sentenceSpans: [Span] = []
            for (index, word) in sentence.words.enumerated() {
                if index > 0 { text += " "; offset += 1 }
                let form = word.form.isEmpty ? "_" : word.form
                let length = form.unicodeScalars.count
                text += form
                sentenceSpans.append(Span(start: offset, end: offset + length))
                offset += length
            }
            spans.append(sentenceSpans)
        }
        self.init(id: id, text: text, creationDate: creationDate)
        for sentenceSpans in spans where !sentenceSpans.isEmpty {
            let first = tokens.count
            tokens.append(contentsOf: sentenceSpans.map { Token(span: $0) })
            sentences.append(Sentence(
                span: Span(start: sentenceSpans[0].start, end: sentenceSpans.last?.end ?? 0),
                tokens: first..<tokens.count))
        }
    }
}
