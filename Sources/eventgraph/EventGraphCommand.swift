import ArgumentParser

/// The `eventgraph` command: argument parsing and printing only; the work is in the library.
@main
struct EventGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eventgraph",
        abstract: "Turn news text into dated events, timelines and actor-relationship graphs.",
        discussion: """
            Each FILE is a UTF-8 news article (or - for standard input). Its document date \
            comes from --date, else a .meta.json beside it ({"dct": "YYYY-MM-DD"}), else a \
            dateline at the top of the text, else today; outputs say which (dctSource).
            """,
        subcommands: [
            TimelineCommand.self, GraphCommand.self, ExtractCommand.self, AddCommand.self,
            ExplainCommand.self, ChangesCommand.self, AnnotateCommand.self,
            AnalyzeCommand.self, ReportCommand.self, BenchmarkGraphCommand.self,
            EvalCommand.self, TrainCommand.self, BenchmarkTimexCommand.self,
            BenchmarkExtractCommand.self, BenchmarkStoreCommand.self,
        ]
    )
}
