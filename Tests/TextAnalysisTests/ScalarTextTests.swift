import Testing
import TextAnalysis

/// `String(scalars:)` writes UTF-8 itself: every encoding width must give the same string
/// as building it scalar by scalar.
struct ScalarTextTests {
    static let examples = [
        "Kyiv", "", "São Paulo", "Zürich’s “mayor” — 60%", "Ελλάδα", "北京市", "Москва",
        "€1,000 and ₹5", "flag 🇺🇦 and 👍🏽", "a\u{301} combining", "tab\tand\nnewline",
    ]

    @Test(arguments: examples)
    func sameStringAsScalarByScalar(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars[...]) == text)
        #expect(Array(String(scalars: scalars[...]).utf8) == Array(text.utf8))
        guard scalars.count > 2 else { return }
        var middle = String.UnicodeScalarView()
        middle.append(contentsOf: scalars[1..<scalars.count - 1])
        #expect(String(scalars: scalars[1..<scalars.count - 1]) == String(middle))
    }

    @Test func tokenTextKeepsItsCharacters() {
        let document = makeDocument("Zelenskyy met Erdoğan in İstanbul.")
        let span = Span(start: 14, end: 21)
        #expect(document.text(of: span) == "Erdoğan")
    }
}
