import Testing
import TextAnalysis

/// Names the shipped recogniser should find in real news phrasing.
struct EntityRecognizerTests {
    static let examples: [(String, String, EntityClass)] = [
        ("President Emmanuel Macron praised the decision.", "Emmanuel Macron", .person),
        ("The talks were held in Geneva on Monday.", "Geneva", .geopolitical),
        ("He studied at the University of Oxford before the war.",
         "University of Oxford", .organization),
    ]

    @Test(arguments: examples)
    func findsNames(text: String, name: String, entityClass: EntityClass) throws {
        var document = makeDocument(text)
        try TextAnalyzer.standard.process(&document)
        let found = document.entities.map { (document.text(of: $0.span), $0.entityClass) }
        #expect(found.contains { $0.0 == name && $0.1 == entityClass })
    }

    /// A surname alone keeps the class the full name had earlier in the document.
    @Test func laterSurnameKeepsTheClassOfTheFullName() throws {
        var document = makeDocument(
            "Joshua Norton arrived in San Francisco in 1849. He lost his fortune in rice. "
                + "Years later, Norton declared himself emperor.")
        try TextAnalyzer.standard.process(&document)
        let found = document.entities.map { (document.text(of: $0.span), $0.entityClass) }
        #expect(found.contains { $0.0 == "Norton" && $0.1 == .person })
    }

    @Test func mentionsPointAtTheirTokens() throws {
        var document = makeDocument("Angela Merkel met Emmanuel Macron in Berlin.")
        try TextAnalyzer.standard.process(&document)
        #expect(!document.entities.isEmpty)
        for entity in document.entities {
            #expect(entity.span.start == document.tokens[entity.tokens.lowerBound].span.start)
            #expect(entity.span.end == document.tokens[entity.tokens.upperBound - 1].span.end)
        }
    }
}
