/// Finds names of people (PERSON), organisations (ORGANIZATION) and places (GPE_LOC) and
/// fills `document.entities`, sentence by sentence, in text order.
///
/// Runs after the part-of-speech tagger and the dependency parser (it reads UPOS, XPOS and
/// the parse; without a parse it still runs, less accurately). The model
/// (`Models/entities.bin`, trained on GUM names) is loaded once on first use. Sentences are
/// labelled in text order, each seeing what was found earlier in the document.
public struct EntityRecognizer: PipelineStage {
    /// Stable stage name, used to disable the stage and to tag what it adds.
    public let name = "entity-recognizer"
    private let model: EntityRecognizerModel?

    /// A recogniser using the shipped model.
    public init() { model = nil }

    /// A recogniser using the given model.
    public init(model: EntityRecognizerModel) { self.model = model }

    /// Adds this stage's layer to `document`; fails only when a model or word list cannot be
    /// loaded.
    public func process(_ document: inout Document) throws(PipelineError) {
        let model: EntityRecognizerModel
        if let own = self.model {
            model = own
        } else {
            model = try EntityRecognizerModel.shipped()
        }
        var features: [UInt64] = []
        var lattice = EntityLattice()
        var words: [WordShape] = []
        var tags: [Int] = []
        var labels: [Int] = []
        var syntax: [SyntaxHint] = []
        var hints: [NameHint] = []
        var codes: [UInt64] = []
        var history = NameHistory()
        var entities: [EntityMention] = []
        let ranges = document.sentences.isEmpty
            ? [0..<document.tokens.count] : document.sentences.map(\.tokens)
        let shapes = document.tokens.map {
            WordShape(document.scalars[$0.span.start..<$0.span.end])
        }
        for range in ranges where !range.isEmpty {
            words.removeAll(keepingCapacity: true)
            words.append(contentsOf: shapes[range])
            tags.removeAll(keepingCapacity: true)
            for index in range {
                let token = document.tokens[index]
                tags.append(model.tags.label(upos: token.upos, xpos: token.xpos))
            }
            syntax.removeAll(keepingCapacity: true)
            for index in range {
                let token = document.tokens[index]
                guard let head = token.head, range.contains(head) else {
                    syntax.append(SyntaxHint(relation: token.dependency, head: 0, side: 0))
                    continue
                }
                syntax.append(SyntaxHint(relation: token.dependency,
                                         head: words[head - range.lowerBound].lower,
                                         side: head > index ? 1 : 2))
            }
            words.withUnsafeBufferPointer { words in
                model.hints(words, history: history, codes: &codes, into: &hints)
                tags.withUnsafeBufferPointer { tags in
                syntax.withUnsafeBufferPointer { syntax in
                hints.withUnsafeBufferPointer { hints in
                    model.label(words, tags: tags, syntax: syntax, hints: hints, into: &labels,
                                features: &features, lattice: &lattice)
                }}}
                history.record(words, labels: labels)
            }
            for mention in EntityRecognizerModel.mentions(labels) {
                let first = range.lowerBound + mention.range.lowerBound
                let last = range.lowerBound + mention.range.upperBound - 1
                entities.append(EntityMention(
                    span: Span(start: document.tokens[first].span.start,
                               end: document.tokens[last].span.end),
                    entityClass: mention.entityClass, tokens: first..<last + 1))
            }
        }
        document.entities = entities
    }
}
