import ArgumentParser
import TextAnalysis
import EventExtraction
import EventGraph
import Foundation

/// `eventgraph eval events DIR`: actors, events, dates and timeline order against gold.
struct EvalEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Score extracted actors, events, dates and timeline order against gold files.",
        discussion: """
            DIR holds articles/NN-slug.txt (+ .meta.json) and gold/NN-slug.json as \
            shared/examples/gold-schema.md describes, or NAME.txt beside NAME.gold.json \
            (the Examples/ layout). Each article is dated by its gold "dct".
            """
    )

    @Argument(help: "Folder of articles and gold annotations.")
    var folder: String

    @Flag(name: .long, help: "Print the figures as JSON.")
    var json = false

    @Flag(name: .long, help: "List every miss (events, actors, wrong attributes) first.")
    var details = false

    func run() throws {
        let pairs = try Self.articles(in: folder)
        guard !pairs.isEmpty else { throw EvaluationError.noArticles(path: folder) }
        let reader = try ArticleReader()
        let extractor = try Extractor.standard()
        var evaluation = EventEvaluation(recordsDetails: details)
        for (article, goldURL) in pairs {
            let gold = try GoldAnnotation.load(goldURL)
            guard let date = CalendarDate(iso: gold.dct) else {
                throw EvaluationError.badGold(path: goldURL.path, reason: "dct is not a date")
            }
            let document = try reader.read(path: article.path, explicitDate: date,
                                           fallbackDate: date)
            let graph = EventGraph(extractions: [try extractor.extract(document)])
            evaluation.add(predicted: graph, gold: gold)
            if details {
                print("== \(article.lastPathComponent)")
                evaluation.details.forEach { print($0) }
                evaluation.details.removeAll()
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(evaluation.figures), as: UTF8.self))
        } else {
            print(evaluation)
        }
    }

    /// Article and gold file pairs, in name order.
    static func articles(in folder: String) throws -> [(URL, URL)] {
        let root = URL(fileURLWithPath: folder)
        let manager = FileManager.default
        let articles = root.appendingPathComponent("articles")
        let articleFolder = manager.fileExists(atPath: articles.path) ? articles : root
        let files = try manager.contentsOfDirectory(atPath: articleFolder.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        return files.compactMap { file in
            let name = String(file.dropLast(4))
            let candidates = [root.appendingPathComponent("gold/\(name).json"),
                              root.appendingPathComponent("\(name).gold.json")]
            guard let gold = candidates.first(where: { manager.fileExists(atPath: $0.path) })
            else { return nil }
            return (articleFolder.appendingPathComponent(file), gold)
        }
    }
}
