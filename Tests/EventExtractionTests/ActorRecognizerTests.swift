import Testing
import TextAnalysis
@testable import EventExtraction

/// Actors in real news phrasing: countries by name, demonym, capital and seat of power;
/// people by title and name, surname and pronoun; organisations; places stay places.
struct ActorRecognizerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        /// Actor ids that take part in the text.
        let participants: Set<String>
        /// Ids that must not be actors at all.
        let absent: Set<String>
        /// id → (kind, affiliation) for actors whose kind or affiliation is checked.
        let details: [String: (ActorKind, String?)]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "German Foreign Minister Frank-Walter Steinmeier said on Sunday that talks "
             + "would continue.",
             participants: ["frank-walter-steinmeier"], absent: [],
             details: ["frank-walter-steinmeier": (.person, "germany")]),
        Case(text: "Beijing has warned Washington against further arms sales to Taiwan.",
             participants: ["china", "united-states", "taiwan"],
             absent: ["beijing", "washington"], details: ["china": (.country, nil)]),
        Case(text: "Talks in Moscow ended without an agreement, the Kremlin said.",
             participants: ["russia"], absent: [],
             details: ["moscow": (.location, "russia")]),
        Case(text: "Prime Minister Keir Starmer met French President Emmanuel Macron in Paris "
             + "on Thursday. Mr Macron said the meeting was useful.",
             participants: ["keir-starmer", "emmanuel-macron"], absent: ["france"],
             details: ["emmanuel-macron": (.person, "france"), "paris": (.location, "france")]),
        Case(text: "NATO Secretary-General Mark Rutte said the alliance would respond. He "
             + "spoke after a meeting in Brussels.",
             participants: ["mark-rutte"], absent: [],
             details: ["mark-rutte": (.person, "nato")]),
        Case(text: "The U.S. State Department said Washington had not been informed.",
             participants: ["united-states", "us-state-department"], absent: [],
             details: ["us-state-department": (.organization, "united-states")]),
        // An ampersand joins two names into one organisation's.
        Case(text: "Procter & Gamble said on Tuesday it would cut 1,000 jobs.",
             participants: ["procter-gamble"], absent: ["procter", "gamble"],
             details: ["procter-gamble": (.organization, nil)]),
        // A surname after a preposition is still the person named before, not a place.
        Case(text: "Attorney General Eliot Spitzer criticised the ruling on Monday. The issue "
             + "could surface in Spitzer's advertisements.",
             participants: ["eliot-spitzer"], absent: ["spitzer"], details: [:]),
        Case(text: "Prime Minister Theresa May resigned in May 2019.",
             participants: ["theresa-may"], absent: [], details: [:]),
        Case(text: "Russian forces captured the town after Ukrainian troops withdrew.",
             participants: ["russia", "ukraine"], absent: [], details: [:]),
        Case(text: "Pro-government newspaper Sabah reported that the talks had stalled.",
             participants: ["sabah"], absent: [], details: ["sabah": (.organization, nil)]),
        Case(text: "The U.S. Geological Survey (USGS) said the quake struck at noon. USGS "
             + "data showed a magnitude of 6.4.",
             participants: ["us-geological-survey"], absent: ["usgs"],
             details: ["us-geological-survey": (.organization, "united-states")]),
        Case(text: "Russia’s Deputy Foreign Minister Mikhail Bogdanov said the talks would go "
             + "ahead.", participants: ["mikhail-bogdanov"], absent: [],
             details: ["mikhail-bogdanov": (.person, "russia")]),
        Case(text: "A judge sentenced former Sudanese President Omar al-Bashir to two years.",
             participants: ["judge", "omar-al-bashir"], absent: [],
             details: ["omar-al-bashir": (.person, "sudan"), "judge": (.person, nil)]),
        Case(text: "BERLIN (Reuters) - Germany's foreign minister said talks would continue.",
             participants: ["germany"], absent: ["reuters"], details: [:]),
        Case(text: "Hurricane Ian struck Florida on Wednesday. Ian later weakened.",
             participants: [], absent: ["ian", "hurricane-ian"], details: [:]),
        Case(text: "Oil platforms in the Gulf of Mexico were evacuated.",
             participants: [], absent: ["mexico", "gulf"],
             details: ["gulf-of-mexico": (.location, nil)]),
        Case(text: "The Massachusetts Institute of Technology and Stanford University "
             + "published the study.",
             participants: ["massachusetts-institute-of-technology", "stanford-university"],
             absent: [], details: [:]),
        Case(text: "The Supreme Court of India on March 3 rejected the appeal.",
             participants: ["supreme-court-of-india"], absent: [], details: [:]),
        Case(text: "Governor Gavin Newsom signed the bill. Governor Newsom said it was overdue.",
             participants: ["gavin-newsom"], absent: ["newsom"], details: [:]),
        Case(text: "The Chinese People's Liberation Army held drills near Taiwan.",
             participants: ["chinese-people-s-liberation-army"], absent: [], details: [:]),
        Case(text: "North and South Korea exchanged fire on Thursday. The South said it "
             + "would respond.", participants: ["north-korea", "south-korea"],
             absent: ["north", "south"], details: [:]),
        Case(text: "The storm surge flooded streets in Biloxi and Gulfport.",
             participants: [], absent: [],
             details: ["biloxi": (.location, nil), "gulfport": (.location, nil)]),
        Case(text: "Muslims marked the start of Ramadan, a month after the Clean Water Act "
             + "took effect.", participants: [],
             absent: ["muslims", "ramadan", "clean-water-act"], details: [:]),
        Case(text: "The Inter-Services Public Relations (ISPR) said militants were killed.",
             participants: ["inter-services-public-relations", "militants"], absent: [],
             details: ["militants": (.group, nil)]),
        Case(text: "Who is in charge? Us or them?",
             participants: [], absent: ["who", "united-states"], details: [:]),
        // A product after its maker is the maker; a name with a model number or code is no
        // person; a number between names makes one organisation's name.
        Case(text: "Mozilla Firefox has gained users while Google Chrome grew faster.",
             participants: ["mozilla", "google"],
             absent: ["mozilla-firefox", "google-chrome"], details: [:]),
        Case(text: "Users of Windows XP were told to upgrade before support ends.",
             participants: [], absent: ["windows-xp"], details: [:]),
        Case(text: "Opposition party Movimento 5 Stelle asked the regional government to act.",
             participants: ["movimento-5-stelle"], absent: ["movimento", "stelle"],
             details: ["movimento-5-stelle": (.organization, nil)]),
        // A demonym before an armed service in lower case names that service.
        Case(text: "The boat was turned back toward Malaysia by the Indonesian navy.",
             participants: ["indonesian-navy"], absent: [],
             details: ["indonesian-navy": (.organization, "indonesia")]),
        Case(text: "Prices of Brent North Sea crude advanced in London.",
             participants: [], absent: ["brent-north-sea"], details: [:]),
        // A name between "the" and a lower-case organisation head noun is an organisation.
        Case(text: "The Mainichi newspaper reported on Monday that talks had resumed.",
             participants: ["mainichi"], absent: [],
             details: ["mainichi": (.organization, nil)]),
        // A capital in an address ("City, Country") or named as the capital is a place.
        Case(text: "Embassies in Lima, Peru and Quito, Ecuador were closed on Monday.",
             participants: [], absent: [],
             details: ["quito": (.location, "ecuador")]),
        Case(text: "Thousands of supporters gathered in the capital, Dhaka, on Sunday.",
             participants: [], absent: ["bangladesh"],
             details: ["dhaka": (.location, "bangladesh")]),
    ]

    /// A dateline's place ("THE HAGUE, Netherlands (AP)_") is where the story was filed:
    /// its capitals name no organisation and no actor at all.
    @Test func aDatelinePlaceNamesNoActor() throws {
        let document = try ExtractorFixture.annotate(
            "THE HAGUE, Netherlands (AP)_ The World Court on Friday rejected objections by "
            + "the United States.")
        let ids = Set(document.actorMentions.map(\.actorID))
        #expect(!ids.contains("the"))
        #expect(!ids.contains("hague"))
        #expect(ids.contains("icj"))
    }

    @Test(arguments: cases)
    func recognisesActors(_ example: Case) throws {
        let document = try ExtractorFixture.annotate(example.text)
        let participants = ExtractorFixture.participants(document)
        #expect(example.participants.isSubset(of: participants),
                "found \(participants.sorted())")
        for id in example.absent {
            #expect(!participants.contains(id), "\(id) should not take part")
            #expect(document.actors[id]?.kind != .country || id == "france",
                    "\(id) should not be a country actor")
        }
        for (id, (kind, affiliation)) in example.details {
            let known = document.actors.keys.sorted()
            let actor = try #require(document.actors[id], "no actor \(id); have \(known)")
            #expect(actor.kind == kind)
            #expect(actor.affiliation == affiliation)
        }
    }
    /// A capitalised run the name recogniser does not call a person, whose last word the text
    /// also uses as a lower-case noun, is a title or an event name, not a person ("Card
    /// Tricks" beside "the tricks"); one that acts keeps its actor.
    @Test(arguments: [
        ("He sold me two books, \"Scarne on Card Tricks\" and \"Scarne on Magic Tricks\". "
         + "I still use the tricks.", "card-tricks", false),
        ("The government's Flag Consideration Project has planned a number of conferences. "
         + "The project will report in June.", "flag-consideration-project", true),
    ])
    func runEndingInALowerCaseNounIsNoPerson(text: String, id: String, isActor: Bool) throws {
        let document = try ExtractorFixture.annotate(text)
        #expect((document.actors[id] != nil) == isActor, "have \(document.actors.keys.sorted())")
    }

    /// A name the name recogniser took for a place, unknown to the gazetteer, that is the
    /// subject of a verb acts: it is an organisation and a participant; a place that is not
    /// a subject stays a place. (The recogniser's output is set by hand here, so the test
    /// does not depend on the model's choice for these words.)
    @Test(arguments: [
        ("Zorvex suspended its flights to Malaysia in January.", "zorvex", ActorKind.organization, true),
        ("Fighting continued near Zorvex in January.", "zorvex", ActorKind.location, false),
    ])
    func placeNameThatActsIsAnOrganisation(text: String, id: String, kind: ActorKind,
                                           participates: Bool) throws {
        var document = try ExtractorFixture.annotate(text)
        let token = try #require(document.tokens.indices.first {
            document.text(of: document.tokens[$0].span) == "Zorvex" })
        document.entities = [EntityMention(span: document.tokens[token].span,
                                           entityClass: .geopolitical, tokens: token..<token + 1)]
        try ActorRecognizer(lexicon: ActorLexicon.bundled()).process(&document)
        #expect(document.actors[id]?.kind == kind)
        #expect(ExtractorFixture.participants(document).contains(id) == participates)
    }
    /// A country written after a place and a comma is that place's address, not a
    /// participant; the country of a dateline and a country named on its own take part.
    @Test(arguments: [
        ("Bombs at U.S. embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya, killed 258 "
         + "people.", "tanzania", false),
        ("Bombs at U.S. embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya, killed 258 "
         + "people.", "kenya", false),
        ("Tanzania expelled five Iraqis on Friday.", "tanzania", true),
    ])
    func addressCountryIsPartOfThePlace(text: String, id: String, participates: Bool) throws {
        let document = try ExtractorFixture.annotate(text)
        #expect(document.actors[id]?.kind == .country)
        #expect(ExtractorFixture.participants(document).contains(id) == participates)
    }
}
