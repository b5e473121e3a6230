import Testing
import TextAnalysis
@testable import EventExtraction

/// A user's actor table adds aliases, removes wrong ones and sets kinds and affiliations.
struct UserActorFileTests {
    static let table = """
        phrase\trelation\tactor\tname\tkind\taffiliation
        # a surname the text never spells out in full
        Lula\tsame-as\tluiz-inacio-lula-da-silva\tLuiz Inacio Lula da Silva\tperson\tbrazil
        # a story about the U.S. state, not the country
        Georgia\tnot-same\tgeorgia
        Petrobras\tsame-as\tpetrobras\tPetrobras\torganization\tbrazil
        """

    private func annotate(_ text: String) throws -> Document {
        let file = try UserActorFile(name: "my-actors.tsv", text: Self.table)
        let extractor = try Extractor.standard(actorFile: file)
        return try extractor.annotate(Document(id: "t", text: text,
                                               creationDate: CalendarDate(iso: "2024-05-02")!))
    }

    @Test func sameAsAddsAnAliasWithKindAndAffiliation() throws {
        let document = try annotate("Lula met Petrobras executives in Brasilia on Monday.")
        let lula = try #require(document.actors["luiz-inacio-lula-da-silva"])
        #expect(lula.kind == .person)
        #expect(lula.affiliation == "brazil")
        #expect(document.actors["petrobras"]?.kind == .organization)
    }

    /// The built-in country Georgia is gone: the place the text names takes an id of its
    /// own, so it never merges with the country `georgia` of other articles.
    @Test func notSameRemovesABuiltInPhrase() throws {
        let document = try annotate("Georgia lawmakers passed the bill on Monday.")
        #expect(document.actors["georgia"] == nil)
        #expect(document.actors.values.allSatisfy { $0.kind != .country })
    }

    /// Only a phrase the user excluded from an id gets a qualified id, and only for that id.
    @Test(arguments: [
        ("Georgia", ActorKind.location, "georgia-location"),
        ("GEORGIA", ActorKind.organization, "georgia-organization"),
        ("Georgia Power", ActorKind.organization, "georgia-power"),
        ("Lula", ActorKind.person, "lula"),
        ("Armenia", ActorKind.location, "armenia"),
    ])
    func excludedPhrasesGetQualifiedIDs(name: String, kind: ActorKind, id: String) throws {
        let file = try UserActorFile(name: "my-actors.tsv", text: Self.table)
        let lexicon = try ActorLexicon.bundled().extended(with: file)
        #expect(lexicon.actorID(for: name, kind: kind) == id)
    }

    @Test(arguments: [
        ("phrase\trelation\tactor\nLula\tequals\tlula\n", 2),
        ("phrase\trelation\tactor\tkind\nLula\tsame-as\tlula\tpolitician\n", 2),
        ("phrase\tactor\nLula\tlula\n", 1),
    ])
    func badRowsNameTheirLine(text: String, line: Int) {
        #expect {
            _ = try UserActorFile(name: "my-actors.tsv", text: text)
        } throws: { error in
            guard case ExtractionError.badLexicon(let file, let errorLine, _) = error else {
                return false
            }
            return file == "my-actors.tsv" && errorLine == line
        }
    }
}
