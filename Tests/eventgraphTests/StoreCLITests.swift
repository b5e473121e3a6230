import EventGraph
import EventStore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `eventgraph add`, and the views reading `--db`, as a user runs them.
struct StoreCLITests {
    /// The articles every store test adds: the examples and the two wire reports.
    static let sameStory = "Tests/EventStoreTests/Corpus/same-story"

    /// A JSONL corpus of `count` distinct articles made from the example article and the
    /// wire reports: each record rotates their paragraphs differently.
    static func corpus(count: Int) throws -> Data {
        let root = CLIRunner.packageRoot
        let texts = try ["Examples/kursk-demining.txt", sameStory + "/wire-a.txt",
                         sameStory + "/wire-b.txt"].map {
            try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)
        }
        let paragraphs = texts.flatMap {
            $0.components(separatedBy: "\n").filter { !$0.trimmingCharacters(in: .whitespaces)
                .isEmpty }
        }
        var lines: [String] = []
        for index in 0..<count {
            // Shifted by one each time the starts come round again, so the records stay
            // distinct whatever the number of paragraphs.
            let start = (index * 7 + index / paragraphs.count) % paragraphs.count
            let picked = (0..<(4 + index % 5)).map { paragraphs[(start + $0 * 3) % paragraphs.count] }
            let record: [String: String] = [
                "id": "story-\(index + 1)", "date": "2025-11-\(10 + index % 12)",
                "text": picked.joined(separator: "\n\n"),
            ]
            let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    @Test func viewsOfTheStoreEqualViewsOfTheFiles() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("story.sqlite").path
        let files = ["Examples/kursk-demining.txt", Self.sameStory + "/wire-a.txt",
                     Self.sameStory + "/wire-b.txt"]
        let added = try CLIRunner.run(["add", "--db", db] + files)
        #expect(added.status == 0, "\(added.standardError)")
        #expect(added.standardError.hasPrefix("added 3 of 3 articles"), "\(added.standardError)")
        for options in [[], ["--actor", "Russia"], ["--min-sources", "2"],
                        ["--type", "FIGHT_ATTACK", "--since", "2025-03"],
                        ["--certainty", "reported"]] {
            let stored = try CLIRunner.run(["timeline", "--db", db] + options)
            let read = try CLIRunner.run(["timeline"] + files + options)
            #expect(stored.status == 0, "\(stored.standardError)")
            #expect(!stored.text.isEmpty, "\(options)")
            #expect(stored.text == read.text, "\(options)")
        }
        // The whole extraction, byte for byte: documents, actors with every mention,
        // events with every report, relations.
        let storedJSON = try CLIRunner.run(["extract", "--db", db])
        let readJSON = try CLIRunner.run(["extract"] + files)
        #expect(storedJSON.status == 0, "\(storedJSON.standardError)")
        #expect(storedJSON.standardOutput == readJSON.standardOutput)

        // The two wire reports of the strikes: one line, two sources; the drones shot down
        // (58 says Reuters, 60 AP): one line with both figures.
        let merged = try CLIRunner.run(["timeline", "--db", db, "--min-sources", "2"])
        let mergedLines = merged.text.split(separator: "\n")
        let attacks = mergedLines.filter {
            $0.contains("FIGHT_ATTACK  Russia attacked Ukraine")
        }
        #expect(attacks.count == 1, "\(merged.text)")
        #expect(attacks.first?.hasSuffix("[2 articles]") == true)
        let shot = mergedLines.filter { $0.contains("shot down") }
        #expect(shot.count == 1, "\(merged.text)")
        #expect(shot.first?.hasSuffix(
            "[2 articles] [figures differ, drone: 58 (wire-a) / 60 (wire-b)]") == true,
                "\(merged.text)")

        let explained = try CLIRunner.run(["explain", "wire-b#e1", "--db", db])
        #expect(explained.status == 0, "\(explained.standardError)")
        #expect(explained.text.contains("merged: same type FIGHT_ATTACK; shared agent russia"))

        let changes = try CLIRunner.run(["changes", "--db", db, "--since-run"])
        #expect(changes.text.contains("3 article(s) added"))
        #expect(changes.text.contains("\nmerged       wire-b#e1"))
        let again = try CLIRunner.run(["add", "--db", db] + files)
        #expect(again.standardError.hasPrefix("added 0 of 3 articles"), "\(again.standardError)")
        let none = try CLIRunner.run(["changes", "--db", db, "--since-run"])
        #expect(none.text.hasPrefix("run 2 "))
        #expect(none.text.contains("0 new event(s), 0 merged duplicate(s), 0 date change(s)"))
    }

    @Test(arguments: [
        (["add", "--db", "@DB@", "@CORPUS@"], "corpus.jsonl:3: has no \"text\""),
        (["add", "--db", "@DB@", "Examples/missing.txt"], "Examples/missing.txt: no such file"),
        (["timeline", "--db", "@FOLDER@/none.sqlite"], "no such database"),
        (["timeline", "--db", "@CORPUS@"], "is not an EventGraph database"),
        (["explain", "nothing#e1", "--db", "@DB@"], "'nothing#e1' is no stored event"),
        (["timeline", "--db", "@DB@", "--actor", "Atlantis"], "--actor 'Atlantis' is no stored"),
        (["timeline", "--db", "@DB@", "Examples/kursk-demining.txt"], "not both"),
    ])
    func badInputGetsOneLineAndWritesNothing(arguments: [String], message: String) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("story.sqlite").path
        let corpus = folder.appendingPathComponent("corpus.jsonl")
        try Data("""
            {"id": "a", "date": "2025-03-14", "text": "Police arrested two men on Friday."}
            {"id": "b", "date": "2025-03-14", "text": "The court adjourned the trial."}
            {"id": "c", "date": "2025-03-14"}
            """.utf8).write(to: corpus)
        if arguments[0] != "add" {
            let setUp = try CLIRunner.run(["add", "--db", db, Self.sameStory])
            #expect(setUp.status == 0, "\(setUp.standardError)")
        }
        let resolved = arguments.map {
            $0.replacingOccurrences(of: "@FOLDER@", with: folder.path)
                .replacingOccurrences(of: "@CORPUS@", with: corpus.path)
                .replacingOccurrences(of: "@DB@", with: db)
        }
        let result = try CLIRunner.run(resolved)
        #expect(result.status != 0)
        #expect(result.standardOutput.isEmpty)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1, "\(result.standardError)")
        #expect(result.standardError.contains(message), "\(result.standardError)")
        if arguments[0] == "add" {
            // Checked before anything is written: no database appears.
            #expect(!FileManager.default.fileExists(atPath: db))
        }
    }

    /// SIGKILL half-way through `add`, then the same command again, ends with the same
    /// database as one uninterrupted run.
    @Test func killedAddCompletedByARerunEqualsAnUninterruptedRun() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus.jsonl")
        let total = 40
        try Self.corpus(count: total).write(to: corpus)
        let whole = folder.appendingPathComponent("whole.sqlite").path
        let cut = folder.appendingPathComponent("cut.sqlite").path
        let options = ["--batch", "2", "--jobs", "2"]

        let uninterrupted = try CLIRunner.run(["add", "--db", whole, corpus.path] + options)
        #expect(uninterrupted.status == 0, "\(uninterrupted.standardError)")

        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["add", "--db", cut, corpus.path] + options
        process.currentDirectoryURL = CLIRunner.packageRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var storedAtKill = 0
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline {
            if FileManager.default.fileExists(atPath: cut),
               let store = try? EventStore(path: cut, create: false, readOnly: true),
               let counts = try? store.counts(), counts.documents >= 4 {
                kill(process.processIdentifier, SIGKILL)
                storedAtKill = counts.documents
                break
            }
            usleep(20_000)
        }
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "add finished before the kill")
        let afterKill = try EventStore(path: cut, create: false, readOnly: true).counts()
        #expect(afterKill.documents < total)
        #expect(afterKill.documents >= storedAtKill)
        // Whole batches only: a batch is one transaction.
        #expect(afterKill.documents % 2 == 0)

        let rerun = try CLIRunner.run(["add", "--db", cut, corpus.path] + options)
        #expect(rerun.status == 0, "\(rerun.standardError)")
        #expect(rerun.standardError.contains("(\(afterKill.documents) already stored)"),
                "\(rerun.standardError)")
        let expected = try EventStore(path: whole, create: false, readOnly: true)
            .canonicalDump()
        let actual = try EventStore(path: cut, create: false, readOnly: true).canonicalDump()
        #expect(actual == expected)
        #expect(expected.contains("story-\(total)"))
    }
}
