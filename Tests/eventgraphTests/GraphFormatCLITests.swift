import Foundation
import Testing

/// The built CLI's diagram and timeline formats and slicing options, on a short story read
/// from standard input (not one of `Examples/`).
@Suite("graph and timeline formats")
struct GraphFormatCLITests {
    static let story = Data("""
        TALLINN, March 5, 2024 (BNS) - Estonia accused Latvia on Monday of blocking grain \
        shipments at the port of Riga. Latvia sent 200 tonnes of grain to Estonia in February \
        2024, according to the Baltic News agency. Latvia praised Estonia for its patience.

        """.utf8)

    static func run(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments + ["-"], input: story)
    }

    @Test("Every graph format", arguments: [
        ("dot", "digraph "), ("svg", "<?xml"), ("png", "\u{89}PNG"), ("pdf", "%PDF-"),
        ("json", "{"), ("graphml", "<?xml"), ("gexf", "<?xml"), ("mermaid", "flowchart LR"),
    ])
    func graphFormat(format: String, prefix: String) throws {
        let result = try Self.run(["graph", "--format", format])
        #expect(result.status == 0, "\(result.standardError)")
        let head = String(decoding: result.standardOutput.prefix(prefix.utf8.count),
                          as: UTF8.self)
        if format == "png" {
            #expect(result.standardOutput.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        } else {
            #expect(head == prefix)
        }
        if ["dot", "json", "graphml", "gexf"].contains(format) {
            #expect(try Self.run(["graph", "--format", format]).standardOutput
                    == result.standardOutput, "byte-identical on a second run")
        }
    }

    @Test("Every timeline format", arguments: ["text", "markdown", "csv", "json",
                                                "timelinejs", "mermaid"])
    func timelineFormat(format: String) throws {
        let result = try Self.run(["timeline", "--format", format])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.text.contains("200 tonnes"))
    }

    @Test func eventViewAndSlices() throws {
        let events = try Self.run(["graph", "--view", "events", "--format", "dot"])
        #expect(events.text.contains("cluster_"))
        let since = try Self.run(["timeline", "--since", "2024-03"])
        #expect(!since.text.contains("200 tonnes") && since.text.contains("praised"))
        let actor = try Self.run(["timeline", "--actor", "Latvia", "--until", "2024-02-29"])
        #expect(actor.text.split(separator: "\n").count == 1)
        let bad = try Self.run(["graph", "--view", "events", "--format", "gexf"])
        #expect(bad.status == 64)
        let notADate = try Self.run(["timeline", "--since", "yesterday"])
        #expect(notADate.status == 64 && notADate.standardError.contains("YYYY-MM-DD"))
    }

    @Test func largeGraphsAreCutAndSaySo() throws {
        let result = try Self.run(["graph", "--format", "dot", "--max-actors", "1"])
        #expect(result.status == 0)
        #expect(result.standardError.contains("kept the 1 most connected actors"))
    }

    @Test func layoutPastTheDeadlineStopsWithAdviceAndWritesNothing() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("story.svg").path
        let result = try Self.run(["graph", "--timeout", "0.0001", "-o", output])
        #expect(result.status == 1)
        #expect(result.standardError.contains("--max-actors"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func reportIsOneOfflinePage() throws {
        let result = try Self.run(["report"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.text.hasPrefix("<!DOCTYPE html>"))
        #expect(result.text.contains("<svg"))
        #expect(result.text.contains("200 tonnes"))
        #expect(!result.text.contains("src="))
    }
}
