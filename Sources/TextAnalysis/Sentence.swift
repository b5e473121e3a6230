/// A sentence: its span in the text and the range of its tokens in `Document.tokens`.
public struct Sentence: Sendable, Hashable, Codable {
    /// From the first scalar of the first token to the end of the last token.
    public var span: Span
    /// Indices into `Document.tokens`.
    public var tokens: Range<Int>

    public init(span: Span, tokens: Range<Int>) {
        self.span = span
        self.tokens = tokens
    }
}
