import EventExtraction
import Foundation
import Testing
import TextAnalysis

/// Corpus input: folders, JSONL records, dates from records, metadata and datelines, and
/// bad records named by file and line.
struct CorpusReaderTests {
    static let fallback = CalendarDate(iso: "2026-01-15")!

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("eventgraph-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func read(_ inputs: [String], date: CalendarDate? = nil,
              stdin: Data? = nil) throws -> [CorpusArticle] {
        let corpus = try CorpusReader(inputs: inputs, reader: ArticleReader(),
                                      explicitDate: date, fallbackDate: Self.fallback,
                                      standardInput: stdin)
        var iterator = corpus.makeIterator()
        var articles: [CorpusArticle] = []
        while let article = try iterator.next() { articles.append(article) }
        return articles
    }

    @Test func readsJSONLRecordsInOrder() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("wire.jsonl")
        try Data("""
            {"id": "a1", "date": "2025-11-21T08:30:00Z", "title": "Strikes", "url": "https://example.org/a1", "text": "The ministry said on Friday that talks would resume."}

            {"id": 42, "date": "2025-11-20", "text": "Police arrested two men on Thursday."}
            {"date": "2025-11-19", "text": "The court adjourned the trial."}
            {"id": "a1", "text": "Officials said the bridge reopened."}
            """.utf8).write(to: path)
        let articles = try read([path.path])
        #expect(articles.map(\.document.id) == ["a1", "42", "wire-4", "a1-2"])
        #expect(articles.map(\.origin) == ["\(path.path):1", "\(path.path):3",
                                           "\(path.path):4", "\(path.path):5"])
        #expect(articles.map(\.document.creationDate.description)
                == ["2025-11-21", "2025-11-20", "2025-11-19", "2026-01-15"])
        #expect(articles.map(\.document.creationDateSource)
                == [.metadata, .metadata, .metadata, .today])
        #expect(articles[0].url == "https://example.org/a1")
        #expect(articles[0].document.title == "Strikes")
    }

    @Test(arguments: [
        ("{\"id\": \"x\", \"text\": \"ok\"}\n{\"id\": \"y\", \"text\": ", ":2: is not valid JSON"),
        ("{\"id\": \"x\"}", ":1: has no \"text\""),
        ("{\"id\": \"x\", \"text\": \"  \"}", ":1: has an empty \"text\""),
        ("{\"id\": \"x\", \"date\": \"21 Nov 2025\", \"text\": \"ok\"}",
         ":1 \"date\": '21 Nov 2025' is not a date"),
        ("{\"id\": \"x\", \"text\": [\"ok\"]}", ":1: field 'text' has the wrong type"),
        ("[1, 2]", ":1: a record must be a JSON object"),
    ])
    func badRecordsNameTheirLine(content: String, message: String) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("bad.jsonl")
        try Data(content.utf8).write(to: path)
        do {
            _ = try read([path.path])
            Issue.record("no error for \(content)")
        } catch {
            #expect("\(error)".hasPrefix(path.path + message), "\(error)")
        }
    }

    @Test func foldersAreSearchedRecursivelyInPathOrder() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sub = dir.appendingPathComponent("b-later")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Data("Police said on Monday that the road was closed.".utf8)
            .write(to: dir.appendingPathComponent("z-story.txt"))
        try Data("The minister resigned on Tuesday.".utf8)
            .write(to: sub.appendingPathComponent("story.txt"))
        try Data(#"{"dct": "2024-02-06", "title": "Resignation"}"#.utf8)
            .write(to: sub.appendingPathComponent("story.meta.json"))
        try Data("{\"id\": \"r1\", \"text\": \"Flooding hit the coast.\"}\n".utf8)
            .write(to: dir.appendingPathComponent("a-wire.jsonl"))
        try Data("not an article".utf8).write(to: dir.appendingPathComponent("notes.md"))
        try Data("hidden".utf8).write(to: dir.appendingPathComponent(".draft.txt"))
        let articles = try read([dir.path])
        #expect(articles.map(\.document.id) == ["r1", "story", "z-story"])
        #expect(articles[1].document.creationDate.description == "2024-02-06")
        #expect(articles[1].document.title == "Resignation")
    }

    @Test func aFolderWithoutArticlesIsAnError() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: InputError.noArticles(path: dir.path)) { try read([dir.path]) }
    }

    @Test func standardInputStartingWithABraceIsAJSONLCorpus() throws {
        let input = Data("""
            {"id": "s1", "date": "2025-06-02", "text": "Rescuers searched for survivors."}
            {"id": "s2", "date": "2025-06-03", "text": "The death toll rose to 12."}
            """.utf8)
        let articles = try read(["-"], stdin: input)
        #expect(articles.map(\.document.id) == ["s1", "s2"])
        #expect(articles.map(\.origin) == ["<stdin>:1", "<stdin>:2"])
    }

    /// Datelines give the date when nothing else does, and are compared with the record's
    /// date when there is one; a dateline without a year takes the reference's year.
    @Test(arguments: [
        ("MOSCOW, Nov 21 (Reuters) - The Kremlin said on Friday it was ready for talks.",
         "2025-11-21", "2025-11-21", DateSource.metadata, 0),
        ("MOSCOW, Nov 21 (Reuters) - The Kremlin said on Friday it was ready for talks.",
         "2025-11-20", "2025-11-20", .metadata, 1),
        ("MOSCOW, Nov 21 (Reuters) - The Kremlin said on Friday it was ready for talks.",
         nil, "2025-11-21", .dateline, 0),
        ("BEIJING, September 3. /TASS/. Chinese leader Xi Jinping reviewed a military parade.",
         nil, "2025-09-03", .dateline, 0),
        ("Officials said on Tuesday that the dam had held.", nil, "2025-12-01", .today, 0),
    ] as [(String, String?, String, DateSource, Int)])
    func datesComeFromRecordsAndDatelines(text: String, recordDate: String?, expected: String,
                                          source: DateSource, conflicts: Int) throws {
        var record: [String: String] = ["id": "t", "text": text]
        if let recordDate { record["date"] = recordDate }
        let line = try JSONSerialization.data(withJSONObject: record)
        let corpus = try CorpusReader(inputs: ["-"], reader: ArticleReader(), explicitDate: nil,
                                      fallbackDate: CalendarDate(iso: "2025-12-01")!,
                                      standardInput: line)
        var iterator = corpus.makeIterator()
        let article = try #require(try iterator.next())
        #expect(article.document.creationDate.description == expected)
        #expect(article.document.creationDateSource == source)
        #expect(article.dateConflicts.count == conflicts, "\(article.dateConflicts)")
    }
}
