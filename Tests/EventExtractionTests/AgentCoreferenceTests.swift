import Testing
import TextAnalysis
@testable import EventExtraction

/// Agents found through coreference ("It expelled …", "The alliance invited …"), one person
/// under two names ("Osama bin Laden" … "Bin Laden"), and passives without "by" listed when
/// what they happen to is a named actor.
struct AgentCoreferenceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let trigger: String
        /// The event's agents (actor ids).
        let agents: [String]
        /// The rule of the mention that gave the agent, nil when the name itself did.
        let rule: String?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // An organisation named again without its opening nationality word is the same one;
        // a kind noun ("the party") refers back to it.
        Case(text: "The far-right German People's Union was fined on Friday. The People's "
             + "Union will challenge the fine.", trigger: "challenge",
             agents: ["german-people-s-union"], rule: nil),
        Case(text: "The far-right German People's Union was fined on Friday. The party said "
             + "it would appeal.", trigger: "said", agents: ["german-people-s-union"],
             rule: "coreference.nominal"),
        Case(text: "Japan protested to Beijing over the incident. It also expelled two "
             + "Chinese diplomats.",
             trigger: "expelled", agents: ["japan"], rule: "coreference.pronoun.institution"),
        Case(text: "NATO foreign ministers met in Brussels on Monday. The alliance invited "
             + "Sweden and Finland to join.",
             trigger: "invited", agents: ["nato"], rule: "coreference.nominal"),
        Case(text: "Kenya reopened its border on Friday. The government also lifted the "
             + "curfew in Mombasa.",
             trigger: "lifted", agents: ["kenya"], rule: "coreference.nominal"),
        // An expletive "it" stands for no one.
        Case(text: "Japan protested to Beijing over the incident. It is likely that talks "
             + "will resume.",
             trigger: "resume", agents: [], rule: nil),
        // The speaker of "said it" is the pronoun's antecedent, even when the scan does not
        // know the speaker as an organisation: not the company named before.
        Case(text: "BP shut its refinery on Friday. Valero said it was reducing output.",
             trigger: "reducing", agents: [], rule: nil),
        // A subject "she" continues the last subject person, not a person named in an
        // object.
        Case(text: "Angela Merkel praised Emmanuel Macron on Monday. She also criticised the "
             + "European Commission.",
             trigger: "criticised", agents: ["angela-merkel"], rule: "coreference.pronoun"),
        // "his government" of a person whose country the text does not give: unresolved.
        Case(text: "Fidel Castro spoke on Tuesday. He said his government warned Washington.",
             trigger: "warned", agents: [], rule: nil),
    ]

    @Test(arguments: cases)
    func agentComesFromTheReferringPhrase(_ example: Case) throws {
        let document = try ExtractorFixture.annotate(example.text)
        let event = try #require(document.events.last { document.text(of: $0.trigger) == example.trigger })
        #expect(event.agents == example.agents)
        let rules = document.actorMentions
            .filter { $0.sentence == event.sentence && example.agents.contains($0.actorID) }
            .map(\.ruleID)
        if let rule = example.rule { #expect(rules.contains(rule)) }
    }

    @Test func aTrailingNameIsTheSamePerson() throws {
        let document = try ExtractorFixture.annotate(
            "Osama bin Laden was indicted in New York. Prosecutors say Bin Laden financed "
            + "the attacks.")
        let people = ExtractorFixture.participants(document)
        #expect(people.contains("osama-bin-laden"))
        #expect(!people.contains("bin-laden"))
        #expect(document.actors["bin-laden"] == nil)
    }

    struct PassiveCase: CustomTestStringConvertible, Sendable {
        let text: String
        let trigger: String
        let listed: Bool
        var testDescription: String { text }
    }

    static let passives: [PassiveCase] = [
        PassiveCase(text: "Police said former president Jacob Zuma was arrested.",
                    trigger: "arrested", listed: true),
        // A crowd noun is no named actor; nor is a person known only by a demonym.
        PassiveCase(text: "Officials said that a Tanzanian man was questioned.",
                    trigger: "questioned", listed: false),
    ]

    @Test(arguments: passives)
    func passiveDoneToANamedActor(_ example: PassiveCase) throws {
        let document = try ExtractorFixture.annotate(example.text)
        let event = try #require(document.events.first { document.text(of: $0.trigger) == example.trigger })
        #expect(event.isSalient == example.listed)
    }
}
