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
    /// First scalar is alphabetic (`isWord`), and the acronym test (`isAcronym`), computed
    /// once: the scans ask them for every token many times.
    private let words: [Bool]
    private let acronyms: [Bool]
    /// Whether each token lies inside a direct quotation (between “ and ”, `` and '', or a
    /// pair of straight double quotes; a quotation never runs past a line break).
    let quoted: [Bool]
    /// The function-word classes of each token's key (`ClauseView.WordClass` bits).
    let clauseWords: [UInt8]

    init(_ document: Document) {
        var keys: [String] = [], texts: [String] = [], capitalized: [Bool] = []
        keys.reserveCapacity(document.tokens.count)
        for token in document.tokens {
            let text = document.text(of: token)
            texts.append(text)
            keys.append(MatchKey.normalize(text))
            capitalized.append(text.unicodeScalars.first.map(Self.isUppercase) ?? false)
        }
        var sentenceOfToken = [Int](repeating: 0, count: document.tokens.count)
        for (index, sentence) in document.sentences.enumerated() {
            for token in sentence.tokens { sentenceOfToken[token] = index }
        }
        self.keys = keys
        self.texts = texts
        self.capitalized = capitalized
        self.sentenceOfToken = sentenceOfToken
        self.words = texts.map { $0.unicodeScalars.first.map(Self.isAlphabetic) ?? false }
        self.acronyms = texts.map(Self.acronym)
        self.quoted = Self.quotation(texts, document)
        self.clauseWords = keys.map(ClauseView.WordClass.of)
    }

    /// Direct quotations, read left to right: an opening mark starts one, a closing mark
    /// ends it, a straight double quote toggles, and a line break closes an unbalanced one.
    /// Single quotes are left alone: news uses them for scare quotes and short titles.
    private static func quotation(_ texts: [String], _ document: Document) -> [Bool] {
        var quoted = [Bool](repeating: false, count: texts.count)
        var open = false
        var index = 0
        while index < texts.count {
            if open, index > 0, document.tokens[index].span.start
                > document.tokens[index - 1].span.end,
               document.text(of: Span(start: document.tokens[index - 1].span.end,
                                      end: document.tokens[index].span.start))
                .contains(where: \.isNewline) {
                open = false
            }
            var text = texts[index]
            // "``" and "''" split into two marks by the tokenizer are one quotation mark.
            if text == "`" || text == "'", index + 1 < texts.count, texts[index + 1] == text,
               document.tokens[index + 1].span.start == document.tokens[index].span.end {
                text += text
                index += 1
            }
            switch text {
            case "“", "``": open = true
            case "”", "''": open = false
            case "\"": open.toggle()
            default: quoted[index] = open
            }
            index += 1
        }
        return quoted
    }

    /// `properties.isUppercase`, without the Unicode table lookup for ASCII (A–Z only).
    @inline(__always)
    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value >= 65 && scalar.value <= 90
            : scalar.properties.isUppercase
    }

    /// `properties.isAlphabetic`, without the Unicode table lookup for ASCII letters.
    @inline(__always)
    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.value | 0x20) >= 97 && (scalar.value | 0x20) <= 122
            : scalar.properties.isAlphabetic
    }

    private static func acronym(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where isAlphabetic(scalar) {
            guard isUppercase(scalar) else { return false }
            letters += 1
        }
        return letters >= 2
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
    func isAcronym(_ index: Int) -> Bool { acronyms[index] }

    /// Whether the token is alphabetic in its first scalar.
    func isWord(_ index: Int) -> Bool { words[index] }

    /// The token after a wire dateline that opens `range` ("KYIV, March 14, 2025 (Reuters)
    /// -", "BERLIN (AP) —"): an upper-case place first, then only names, numbers and
    /// punctuation up to a dash within the first 16 tokens. A dateline says where and when
    /// the story was filed, so it is part of no event, summary or argument. Only the first three
    /// sentences can open with one (a headline and a byline may precede it).
    func datelineEnd(_ range: Range<Int>) -> Int? {
        guard let first = range.first, sentenceOfToken[first] < 3,
              isAcronym(first) || texts[first].count > 2
                && texts[first] == texts[first].uppercased() && isWord(first) else {
            return nil
        }
        let dashes: Set<String> = ["-", "--", "—", "–", "_", ":"]
        for index in range.prefix(16) where index > first {
            if dashes.contains(keys[index]) || texts[index].hasSuffix("_") { return index + 1 }
            // A lower-case word ("said", "the") means running text, not a dateline.
            if isWord(index), !capitalized[index] { return nil }
        }
        return nil
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
