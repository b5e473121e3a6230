import Foundation
import Testing
import TextAnalysis
@testable import TimeExpressions

/// Every rule's inline examples must be matched in full, by the rule alone and by the whole
/// tagger (so no other rule shadows it).
@Suite struct RuleExampleTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var rule: Int
        var id: String
        /// The whole example; a part in `[ ]` is the extent, the rest is context.
        var text: String
        var testDescription: String { "\(id): \(text)" }
    }

    static let rules = try! TemporalRuleSet.english.get()

    static var examples: [Example] {
        rules.rules.enumerated().flatMap { index, rule in
            rule.examples.map { Example(rule: index, id: rule.id, text: $0) }
        }
    }

    /// The example without brackets, and the extent it expects.
    static func split(_ example: String) -> (text: String, extent: String) {
        guard let open = example.firstIndex(of: "["), let close = example.firstIndex(of: "]")
        else { return (example, example) }
        let extent = String(example[example.index(after: open)..<close])
        return (example.replacingOccurrences(of: "[", with: "")
            .replacingOccurrences(of: "]", with: ""), extent)
    }

    @Test(arguments: examples)
    func ruleMatchesItsExample(_ example: Example) {
        let (text, extent) = Self.split(example.text)
        let scalars = Array(text.unicodeScalars)
        let tokens = TextScanner.scan(scalars)
        let matches = Self.rules.matches(in: tokens, only: example.rule)
        let found = matches.map {
            let range = tokens[$0.start].start..<tokens[$0.end - 1].end
            return String(String.UnicodeScalarView(scalars[range]))
        }
        #expect(found == [extent])
        if let match = matches.first {
            #expect(Self.rules.parse(of: match, tokens: tokens) != nil, "fields did not apply")
        }
    }

    @Test(arguments: examples)
    func taggerFindsExampleWhole(_ example: Example) {
        let (text, extent) = Self.split(example.text)
        var document = Document(id: "example", text: text,
                                creationDate: CalendarDate(year: 2025, month: 11, day: 21)!)
        let tagger = TemporalTagger(rules: Self.rules)
        try! tagger.process(&document)
        let spans = document.timexes.map { document.text(of: $0.span) }
        // A blocking rule's example is text that must yield no mention at all.
        if Self.rules.rules[example.rule].blocks {
            #expect(spans.isEmpty)
            return
        }
        // The context before the extent may hold a date of its own ("from [March 25] to 27");
        // the example then yields that date's mentions too, and the extent whole after them.
        let before = String(example.text.prefix { $0 != "[" })
        var context = Document(id: "context", text: before == example.text ? "" : before,
                               creationDate: document.creationDate)
        try! tagger.process(&context)
        let expected = context.timexes.map { context.text(of: $0.span) } + [extent]
        #expect(spans == expected)
    }

    @Test func everyRuleHasAnExample() {
        #expect(Self.rules.rules.allSatisfy { !$0.examples.isEmpty })
        #expect(Self.rules.rules.count > 50)
    }
}
