/// Sets `Token.head` and `Token.dependency` (UD relations) sentence by sentence.
///
/// Runs after the part-of-speech tagger: it reads each token's UPOS and XPOS. Heads are
/// document token indices; the root word has `head == nil` and relation `root`. The model
/// (`Models/parser.bin`) is loaded once on first use.
public struct DependencyParser: PipelineStage {
    /// Stable stage name, used to disable the stage and to tag what it adds.
    public let name = "dependency-parser"
    private let model: DependencyParserModel?

    /// A parser using the shipped model.
    public init() { model = nil }

    /// A parser using the given model.
    public init(model: DependencyParserModel) { self.model = model }

    /// Adds this stage's layer to `document`; fails only when a model or word list cannot be
    /// loaded.
    public func process(_ document: inout Document) throws(PipelineError) {
        let model: DependencyParserModel
        if let own = self.model {
            model = own
        } else {
            model = try DependencyParserModel.shipped()
        }
        var scratch = ParserScratch(relationCount: model.relations.count)
        var words: [WordShape] = []
        var tags: [Int] = []
        let ranges = document.sentences.isEmpty
            ? [0..<document.tokens.count] : document.sentences.map(\.tokens)
        for range in ranges where !range.isEmpty {
            words.removeAll(keepingCapacity: true)
            tags.removeAll(keepingCapacity: true)
            for index in range {
                let token = document.tokens[index]
                words.append(WordShape(document.scalars[token.span.start..<token.span.end]))
                tags.append(model.tags.code(model.tags.label(upos: token.upos,
                                                             xpos: token.xpos)))
            }
            words.withUnsafeBufferPointer { words in
                tags.withUnsafeBufferPointer { model.parse(words, tags: $0, scratch: &scratch) }
            }
            for (offset, head) in scratch.heads.enumerated() {
                let index = range.lowerBound + offset
                document.tokens[index].head = head == 0 ? nil : range.lowerBound + head - 1
                document.tokens[index].dependency = model.relations[scratch.relations[offset]]
            }
        }
    }
}
