import ArgumentParser

/// `eventgraph eval …`: every evaluation, gathered from the commands that own them.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the extractor, the temporal tagger and the NLP models on annotated data.",
        subcommands: [EvalEventsCommand.self, EvalTimexCommand.self]
            + EvalNLPCommand.configuration.subcommands
    )
}
