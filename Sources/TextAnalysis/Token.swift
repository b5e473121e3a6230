/// Universal Dependencies coarse part-of-speech tags (UPOS).
public enum PartOfSpeech: String, Sendable, Hashable, Codable, CaseIterable {
    case adj = "ADJ", adp = "ADP", adv = "ADV", aux = "AUX", cconj = "CCONJ", det = "DET"
    case intj = "INTJ", noun = "NOUN", num = "NUM", part = "PART", pron = "PRON"
    case propn = "PROPN", punct = "PUNCT", sconj = "SCONJ", sym = "SYM", verb = "VERB"
    case other = "X"
}

/// One token: a span of the original text plus the layers later stages add to it.
///
/// The token does not copy its text; `Document.text(of:)` reads it through the span.
/// `head` is a token index within the same document (nil for the root or when unparsed).
public struct Token: Sendable, Hashable, Codable {
    /// Where the token is in the original text.
    public var span: Span
    /// Coarse tag, set by the POS tagger.
    public var upos: PartOfSpeech?
    /// Penn Treebank tag, set by the POS tagger.
    public var xpos: String?
    /// Dictionary form, set by the lemmatizer.
    public var lemma: String?
    /// Index (in `Document.tokens`) of the syntactic head; nil for the root or unparsed.
    public var head: Int?
    /// UD dependency relation to the head.
    public var dependency: String?

    public init(span: Span, upos: PartOfSpeech? = nil, xpos: String? = nil,
                lemma: String? = nil, head: Int? = nil, dependency: String? = nil) {
        self.span = span
        self.upos = upos
        self.xpos = xpos
        self.lemma = lemma
        self.head = head
        self.dependency = dependency
    }
}
