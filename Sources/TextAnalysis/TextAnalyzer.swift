/// The TextAnalysis stages in their standard order, run on a document in one call.
///
/// `TextAnalyzer.standard` tokenizes, splits sentences, tags, lemmatises, parses and finds
/// names; each stage adds its layer to the document. Stages can be left out by name
/// (`disabling:`).
public struct TextAnalyzer: Sendable {
    /// The stages, in the order they run.
    public let stages: [any PipelineStage]

    public init(stages: [any PipelineStage]) { self.stages = stages }

    /// Tokenizer → sentence splitter → part-of-speech tagger → lemmatizer → dependency
    /// parser → entity recognizer.
    public static let standard = TextAnalyzer(stages: [
        Tokenizer(), SentenceSplitter(), PartOfSpeechTagger(), Lemmatizer(), DependencyParser(),
        EntityRecognizer(),
    ])

    /// The same pipeline without the stages named in `names`.
    public func disabling(_ names: Set<String>) -> TextAnalyzer {
        TextAnalyzer(stages: stages.filter { !names.contains($0.name) })
    }

    /// Runs every stage on `document`, in order.
    public func process(_ document: inout Document) throws(PipelineError) {
        for stage in stages { try stage.process(&document) }
    }
}
