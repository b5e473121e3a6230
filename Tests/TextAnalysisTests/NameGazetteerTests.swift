import Testing
@testable import TextAnalysis

/// The name recogniser's word lists: multi-word entries match word by word, longest first.
struct NameGazetteerTests {
    static let examples: [(String, [String])] = [
        // kinds and places in the match, "-" for no match
        ("He flew to New Zealand .", ["-", "-", "-", "place:B", "place:L", "-"]),
        ("The United Nations said", ["organization:B", "organization:I", "organization:L", "-"]),
        ("Gloria met the minister", ["first-name:U", "-", "-", "title:U"]),
        ("near the Donetsk region", ["-", "-", "place:U", "place-noun:U"]),
        // GeoNames cities and WordNet places (Scripts/open-names.tsv)
        ("Shelling hit Kharkiv and Mariupol", ["-", "-", "place:U", "-", "place:U"]),
        ("a tornado struck Tuscaloosa", ["-", "-", "-", "place:U"]),
        ("sailed round the Cape of Good Hope",
         ["-", "-", "-", "place:B", "place:I", "place:I", "place:L"]),
    ]

    @Test(arguments: examples)
    func matchesShippedEntries(text: String, expected: [String]) throws {
        let gazetteer = try NameGazetteer.shipped()
        let words = text.split(separator: " ").map { WordShape(String($0)) }
        var codes: [UInt64] = []
        words.withUnsafeBufferPointer { gazetteer.match($0, into: &codes) }
        let positions = ["", "B", "I", "L", "U"]
        let described = zip(codes, expected).map { code, wanted -> String in
            guard code != 0 else { return "-" }
            let kinds = NameGazetteer.kinds.indices.filter { code >> 3 & 1 << $0 != 0 }
                .map { NameGazetteer.kinds[$0] }
            // Check the expected kind is among the entry's kinds.
            let kind = String(wanted.split(separator: ":").first ?? "")
            let shown = kinds.contains(kind) ? kind : kinds.joined(separator: ",")
            return shown + ":" + positions[Int(code & 7)]
        }
        #expect(described == expected)
    }

    @Test func historyRemembersTheClassOfEarlierMentions() {
        var history = NameHistory()
        let first = ["Joshua", "Norton", "arrived", "."].map { WordShape($0) }
        let person = 1 + 4 * (EntityClass.allCases.firstIndex(of: .person) ?? 0)
        first.withUnsafeBufferPointer { history.record($0, labels: [person, person + 2, 0, 0]) }
        let norton = WordShape("Norton"), unseen = WordShape("Oakland")
        // 8 + class * 4 + share; class 1 = PERSON, share 0 = every earlier occurrence
        #expect(history.code(of: norton) == 8 + 1 * 4 + 0)
        #expect(history.code(of: unseen) == 1)
        #expect(history.code(of: WordShape("arrived")) == 0)
        history.reset()
        #expect(history.code(of: norton) == 1)
    }
}
