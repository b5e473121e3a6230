import TextAnalysis

/// Per-token facts the rule-based stages of this target read again and again, computed once.
struct TokenView: Sendable {
    /// Normalised match keys (`MatchKey.normalize` of each token's text).
    let keys: [String]
    /// The token text as written.
    let texts: [String]
    /// First scalar is an upper-case letter.
    let capitalized: [Bool]
    /// Index of the sentence of each token.
    let sentenceOfToken: [Int]

    init(_ document: Document) {
        var keys: [String] = [], texts: [String] = [], capitalized: [Bool] = []
        keys.reserveCapacity(document.tokens.count)
        for token in document.tokens {
            let text = document.text(of: token)
            texts.append(text)
            keys.append(MatchKey.normalize(text))
            capitalized.append(text.unicodeScalars.first.map {
                $0.properties.isUppercase } ?? false)
        }
        var sentenceOfToken = [Int](repeating: 0, count: document.tokens.count)
        for (index, sentence) in document.sentences.enumerated() {
            for token in sentence.tokens { sentenceOfToken[token] = index }
        }
        self.keys = keys
        self.texts = texts
        self.capitalized = capitalized
        self.sentenceOfToken = sentenceOfToken
    }

    /// The document's token view: built by the first rule stage that asks and kept in the
    /// document, so the six stages of this target share one (tokens never change after the
    /// tokenizer; a view of another token count is rebuilt).
    static func of(_ document: inout Document) -> TokenView {
        if let view = document[layer: TokenViewLayer.self],
           view.keys.count == document.tokens.count {
            return view
        }
        let view = TokenView(document)
        document[layer: TokenViewLayer.self] = view
        return view
    }

    /// Whether every letter is upper case and there are at least two ("NATO", "U.S.").
    func isAcronym(_ index: Int) -> Bool {
        var letters = 0
        for scalar in texts[index].unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Whether the token is alphabetic in its first scalar.
    func isWord(_ index: Int) -> Bool {
        texts[index].unicodeScalars.first?.properties.isAlphabetic ?? false
    }

    /// A title-case line with no final punctuation: a headline or crosshead, whose
    /// capitals say nothing about names.
    func isHeadline(_ range: Range<Int>) -> Bool {
        guard let last = range.last else { return false }
        if [".", "!", "?", "\"", "”", "’", "'", ":"].contains(keys[last]) { return false }
        let words = range.filter { isWord($0) && texts[$0].count > 3 }
        guard words.count >= 2 else { return false }
        return words.filter { capitalized[$0] }.count * 10 >= words.count * 6
    }
}

enum TokenViewLayer: AnnotationLayer { static let empty: TokenView? = nil }
