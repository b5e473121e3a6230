/// One step of the extraction pipeline: reads the annotated document and adds its own layer.
///
/// Stages do not print, read files or look at the clock; everything they need arrives in the
/// document or in their configuration. `name` is stable: the pipeline disables stages by name
/// and every annotation records the stage that made it.
public protocol PipelineStage: Sendable {
    /// Stable, lower-case, hyphenated name (`tokenizer`, `temporal-tagger`).
    var name: String { get }
    func process(_ document: inout Document) throws(PipelineError)
}

/// A stage could not process a document at all (a missing model, a broken resource).
public struct PipelineError: Error, Sendable, CustomStringConvertible {
    public var stage: String
    public var message: String

    public init(stage: String, message: String) {
        self.stage = stage
        self.message = message
    }

    public var description: String { "\(stage): \(message)" }
}
