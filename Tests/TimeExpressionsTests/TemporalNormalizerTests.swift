import Foundation
import Testing
import TextAnalysis
@testable import TimeExpressions

/// Reference-time policy, tense from POS tags, diagnostics and rule-file errors.
@Suite struct TemporalNormalizerTests {
    static let tagger = try! TemporalTagger.load()

    func values(_ text: String, date: String,
                       policy: TemporalNormalizer.ReferencePolicy = .runningReference,
                       tokens: [Token] = []) -> (values: [String], document: Document) {
        var document = Document(id: "t", text: text, creationDate: CalendarDate(iso: date)!)
        document.tokens = tokens
        try! Self.tagger.process(&document)
        try! TemporalNormalizer(policy: policy).process(&document)
        return (document.timexes.map(\.value), document)
    }

    @Test func resolvesNarrativeExpressionsAgainstRunningReference() {
        let text = "The fire started on March 3, 2010. The next day it spread. "
            + "Two days later it was out. The next day the roads opened."
        // "[Two days] later" is a length (TBAQ), yet the narrative moves to March 6.
        #expect(values(text, date: "2025-11-21").values
                == ["2010-03-03", "2010-03-04", "P2D", "2010-03-07"])
        #expect(values(text, date: "2025-11-21", policy: .documentDate).values
                == ["2010-03-03", "2025-11-22", "P2D", "2025-11-22"])
    }

    @Test func recordsAmbiguousWeekdayAsDiagnostic() {
        let result = values("Friday.", date: "2025-11-19")
        #expect(result.values == ["2025-11-14"])
        #expect(result.document.diagnostics.contains { $0.stage == "temporal-normalizer" })
    }

    @Test func usesPartOfSpeechTagsForTense() {
        let text = "They meet on Monday"
        func token(_ start: Int, _ end: Int, _ xpos: String, _ lemma: String) -> Token {
            Token(span: Span(start: start, end: end), xpos: xpos, lemma: lemma)
        }
        let future = [token(0, 4, "PRP", "they"), token(5, 9, "VBP", "meet"),
                      token(10, 12, "IN", "on"), token(13, 19, "NNP", "monday")]
        var past = future
        past[1].xpos = "VBD"
        // 2025-11-21 is a Friday: the past tense picks the Monday before it.
        #expect(values(text, date: "2025-11-21", tokens: past).values == ["2025-11-17"])
        let willText = "They will meet on Monday"
        let modal = [token(0, 4, "PRP", "they"), token(5, 9, "MD", "will"),
                     token(10, 14, "VB", "meet"), token(15, 17, "IN", "on"),
                     token(18, 24, "NNP", "monday")]
        #expect(values(willText, date: "2025-11-21", tokens: modal).values == ["2025-11-24"])
    }

    @Test func marksKnownAndImpliedFields() throws {
        let result = values("It happened in March 2024.", date: "2025-11-21")
        let resolved = try #require(result.document.timexes.first?.resolved)
        #expect(resolved.knownFields == ["year", "month"])
        #expect(resolved.day == nil)
        #expect(resolved.granularity == .month)
    }

    @Test func reportsBadRuleFileWithFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("timex-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("rules"),
                                                withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("lexicons"),
                                                withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "entry\tvalue\napril\t4\n".write(
            to: folder.appendingPathComponent("lexicons/months.tsv"), atomically: true,
            encoding: .utf8)
        try "# comment\nid\ttype\tpattern\tfields\texample\nx\tDATE\t{monht}\tmonth=4\tapril\n"
            .write(to: folder.appendingPathComponent("rules/dates.tsv"), atomically: true,
                   encoding: .utf8)
        #expect {
            _ = try TemporalRuleSet(directory: folder)
        } throws: { error in
            "\(error)".hasPrefix("rules/dates.tsv:3:") && "\(error)".contains("{monht}")
                && "\(error)".contains("months")
        }
    }
}
