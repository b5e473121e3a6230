import EventGraph
import Foundation
import Testing

/// Where the document date comes from: --date, a .meta.json, a dateline, or today.
struct DocumentDateTests {
    @Test(arguments: [
        ("BERLIN, March 3, 2024 (Reuters) - The chancellor said on Friday that talks would "
         + "resume.", [], "2024-03-03", "dateline"),
        ("BERLIN, March 3, 2024 (Reuters) - The chancellor said on Friday that talks would "
         + "resume.", ["--date", "2024-03-05"], "2024-03-05", "option"),
        ("The ministry said on Friday that talks would resume.", ["--date", "2019-06-14"],
         "2019-06-14", "option"),
    ])
    func readsTheDocumentDateFromStandardInput(text: String, options: [String],
                                               dct: String, source: String) throws {
        let result = try CLIRunner.run(["extract", "-"] + options, input: Data(text.utf8))
        #expect(result.status == 0, "\(result.standardError)")
        let graph = try JSONDecoder().decode(EventGraph.self, from: result.standardOutput)
        #expect(graph.documents.first?.dct == dct)
        #expect(graph.documents.first?.dctSource == source)
    }

    @Test func relativeDateInFirstSentenceIsNoDateline() throws {
        let result = try CLIRunner.run(
            ["extract", "-"], input: Data("The ministry said on Friday that talks would resume.".utf8))
        let graph = try JSONDecoder().decode(EventGraph.self, from: result.standardOutput)
        #expect(graph.documents.first?.dctSource == "today")
        #expect(result.standardError.contains("no document date found"))
    }

    @Test func metadataBesideTheFileGivesTheDate() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("story.txt")
        try Data("The court said on Monday that the trial would open in May.".utf8)
            .write(to: article)
        try Data(#"{"dct": "2023-01-11"}"#.utf8)
            .write(to: folder.appendingPathComponent("story.meta.json"))
        let result = try CLIRunner.run(["extract", article.path])
        let graph = try JSONDecoder().decode(EventGraph.self, from: result.standardOutput)
        #expect(graph.documents.first?.dct == "2023-01-11")
        #expect(graph.documents.first?.dctSource == "metadata")
        #expect(graph.timexes.map(\.value).contains("2023-01-09"))
    }

    @Test func brokenMetadataIsAnError() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("story.txt")
        try Data("The court said on Monday that the trial would open.".utf8).write(to: article)
        try Data(#"{"dct": "11 January"}"#.utf8)
            .write(to: folder.appendingPathComponent("story.meta.json"))
        let result = try CLIRunner.run(["extract", article.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("11 January"))
    }
}
