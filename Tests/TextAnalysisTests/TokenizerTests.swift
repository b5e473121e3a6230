import Testing
import TextAnalysis

/// Real news phrasing and the tokens UD English (with whole hyphenated words) expects.
struct TokenizerTests {
    static let examples: [(String, String)] = [
        ("Mr. Smith went to Washington.", "Mr.|Smith|went|to|Washington|."),
        ("The U.S. Army said on Jan. 5 it had left.",
         "The|U.S.|Army|said|on|Jan.|5|it|had|left|."),
        ("Gen. Lee didn't say.", "Gen.|Lee|did|n't|say|."),
        ("“We won’t stop,” she said.", "“|We|wo|n’t|stop|,|”|she|said|."),
        ("\"It's over,\" the minister's aide said.",
         "\"|It|'s|over|,|\"|the|minister|'s|aide|said|."),
        ("the campaign—figures show—is over", "the|campaign|—|figures|show|—|is|over"),
        ("pages 10–12", "pages|10|–|12"),
        ("About 14,000 people, or 60%, earn 3.5 times more at 10:30 a.m.",
         "About|14,000|people|,|or|60|%|,|earn|3.5|times|more|at|10:30|a.m."),
        ("a cross-border, anti-tank, months-long war",
         "a|cross-border|,|anti-tank|,|months-long|war"),
        ("See https://example.com/a?b=1, or mail press@un.org.",
         "See|https://example.com/a?b=1|,|or|mail|press@un.org|."),
        ("It cost $5 (about £4).", "It|cost|$|5|(|about|£|4|)|."),
        ("I can't, they're gonna win.", "I|ca|n't|,|they|'re|gon|na|win|."),
        ("No. 10 Downing St. said no.", "No.|10|Downing|St.|said|no|."),
        ("‘Yes’ and/or ‘no’", "‘|Yes|’|and|/|or|‘|no|’"),
        ("Wait... what?!", "Wait|...|what|?|!"),
        ("Stop!!! Really?? :-)", "Stop|!!!|Really|??|:-)"),
    ]

    @Test(arguments: examples)
    func splitsNewsTextIntoUDTokens(text: String, expected: String) throws {
        var document = makeDocument(text)
        try Tokenizer().process(&document)
        let tokens = document.tokens.map { document.text(of: $0) }
        #expect(tokens.joined(separator: "|") == expected)
    }

    @Test func splitsHyphensOnRequestLikeUD() throws {
        let text = Array("a cross-border e-mail 713-853-3989".unicodeScalars)
        let spans = try Tokenizer(hyphens: .split).tokenize(text)
        let tokens = spans.map { String(String.UnicodeScalarView(text[$0.start..<$0.end])) }
        #expect(tokens == ["a", "cross", "-", "border", "e-mail", "713-853-3989"])
    }

    @Test func offsetsPointAtTheOriginalScalars() throws {
        let text = "Café “naïve” – ok."
        var document = makeDocument(text)
        try Tokenizer().process(&document)
        for token in document.tokens {
            #expect(!document.text(of: token).contains(" "))
        }
        #expect(document.tokens.map(\.span.start) == [0, 5, 6, 11, 13, 15, 17])
    }
}
