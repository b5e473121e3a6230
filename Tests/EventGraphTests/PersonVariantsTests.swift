import Testing
@testable import EventExtraction
@testable import EventGraph

/// Spellings of one person's name across outlets are one actor; people who merely share a
/// surname are never merged.
struct PersonVariantsTests {
    struct Pair: Sendable, CustomTestStringConvertible {
        let variant: String
        var variantRole: String? = nil
        let known: String
        var knownRole: String? = nil
        let merges: Bool
        var testDescription: String { "\(variant) / \(known)" }
    }

    static let pairs: [Pair] = [
        // The same person, transliterated by different outlets.
        Pair(variant: "Volodymyr Zelenskyy", known: "Volodymyr Zelenskiy", merges: true),
        Pair(variant: "Volodymyr Zelensky", known: "Volodymyr Zelenskyy", merges: true),
        Pair(variant: "Muammar Qaddafi", known: "Muammar Gaddafi", merges: true),
        Pair(variant: "Moammar Gadhafi", known: "Muammar Gaddafi", merges: true),
        Pair(variant: "Sergey Lavrov", known: "Sergei Lavrov", merges: true),
        Pair(variant: "Aleksei Navalny", known: "Alexei Navalny", merges: true),
        Pair(variant: "Andrii Yermak", known: "Andriy Yermak", merges: true),
        Pair(variant: "Dmitri Peskov", known: "Dmitry Peskov", merges: true),
        // A surname alone, with the same title.
        Pair(variant: "Zelensky", variantRole: "president", known: "Volodymyr Zelenskiy",
             knownRole: "president", merges: true),
        // People who share a surname (or a spelling of it).
        Pair(variant: "Hunter Biden", known: "Joe Biden", merges: false),
        Pair(variant: "Ed Miliband", known: "David Miliband", merges: false),
        Pair(variant: "Raul Castro", known: "Fidel Castro", merges: false),
        Pair(variant: "Saif Qaddafi", known: "Muammar Gaddafi", merges: false),
        Pair(variant: "Yulia Navalnaya", known: "Alexei Navalny", merges: false),
        Pair(variant: "Jon Smith", known: "John Smith", merges: false),
        Pair(variant: "Kim Jong Un", known: "Kim Jong Il", merges: false),
        // A surname alone without a shared title, or with another title.
        Pair(variant: "Zelensky", known: "Volodymyr Zelenskiy", merges: false),
        Pair(variant: "Zelensky", variantRole: "minister", known: "Volodymyr Zelenskiy",
             knownRole: "president", merges: false),
        // Surnames too far apart, or too short to compare.
        Pair(variant: "Anna Kowalska", known: "Anna Kovalenko", merges: false),
        Pair(variant: "Wang Yi", known: "Wang Yiy", merges: false),
    ]

    @Test(arguments: pairs)
    func mergesOnlyTransliterationsOfOnePersonsName(_ pair: Pair) {
        let variants = PersonVariants()
        let variant = PersonVariants.Person(id: actorSlug(pair.variant), name: pair.variant,
                                            role: pair.variantRole)
        let known = PersonVariants.Person(id: actorSlug(pair.known), name: pair.known,
                                          role: pair.knownRole)
        let reason = variants.reason(variant, isVariantOf: known)
        #expect((reason != nil) == pair.merges, "\(reason ?? "no merge")")
    }

    @Test(arguments: [
        ("Zelenskiy", "zelenski"), ("Zelenskyy", "zelenski"), ("Zelensky", "zelenski"),
        ("Gaddafi", "kadafi"), ("Qaddafi", "kadafi"), ("Gadhafi", "kadafi"),
        ("Kadhafi", "kadafi"), ("Erdoğan", "erdokan"),
    ])
    func foldsSpellingsToOneKey(name: String, key: String) throws {
        #expect(try NameTransliteration.bundled().key(name) == key)
    }

    /// Two articles, two spellings: one actor in the graph, the second spelling one of its
    /// mentions; an article's own second person of that surname stays apart.
    @Test func anotherArticlesSpellingIsTheSameActor() {
        func article(_ id: String, _ people: [(String, String)]) -> DocumentExtraction {
            let actors = people.map { DocumentActor(id: $0.0, name: $0.1, kind: .person) }
            return DocumentExtraction(
                documentID: id, path: nil, title: nil, creationDate: "2025-03-14",
                creationDay: 20_161, creationDateSource: "option", timexes: [],
                actors: actors.sorted { $0.id < $1.id },
                mentions: actors.map { .init(actorID: $0.id, text: $0.name, start: 0, end: 1,
                                             sentence: 0, form: .name,
                                             ruleID: "person.name") },
                events: [], orderLinks: [], diagnostics: [])
        }
        let graph = EventGraph(extractions: [
            article("reuters", [("volodymyr-zelenskiy", "Volodymyr Zelenskiy")]),
            article("ap", [("volodymyr-zelenskyy", "Volodymyr Zelenskyy")]),
            article("bbc", [("joe-biden", "Joe Biden")]),
            article("cnn", [("hunter-biden", "Hunter Biden")]),
        ])
        #expect(graph.actors.map(\.id) == ["hunter-biden", "joe-biden", "volodymyr-zelenskiy"])
        let president = graph.actors.first { $0.id == "volodymyr-zelenskiy" }
        #expect(president?.mentions.map(\.text) == ["Volodymyr Zelenskiy", "Volodymyr Zelenskyy"])
    }
}
