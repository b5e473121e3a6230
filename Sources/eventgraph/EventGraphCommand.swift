import ArgumentParser

@main
struct EventGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eventgraph",
        abstract: "Turn news text into dated events, timelines and actor-relationship graphs.",
        subcommands: [EvalNLPCommand.self, TrainCommand.self, AnalyzeCommand.self]
    )
}
