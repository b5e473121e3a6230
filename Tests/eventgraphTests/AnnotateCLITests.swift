import Foundation
import Testing

/// `eventgraph annotate` on malformed TimeML and on texts without any temporal expression:
/// one clear line and exit 1 for the first, an empty result for the second, never a crash.
struct AnnotateCLITests {
    struct BadTimeML: Sendable, CustomTestStringConvertible {
        var markup: String
        var reason: String
        var testDescription: String { reason }
    }

    @Test(arguments: [
        BadTimeML(markup: "<TimeML><DOCID>x</DOCID></TimeML>", reason: "no <TEXT>"),
        BadTimeML(markup: "<TimeML><TEXT>Prices <b>rose</TEXT></TimeML>",
                  reason: "not well-formed"),
        BadTimeML(markup: "<TimeML><TEXT>Prices rose", reason: "not well-formed"),
        BadTimeML(markup: "<TimeML><DCT><TIMEX3 value=\"soon\">x</TIMEX3></DCT>"
                  + "<TEXT>Prices rose on Friday.</TEXT></TimeML>",
                  reason: "not a YYYY-MM-DD date"),
        BadTimeML(markup: "<TimeML><DCT><TIMEX3 value=\"2013-02-30\">x</TIMEX3></DCT>"
                  + "<TEXT>Prices rose on Friday.</TEXT></TimeML>",
                  reason: "not a YYYY-MM-DD date"),
        BadTimeML(markup: "<TimeML><TEXT>Prices rose on Friday.</TEXT></TimeML>",
                  reason: "--date"),
    ])
    func rejectsMalformedTimeMLWithOneLineAndWritesNothing(_ input: BadTimeML) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.tml")
        try Data(("<TimeML><DCT><TIMEX3 value=\"2013-03-22\">x</TIMEX3></DCT>"
                  + "<TEXT>Prices rose on Friday.</TEXT></TimeML>").utf8).write(to: good)
        let bad = folder.appendingPathComponent("bad.tml")
        try Data(input.markup.utf8).write(to: bad)
        let output = folder.appendingPathComponent("out")
        let result = try CLIRunner.run(["annotate", good.path, bad.path,
                                        "--output-dir", output.path])
        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.standardError)")
        #expect(result.standardError.hasPrefix("Error: ")
                && result.standardError.contains("bad.tml")
                && result.standardError.contains(input.reason), "\(result.standardError)")
        // The good file came first, yet nothing is written when any input is bad.
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test(arguments: ["", "Prices rose sharply and the minister resigned."])
    func textWithoutTemporalExpressionsGivesAnEmptyResult(_ text: String) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("story.txt")
        try Data(text.utf8).write(to: plain)
        let json = try CLIRunner.run(["annotate", plain.path, "--date", "2013-03-22",
                                      "--format", "json"])
        #expect(json.status == 0, "\(json.standardError)")
        let report = try JSONSerialization.jsonObject(with: json.standardOutput)
            as? [String: Any]
        #expect((report?["timexes"] as? [Any])?.isEmpty == true)

        let timeml = folder.appendingPathComponent("story.tml")
        try Data(("<TimeML><DCT><TIMEX3 value=\"2013-03-22\">x</TIMEX3></DCT>"
                  + "<TEXT>\(text)</TEXT></TimeML>").utf8).write(to: timeml)
        let tagged = try CLIRunner.run(["annotate", timeml.path])
        #expect(tagged.status == 0, "\(tagged.standardError)")
        #expect(tagged.text.contains("<TEXT>\(text)</TEXT>"))
    }
}
