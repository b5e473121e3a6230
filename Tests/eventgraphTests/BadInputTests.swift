import Foundation
import Testing

/// Bad input gets one clear line on stderr and a non-zero exit, never a crash.
struct BadInputTests {
    /// Any example article: the options, not the text, are under test.
    static let article = "Examples/\(ExampleArticleTests.examples.first ?? "missing").txt"

    enum Input: String, CaseIterable, CustomTestStringConvertible {
        case missingFile, directory, emptyFile, whitespaceFile, binaryFile, invalidUTF8
        var testDescription: String { rawValue }
    }

    /// Writes the bad input into `folder` and returns the path to pass.
    private func make(_ input: Input, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("article.txt")
        switch input {
        case .missingFile: return folder.appendingPathComponent("nothing-here.txt").path
        case .directory: return folder.path
        case .emptyFile: try Data().write(to: path)
        case .whitespaceFile: try Data(" \n\t\n".utf8).write(to: path)
        case .binaryFile: try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]).write(to: path)
        case .invalidUTF8: try Data("Le pr\u{e9}sident a dit".utf8.map { $0 } + [0xE9, 0x20])
            .write(to: path)
        }
        return path.path
    }

    @Test(arguments: Input.allCases, ["timeline", "graph", "extract"])
    func rejectsBadInputWithOneLine(input: Input, command: String) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run([command, try make(input, in: folder), "--format",
                                        command == "graph" ? "dot" : "json"])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.standardError)")
        #expect(lines.first?.hasPrefix("Error: ") == true)
        if input == .invalidUTF8 {
            // "Le président a dit" is 19 bytes; the stray 0xE9 comes next.
            #expect(result.standardError.contains("offset 19"))
        }
    }

    @Test(arguments: [
        (["timeline", Self.article, "--format", "yaml"], "yaml"),
        (["graph", Self.article, "--format", "gif"], "gif"),
        (["graph", Self.article, "--layout", "spring"], "spring"),
        (["timeline", Self.article, "--date", "21/11/2025"], "21/11/2025"),
        (["timeline", Self.article, "--date", "2025-02-30"], "2025-02-30"),
        (["timeline"], "files"),
    ])
    func rejectsBadOptionsAsUsageErrors(arguments: [String], mentioned: String) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains(mentioned))
    }

    @Test func outputInMissingFolderFailsBeforeAnyWork() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("no-such-folder/graph.svg").path
        let result = try CLIRunner.run(["graph", Self.article, "-o", target])
        #expect(result.status == 64)
        #expect(result.standardError.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func failedRunLeavesExistingOutputUntouched() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("timeline.txt")
        try Data("previous result\n".utf8).write(to: target)
        let result = try CLIRunner.run(["timeline", folder.appendingPathComponent("none.txt").path,
                                        "-o", target.path])
        #expect(result.status == 1)
        #expect(try String(contentsOf: target, encoding: .utf8) == "previous result\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["timeline.txt"])
    }

    @Test func replacesAnExistingOutputOnSuccess() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("timeline.json")
        try Data("old\n".utf8).write(to: target)
        let result = try CLIRunner.run(["timeline", Self.article, "--format", "json",
                                        "-o", target.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("["))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path)
                == ["timeline.json"])
    }

    @Test func writesOutputFileAtomically() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("graph.dot")
        let result = try CLIRunner.run(["graph", Self.article, "--format", "dot",
                                        "-o", target.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("digraph"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.dot"])
    }
}
