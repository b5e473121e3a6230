/// Sets `Token.upos` and `Token.xpos` with the averaged-perceptron model, sentence by sentence.
///
/// Runs after the tokenizer and sentence splitter (without sentences the whole document is
/// tagged as one). The model (`Models/pos-tagger.bin`) is loaded once on first use.
public struct PartOfSpeechTagger: PipelineStage {
    /// Stable stage name, used to disable the stage and to tag what it adds.
    public let name = "pos-tagger"
    private let model: POSTaggerModel?

    /// A tagger using the shipped model.
    public init() { model = nil }

    /// A tagger using the given model.
    public init(model: POSTaggerModel) { self.model = model }

    /// Adds this stage's layer to `document`; fails only when a model or word list cannot be
    /// loaded.
    public func process(_ document: inout Document) throws(PipelineError) {
        let model: POSTaggerModel
        if let own = self.model { model = own } else { model = try POSTaggerModel.shipped() }
        var scratch = TaggerScratch(labelCount: model.labelCount)
        let ranges = document.sentences.isEmpty
            ? [0..<document.tokens.count] : document.sentences.map(\.tokens)
        for range in ranges {
            scratch.words.removeAll(keepingCapacity: true)
            for index in range {
                let span = document.tokens[index].span
                scratch.words.append(WordShape(document.scalars[span.start..<span.end]))
            }
            var labels = scratch.labels
            let words = scratch.words
            words.withUnsafeBufferPointer { model.tag($0, into: &labels, scratch: &scratch) }
            for (offset, label) in labels.enumerated() {
                document.tokens[range.lowerBound + offset].upos = model.upos[label]
                document.tokens[range.lowerBound + offset].xpos = model.xpos[label]
            }
            scratch.labels = labels
        }
    }
}
