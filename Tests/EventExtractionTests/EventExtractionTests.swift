import Testing
@testable import EventExtraction

/// Events in real news phrasing: who did what to whom, when, and how firmly it is said.
struct EventExtractionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let date: String
        let trigger: String
        let type: EventType
        let agents: [String]
        let targets: [String]
        /// TIMEX3 value the event is dated to; nil for undated.
        let value: String?
        let certainty: Certainty
        var source: String? = nil
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Turkish Foreign Minister Mevlut Cavusoglu said on Tuesday that "
             + "international calls for a ceasefire were reasonable.", date: "2020-10-13",
             trigger: "said", type: .statement, agents: ["mevlut-cavusoglu"], targets: [],
             value: "2020-10-13", certainty: .asserted),
        Case(text: "Russian forces captured the town of Avdiivka in February 2024.",
             date: "2025-11-21", trigger: "captured", type: .seizeCapture,
             agents: ["russia"], targets: [], value: "2024-02", certainty: .asserted),
        Case(text: "Turkish President Tayyip Erdogan hosted the talks. Erdogan met with the "
             + "leaders of Iran and Russia last week in Tehran.", date: "2018-09-14",
             trigger: "met", type: .meetVisit, agents: ["tayyip-erdogan"],
             targets: ["iran", "russia"], value: "2018-W36", certainty: .asserted),
        Case(text: "China will send a delegation to Moscow next week.", date: "2025-11-21",
             trigger: "send", type: .provideAid, agents: ["china"], targets: ["russia"],
             value: "2025-W48", certainty: .future),
        Case(text: "According to the Ukrainian military, Russian troops shelled the city "
             + "on Monday.", date: "2025-11-21", trigger: "shelled", type: .fightAttack,
             agents: ["russia"], targets: [], value: "2025-11-17", certainty: .reported,
             source: "ukraine"),
        Case(text: "Israel accused Hamas of violating the ceasefire, a claim that Reuters "
             + "could not independently verify.", date: "2025-10-20", trigger: "accused",
             type: .accuse, agents: ["israel"], targets: ["hamas"], value: "2025-10-20",
             certainty: .unconfirmed),
        Case(text: "The rebels reportedly seized two villages near the border.",
             date: "2025-11-21", trigger: "seized", type: .seizeCapture, agents: ["rebels"],
             targets: [], value: nil, certainty: .reported),
        Case(text: "North Korea fired two ballistic missiles into the sea on Monday, South "
             + "Korea's military said.", date: "2024-03-05", trigger: "fired",
             type: .fightAttack, agents: ["north-korea"], targets: [], value: "2024-03-04",
             certainty: .reported, source: "south-korea"),
        Case(text: "Ukraine welcomed the decision by the European Union, which imposed new "
             + "sanctions on Russia on Monday.", date: "2024-05-03", trigger: "imposed",
             type: .legalJudicial, agents: ["european-union"], targets: ["russia"],
             value: "2024-04-29", certainty: .asserted),
        Case(text: "Russian forces attacked the port of Odesa, Ukraine's air force said.",
             date: "2024-03-05", trigger: "attacked",
             type: .fightAttack, agents: ["russia"], targets: [], value: nil,
             certainty: .reported, source: "ukraine"),
        Case(text: "France and Germany signed a defence agreement in Berlin in March.",
             date: "2025-11-21", trigger: "signed", type: .agreeCooperate,
             agents: ["france", "germany"], targets: [], value: "2025-03",
             certainty: .asserted),
        Case(text: "A bomb exploded in the market on Sunday, killing 12 people.",
             date: "2025-11-21", trigger: "killing", type: .casualties, agents: [],
             targets: [], value: "2025-11-16", certainty: .asserted),
        Case(text: "Maria Lopez, a spokeswoman for the European Commission, said the talks "
             + "would resume.", date: "2025-11-21", trigger: "said", type: .statement,
             agents: ["maria-lopez"], targets: [], value: "2025-11-21", certainty: .asserted),
        Case(text: "Police cracked down on protesters in the capital on Monday.",
             date: "2025-11-21", trigger: "cracked", type: .legalJudicial,
             agents: ["police"], targets: ["protesters"], value: "2025-11-17",
             certainty: .asserted),
        Case(text: "Typhoon Haiyan reached the coast of the Philippines on Friday.",
             date: "2025-11-21", trigger: "reached", type: .disaster, agents: [],
             targets: ["philippines"], value: "2025-11-21", certainty: .asserted),
        Case(text: "Russia and Ukraine held talks in Istanbul on Tuesday.",
             date: "2025-11-21", trigger: "held", type: .meetVisit,
             agents: ["russia", "ukraine"], targets: [], value: "2025-11-18",
             certainty: .asserted),
        Case(text: "On Monday, rebels seized the airport and police withdrew from the city.",
             date: "2025-11-21", trigger: "withdrew", type: .withdrawExpel,
             agents: ["police"], targets: [], value: "2025-11-17", certainty: .asserted),
        Case(text: "The US Red Cross sent 500 volunteers to Texas.", date: "2025-11-21",
             trigger: "sent", type: .provideAid, agents: ["icrc"], targets: [], value: nil,
             certainty: .asserted),
        Case(text: "Iran said it would strike any ship that entered its waters.",
             date: "2025-11-21", trigger: "said", type: .accuse, agents: ["iran"],
             targets: [], value: "2025-11-21", certainty: .asserted),
        // A verb that says an event took place states its subject's event; an explosive
        // "goes off" in an attack.
        Case(text: "The bombing occurred on Tuesday outside a police station in Kabul.",
             date: "2025-11-21", trigger: "occurred", type: .fightAttack, agents: [],
             targets: [], value: "2025-11-18", certainty: .asserted),
        Case(text: "A car bomb went off near the parliament on Wednesday.",
             date: "2025-11-21", trigger: "went", type: .fightAttack, agents: [], targets: [],
             value: "2025-11-19", certainty: .asserted),
        // A court that rejects something rules; concerns raised are said.
        Case(text: "The Supreme Court rejected the government's appeal on Monday.",
             date: "2025-11-21", trigger: "rejected", type: .legalJudicial,
             agents: ["supreme-court"],
             targets: [], value: "2025-11-17", certainty: .asserted),
        Case(text: "Germany raised concerns about the plan on Thursday.",
             date: "2025-11-21", trigger: "raised", type: .statement, agents: ["germany"],
             targets: [], value: "2025-11-20", certainty: .asserted),
        // A military alert is a deployment.
        Case(text: "Pakistan put its air force on high alert on Sunday.",
             date: "2025-11-21", trigger: "put", type: .deployMove, agents: ["pakistan"],
             targets: [], value: "2025-11-16", certainty: .asserted),
        // "began" only says that the talks took place: it states the talks' event.
        Case(text: "The talks began on Monday and Germany says they will continue.",
             date: "2025-11-21", trigger: "began", type: .meetVisit, agents: [], targets: [],
             value: "2025-11-17", certainty: .asserted),
        Case(text: "North Korea sent 10,000 troops to Russia last year. Those troops suffered "
             + "heavy losses.", date: "2025-11-21", trigger: "suffered", type: .casualties,
             agents: ["north-korea"], targets: [], value: "2024", certainty: .asserted),
        Case(text: "Israel bombed targets in Gaza on Tuesday. Hamas retaliated with rockets.",
             date: "2025-11-21", trigger: "retaliated", type: .fightAttack,
             agents: ["hamas"], targets: [], value: "2025-11-18", certainty: .asserted),
        // "overnight" in a news report is the night before the document date.
        Case(text: "Russia attacked Ukraine's energy infrastructure with drones and missiles "
             + "overnight, damaging power plants in several regions.", date: "2025-03-14",
             trigger: "attacked", type: .fightAttack, agents: ["russia"],
             targets: ["ukraine"], value: "2025-03-13TNI", certainty: .asserted),
        // A superlative's comparison class ("of the year") dates nothing.
        Case(text: "Russia attacked Ukraine's energy facilities overnight in one of the largest "
             + "aerial assaults of the year.", date: "2025-03-14", trigger: "attacked",
             type: .fightAttack, agents: ["russia"], targets: ["ukraine"],
             value: "2025-03-13TNI", certainty: .asserted),
        Case(text: "Russia struck Kyiv with missiles in one of the largest attacks of the year.",
             date: "2025-11-21", trigger: "struck", type: .fightAttack, agents: ["russia"],
             targets: ["ukraine"], value: nil, certainty: .asserted),
        // A month in a future clause resolves forward ("will be held on November 20").
        Case(text: "The referendum will be held on November 20, the government said.",
             date: "2015-05-07", trigger: "held", type: .electAppoint, agents: [],
             targets: [], value: "2015-11-20", certainty: .future),
        // A date on a noun before the verb qualifies the noun, not the verb.
        Case(text: "Crude for November delivery rose 60 cents.", date: "2005-09-22",
             trigger: "rose", type: .other, agents: [], targets: [], value: nil,
             certainty: .asserted),
        // A pluperfect in reported speech is the speaker's past: the narrative's time.
        Case(text: "Russia attacked Ukraine's energy grid overnight. Ukraine's air force said "
             + "it had shot down 58 of the 94 drones.", date: "2025-03-14", trigger: "shot",
             type: .fightAttack, agents: ["ukraine"], targets: [], value: "2025-03-13TNI",
             certainty: .reported),
        // A past time counted back from the time of writing dates the object of a future
        // verb, not the verb; a written year can date a future in the past.
        Case(text: "Kenya said on Monday it would investigate the killing of protesters in "
             + "Nairobi two years ago.", date: "2025-11-21", trigger: "investigate",
             type: .legalJudicial, agents: ["kenya"], targets: ["protesters"], value: nil,
             certainty: .future),
        Case(text: "Kenya said on Monday it would investigate the killing of protesters in "
             + "Nairobi two years ago.", date: "2025-11-21", trigger: "killing",
             type: .casualties, agents: [], targets: ["protesters"], value: "2023",
             certainty: .reported),
        // A "by" phrase ends at the next preposition: the embassies' country is no agent.
        Case(text: "The suspects were questioned by the FBI in connection with the bombing of "
             + "U.S. embassies.", date: "2025-11-21", trigger: "questioned",
             type: .legalJudicial, agents: ["fbi"], targets: [], value: nil,
             certainty: .asserted),
        // A pluperfect statement is before the story's time: not dated by the document date.
        Case(text: "Germany had requested talks with France.", date: "2025-11-21",
             trigger: "requested", type: .statement, agents: ["germany"], targets: ["france"],
             value: nil, certainty: .asserted),
        // A prepositional aside after the subject ("in China …") adds no agent.
        Case(text: "Minister Morrison, in China to talk to trade officials, said exports "
             + "would grow.", date: "2025-11-21", trigger: "said", type: .statement,
             agents: ["morrison"], targets: [], value: "2025-11-21", certainty: .asserted),
        // Quotative inversion: the speaker after "said" is its agent.
        Case(text: "The men took no money, said Detective Joseph Pentangelo, a police "
             + "spokesman.", date: "2025-11-21", trigger: "said", type: .statement,
             agents: ["joseph-pentangelo"], targets: [], value: "2025-11-21",
             certainty: .asserted),
        // An attack noun's "of" phrase is its target; a date before the noun that modifies
        // it is its date.
        Case(text: "Police charged him over the 1995 shooting of Hugh Short.",
             date: "2025-11-21", trigger: "shooting", type: .fightAttack, agents: [],
             targets: ["hugh-short"], value: "1995", certainty: .asserted),
        Case(text: "Germany said in 2003 it would close the base in 2004.", date: "2025-11-21",
             trigger: "close", type: .other, agents: ["germany"], targets: [],
             value: "2004", certainty: .future),
        // A present perfect takes no time that ended before the writing: "last month"
        // dates the attack, the detention falls to the document date.
        Case(text: "Another suspect has been detained over the attack on the embassy last "
             + "month, police said.", date: "2025-11-21", trigger: "detained",
             type: .legalJudicial, agents: [], targets: [], value: "2025-11-21",
             certainty: .reported),
        // "current" describes the noun after the verb, not the meeting: the meeting is not
        // dated "now".
        Case(text: "The minister met the ambassador on Monday. She spoke with the ambassador "
             + "about the current state of trade.", date: "2025-11-21", trigger: "spoke",
             type: .meetVisit, agents: [], targets: [], value: "2025-11-17",
             certainty: .asserted),
        // A planned event keeps no date taken from the verb announcing the plan.
        Case(text: "The New Zealand government intends to hold two referendums on the flag.",
             date: "2015-05-07", trigger: "hold", type: .electAppoint,
             agents: ["new-zealand"], targets: [], value: nil, certainty: .future),
    ]

    /// Whether the timeline lists an event by default (the salience criteria).
    struct SalienceCase: CustomTestStringConvertible, Sendable {
        let text: String
        let trigger: String
        let salient: Bool
        var testDescription: String { "\(trigger): \(text)" }
    }

    static let salienceCases: [SalienceCase] = [
        // An object that is "no" anything: the act did not happen.
        SalienceCase(text: "Qatar gave no aid to the rebels on Monday.", trigger: "gave",
                     salient: false),
        SalienceCase(text: "Qatar gave aid to the rebels on Monday.", trigger: "gave",
                     salient: true),
        SalienceCase(text: "A crane collapsed at the port on Friday, killing three workers.",
                     trigger: "killing", salient: true),
        SalienceCase(text: "At least 40 people have been killed in the floods.",
                     trigger: "killed", salient: true),
        SalienceCase(text: "Floods kill dozens in Kenya\nHeavy rain has killed at least 40 "
                     + "people in Kenya, officials said.", trigger: "kill", salient: false),
        SalienceCase(text: "On Friday, fishermen rescued 300 migrants off the coast.",
                     trigger: "rescued", salient: true),
        SalienceCase(text: "Thousands of people live near the river.", trigger: "live",
                     salient: false),
        SalienceCase(text: "Microsoft has replaced the browser with a newer version.",
                     trigger: "replaced", salient: true),
        SalienceCase(text: "Germany wants to hold talks with France.", trigger: "hold",
                     salient: true),
        SalienceCase(text: "Germany wants to hold talks with France.", trigger: "wants",
                     salient: false),
        SalienceCase(text: "Army puts troops on 'high alert'\nThe army put its troops on "
                     + "alert on Monday.", trigger: "puts", salient: false),
        SalienceCase(text: "Ukraine's offensive saw its forces seize two towns.",
                     trigger: "saw", salient: false),
        // A generic claim, habit or state in the simple present is no dated event.
        SalienceCase(text: "Moscow has repeatedly said it strikes only military targets.",
                     trigger: "strikes", salient: false),
        SalienceCase(text: "Mesa flies to 42 cities in New Mexico, Arizona and Texas.",
                     trigger: "flies", salient: false),
        SalienceCase(text: "Germany says the talks will continue.", trigger: "says",
                     salient: true),
        // A possibility is not an event.
        SalienceCase(text: "The suspect could face the death penalty, prosecutors said.",
                     trigger: "face", salient: false),
        SalienceCase(text: "Mesa Airlines may purchase more shares of the company.",
                     trigger: "purchase", salient: false),
        // Inside a direct quotation the statement that quotes it is the event.
        SalienceCase(text: "\"Someone emailed me earlier today about the plan,\" Smith said.",
                     trigger: "emailed", salient: false),
        SalienceCase(text: "“Someone emailed me earlier today about the plan,” Smith said.",
                     trigger: "said", salient: true),
        SalienceCase(text: "``A bomb went off at the embassy in Tanzania,'' he said.",
                     trigger: "went", salient: false),
        // A participle that modifies a noun is a detail of it.
        SalienceCase(text: "The offer, advertised in Monday's editions of the Journal, "
                     + "expires on Friday.", trigger: "advertised", salient: false),
        SalienceCase(text: "Officials said 54 people killed in the state were buried.",
                     trigger: "killed", salient: true),
        // An unclassed verb in a relative clause describes its noun; a bare participle is a
        // circumstance of its clause.
        SalienceCase(text: "Paul Keating, who put the republic issue in the spotlight in his "
                     + "1996 campaign, spoke in Sydney on Monday.", trigger: "put",
                     salient: false),
        SalienceCase(text: "Net income rose 51% in the third quarter, bolstered by gains from "
                     + "its investments.", trigger: "bolstered", salient: false),
        // A plain "said" whose complement holds a listed classed event is its source only.
        SalienceCase(text: "Spokesman Juan Perez said Venezuela expelled two Colombian "
                     + "diplomats on Monday.", trigger: "said", salient: false),
        SalienceCase(text: "Spokesman Juan Perez said Venezuela expelled two Colombian "
                     + "diplomats on Monday.", trigger: "expelled", salient: true),
        SalienceCase(text: "Spokesman Juan Perez said on Monday that the weather was fine.",
                     trigger: "said", salient: true),
        // A negative implicative says its infinitive did not happen.
        SalienceCase(text: "Siemens refused to pay the fine on Monday.",
                     trigger: "pay", salient: false),
        SalienceCase(text: "Siemens failed to pay the fine on Monday.",
                     trigger: "pay", salient: false),
        // A purpose infinitive does not displace the event it is the purpose of.
        SalienceCase(text: "On Wednesday, Surgeon General David Satcher led a team of doctors "
                     + "to Africa to help victims of the bombings.", trigger: "led",
                     salient: true),
        SalienceCase(text: "On Wednesday, Surgeon General David Satcher led a team of doctors "
                     + "to Africa to help victims of the bombings.", trigger: "help",
                     salient: false),
    ]

    @Test(arguments: salienceCases)
    func listsEventsAJournalistWould(_ example: SalienceCase) throws {
        let document = try ExtractorFixture.annotate(example.text)
        let event = try #require(document.events.first {
            document.text(of: $0.trigger) == example.trigger
        })
        #expect(event.isSalient == example.salient)
    }

    @Test(arguments: cases)
    func extractsEvent(_ example: Case) throws {
        let document = try ExtractorFixture.annotate(example.text, date: example.date)
        let event = try #require(document.events.first {
            document.text(of: $0.trigger) == example.trigger
        })
        #expect(event.type == example.type)
        #expect(event.agents == example.agents)
        #expect(Set(event.targets) == Set(example.targets))
        #expect(event.date?.value == example.value)
        #expect(event.certainty == example.certainty)
        if let source = example.source { #expect(event.source == source) }
    }

    @Test func aNounObjectOfAListedVerbIsNotListedAgain() throws {
        let document = try ExtractorFixture.annotate(
            "The European Union imposed new sanctions on Russia on Monday.", date: "2024-05-03")
        let imposed = try #require(document.events.first { $0.lemma == "impose" })
        let sanctions = try #require(document.events.first { $0.isNominal })
        #expect(imposed.isSalient)
        #expect(!sanctions.isSalient)
    }

    /// A wire dateline is where and when the story was filed: no event, no summary holds it.
    @Test func aDatelineIsPartOfNoEventOrSummary() throws {
        let document = try ExtractorFixture.annotate(
            "KYIV, March 14, 2025 (Reuters) - Russia attacked Ukraine's energy infrastructure "
            + "overnight, Ukrainian officials said on Friday.", date: "2025-03-14")
        let said = try #require(document.events.first { $0.lemma == "say" })
        #expect(said.summary.hasPrefix("Ukraine said Russia attacked"))
        for event in document.events {
            #expect(!event.summary.contains("Reuters"))
            #expect(!event.summary.contains("KYIV"))
        }
    }

    @Test func aWordInsideANameIsNoTrigger() throws {
        let document = try ExtractorFixture.annotate(
            "Bombs exploded outside the embassies in Nairobi and Dar es Salaam on Friday.",
            date: "1998-08-07")
        #expect(!document.events.contains { document.text(of: $0.trigger) == "es" })
    }

    @Test func itSaidIsTheOrganisationNotTheNearestCountry() throws {
        let document = try ExtractorFixture.annotate(
            "The Inter-Services Public Relations (ISPR) said jets struck hideouts near the "
            + "Afghan border. It said 18 militants were killed.", date: "2015-08-18")
        let said = try #require(document.events.last { $0.lemma == "say" })
        #expect(said.agents == ["inter-services-public-relations"])
    }

    /// What the article narrates in the past without a date is placed before the events
    /// of its own day (an order link), not dated; an unconfirmed claim is not placed.
    @Test func narratedPastEventsArePlacedBeforeTheDocumentDate() throws {
        let document = try ExtractorFixture.annotate(
            "Prosecutors told the court on Friday that the girl died of an infection. The girl "
            + "developed severe eczema at the age of four months. Her parents reportedly "
            + "refused treatment, a claim that Reuters could not independently verify.",
            date: "2009-05-08")
        func position(_ trigger: String) throws -> Int {
            try #require(document.events.firstIndex { document.text(of: $0.trigger) == trigger })
        }
        let told = try position("told"), developed = try position("developed")
        #expect(document.events[developed].date == nil)
        #expect(document.eventOrderLinks.contains(
            EventOrderLink(earlier: developed, later: told, signal: "narrative")))
        let refused = try position("refused")
        #expect(!document.eventOrderLinks.contains { $0.earlier == refused })
    }

    /// A passive present perfect dated by the time of writing ("have been charged") tells
    /// the result of something done before the day's news: ordered before the day's other
    /// events. An active one ("has launched a petition") is often the day's reaction, and a
    /// statement ("has denied") speaks at the time of writing: neither is linked.
    @Test(arguments: [
        ("Police arrested a man in Nairobi today. Twelve people have been charged in the case.",
         "charged", "arrested", true),
        ("The ministry said today that the embassy was closed. Two suspects have been "
         + "detained since the attack.", "detained", "said", true),
        ("The minister resigned today. The opposition has launched a petition against the "
         + "budget.", "launched", "resigned", false),
        ("The court fined the company today. The company has denied any wrongdoing.",
         "denied", "fined", false),
    ])
    func passivePresentPerfectPrecedesTheDay(text: String, perfect: String, other: String,
                                             linked: Bool) throws {
        let document = try ExtractorFixture.annotate(text, date: "2024-03-12")
        func position(_ trigger: String) throws -> Int {
            try #require(document.events.firstIndex { document.text(of: $0.trigger) == trigger })
        }
        let (early, late) = (try position(perfect), try position(other))
        #expect(document.events[early].date?.value == "2024-03-12")
        #expect(document.events[late].date?.value == "2024-03-12")
        #expect(document.eventOrderLinks.contains(
            EventOrderLink(earlier: early, later: late, signal: "perfect")) == linked)
    }

    /// Past events told more than a sentence after the last listed event of the document's
    /// day are background of unknown time: listed last, not placed before the day.
    @Test(arguments: [
        ("The girl developed severe eczema as a baby. Prosecutors told the court on Friday "
         + "that she died of an infection.", "developed", true),
        ("Prosecutors told the court on Friday that the girl died of an infection. The girl "
         + "developed severe eczema as a baby.", "developed", true),
        ("Prosecutors told the court on Friday that the girl died of an infection. The jury "
         + "is expected to retire next week. Her parents are both doctors. The couple met "
         + "the minister at university.", "met", false),
    ])
    func backgroundAfterTheStoryIsNotPlaced(text: String, trigger: String, placed: Bool) throws {
        let document = try ExtractorFixture.annotate(text, date: "2009-05-08")
        let position = try #require(document.events.firstIndex {
            document.text(of: $0.trigger) == trigger
        })
        #expect(document.events[position].date == nil)
        #expect(document.eventOrderLinks.contains {
            $0.earlier == position && $0.signal == "narrative"
        } == placed)
    }

    @Test func undatedEventsStayUndated() throws {
        let document = try ExtractorFixture.annotate(
            "Troops seized the bridge and held it for hours.", date: "2025-11-21")
        let seized = try #require(document.events.first { $0.lemma == "seize" })
        #expect(seized.date == nil)
    }

    @Test func followingOrdersAndDatesTheLaterEvent() throws {
        let document = try ExtractorFixture.annotate(
            "Poland sent troops to the border following a Belarusian incursion in May 2021.",
            date: "2021-06-10")
        let sent = try #require(document.events.first { $0.lemma == "send" })
        let incursion = try #require(document.events.first { $0.lemma == "incursion" })
        #expect(incursion.date?.value == "2021-05")
        #expect(sent.date?.value == "2021-05")
        #expect(sent.date?.origin == .narrative)
        #expect(document.eventOrderLinks.contains {
            $0.earlier == incursion.index && $0.later == sent.index
        })
    }
}
