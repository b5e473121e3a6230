import Foundation
import Testing
@testable import TimeExpressions

/// A bad rule line stops loading with `rules/FILE.tsv:LINE:` and says what is wrong.
@Suite struct RuleFileErrorTests {
    struct BadRule: Sendable, CustomTestStringConvertible {
        var line: String
        var message: String
        var testDescription: String { line }
    }

    static let cases: [BadRule] = [
        BadRule(line: "x\tDATE\t{monht}\tmonth=4\tapril", message: "unknown lexicon {monht}"),
        BadRule(line: "x\tDATE\t(april\tmonth=4\tapril", message: "missing ')'"),
        BadRule(line: "x\tDATE\tApril\tmonth=4\tapril", message: "must be lower-case"),
        BadRule(line: "x\tDATE\tapril?\tmonth=4\tapril", message: "can match no text"),
        BadRule(line: "x\tDATE\tapril\tmonth=$m\tapril", message: "unknown capture $m"),
        BadRule(line: "x\tDATE\tapril\tmonht=4\tapril", message: "is not key=value"),
        BadRule(line: "x\tDATE\tapril\tmonth=13\tapril", message: "not a valid month"),
        BadRule(line: "x\tWHEN\tapril\tmonth=4\tapril", message: "is not DATE, TIME"),
        BadRule(line: "x\tDATE\tapril\tmonth=4\t", message: "has no example"),
        BadRule(line: "x\tDATE\t<int:x>\tyear=1\t1", message: "unknown token class"),
        BadRule(line: "x\tDATE\tapril [^ ]\tmonth=4\tapril", message: "context"),
        BadRule(line: "x\tNONE\t<proper> april\t-\tMay April", message: "not <proper>"),
    ]

    @Test(arguments: cases)
    func reportsFileLineAndReason(_ bad: BadRule) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("timex-bad-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for sub in ["rules", "lexicons"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub),
                                                    withIntermediateDirectories: true)
        }
        try "entry\tvalue\napril\t4\n".write(
            to: folder.appendingPathComponent("lexicons/months.tsv"), atomically: true,
            encoding: .utf8)
        try ("id\ttype\tpattern\tfields\texample\n" + bad.line + "\n").write(
            to: folder.appendingPathComponent("rules/dates.tsv"), atomically: true,
            encoding: .utf8)
        #expect {
            _ = try TemporalRuleSet(directory: folder)
        } throws: { error in
            "\(error)".hasPrefix("rules/dates.tsv:2:") && "\(error)".contains(bad.message)
        }
    }
}
