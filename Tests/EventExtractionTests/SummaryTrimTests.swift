import Foundation
import Testing
@testable import EventExtraction

/// `EventSummarizer.trimmingSpaces` skips Foundation only when nothing is to trim: it must
/// agree with `trimmingCharacters(in: .whitespaces)` on every kind of end.
struct SummaryTrimTests {
    static let examples = [
        "Russia launched drones", " leading space", "trailing space ", "\tboth\t",
        "\u{00A0}no-break space\u{00A0}", "ideographic\u{3000}", "line break\n", "",
        " ", "é at both ends é", "“quoted”", "Kyiv …",
    ]

    @Test(arguments: examples)
    func agreesWithFoundation(text: String) {
        #expect(EventSummarizer.trimmingSpaces(text)
                == text.trimmingCharacters(in: .whitespaces))
    }
}
