import Testing
@testable import EventExtraction

/// A verb is typed by its sense in the sentence: the argument frames of `event-verbs.tsv`.
struct VerbFrameTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let trigger: String
        let type: EventType
        var testDescription: String { "\(trigger) → \(type.rawValue): \(text)" }
    }

    static let cases: [Case] = [
        // Verbs added by class, with a frame where the sense needs one.
        Case(text: "Kopp is wanted for questioning in two other shootings.",
             trigger: "wanted", type: .legalJudicial),
        Case(text: "The party wanted to protect the donor.", trigger: "wanted", type: .other),
        Case(text: "Police searched the house on Sunday.", trigger: "searched",
             type: .legalJudicial),
        Case(text: "Immigration officials escorted the man to the airport.",
             trigger: "escorted", type: .deployMove),
        Case(text: "The company shipped more computers in the third quarter.",
             trigger: "shipped", type: .other),
        Case(text: "The minister turned down the request.", trigger: "turned", type: .accuse),
        Case(text: "Police raided two homes on Tuesday.", trigger: "raided",
             type: .legalJudicial),
        Case(text: "Rebels raided the army post on Tuesday.", trigger: "raided",
             type: .fightAttack),
        Case(text: "Two suspects have been handed over to the United States for trial.",
             trigger: "handed", type: .legalJudicial),
        Case(text: "The army handed over food to the villagers.", trigger: "handed",
             type: .provideAid),
        // A claim or case brought, lodged or presented is a court action.
        Case(text: "The airline presented claims for damages in the bankruptcy court.",
             trigger: "presented", type: .legalJudicial),
        Case(text: "The union lodged a complaint with the labour court on Monday.",
             trigger: "lodged", type: .legalJudicial),
        Case(text: "The architect presented his plans to the council.",
             trigger: "presented", type: .other),
        // An occurrence verb takes its event-noun subject's class.
        Case(text: "The bankruptcy proceedings began on Tuesday in a Helsinki court.",
             trigger: "began", type: .legalJudicial),
        // An appeal is legal against a ruling or to a court, else a request.
        Case(text: "Ukrainian President Volodymyr Zelenskyy appealed to allies for more "
             + "Patriot missile systems.", trigger: "appealed", type: .statement),
        Case(text: "The Pope appealed for calm after the riots.", trigger: "appealed",
             type: .statement),
        Case(text: "The company appealed against the ruling on Monday.", trigger: "appealed",
             type: .legalJudicial),
        Case(text: "Prosecutors appealed the verdict.", trigger: "appealed",
             type: .legalJudicial),
        // An interview or a talk with someone is a meeting; a retirement from a post is a
        // personnel change, an athlete's retirement is not; a finding is a statement.
        Case(text: "The newspaper interviewed the coach in Melbourne on Friday.",
             trigger: "interviewed", type: .meetVisit),
        Case(text: "The minister spoke with the Chinese ambassador on Monday.",
             trigger: "spoke", type: .meetVisit),
        Case(text: "The minister spoke in parliament on Monday.", trigger: "spoke",
             type: .statement),
        Case(text: "The senator retired from office in 2012.", trigger: "retired",
             type: .electAppoint),
        Case(text: "The swimmer retired after the 2012 Games.", trigger: "retired",
             type: .other),
        Case(text: "The club inducted three players into its hall of fame.",
             trigger: "inducted", type: .electAppoint),
        Case(text: "The researchers found that yields would fall by 2050.", trigger: "found",
             type: .statement),
        Case(text: "Police found the body near the river.", trigger: "found", type: .other),
        Case(text: "The airline is working closely with the tourism board.",
             trigger: "working", type: .agreeCooperate),
        Case(text: "Hackers hacked the ministry's website on Sunday.", trigger: "hacked",
             type: .fightAttack),
        Case(text: "Car bombs blew apart two buildings in the capital.", trigger: "blew",
             type: .fightAttack),
        // "Took" takes its class from its object: the stand, office or a share of the vote.
        Case(text: "The witness took the stand for four hours on Friday.", trigger: "took",
             type: .legalJudicial),
        Case(text: "The party took 13 percent of the vote in the state election.",
             trigger: "took", type: .electAppoint),
        Case(text: "The president took office in January.", trigger: "took",
             type: .electAppoint),
        Case(text: "The coach took the team to Canada.", trigger: "took", type: .other),
        // People who flee, leave or defect move; leaving a pact withdraws from it; a release
        // from prison is legal; running for office is an election.
        Case(text: "Thousands of villagers fled to Jordan on Sunday.", trigger: "fled",
             type: .deployMove),
        Case(text: "The soldier defected to South Korea in 2010.", trigger: "defected",
             type: .deployMove),
        Case(text: "The United States left the nuclear deal in 2018.", trigger: "left",
             type: .withdrawExpel),
        Case(text: "The journalist was released from prison on Monday.", trigger: "released",
             type: .legalJudicial),
        Case(text: "The mayor ran for governor in the 2014 election.", trigger: "ran",
             type: .other),
        Case(text: "The mayor ran for office in 2014.", trigger: "ran", type: .electAppoint),
        // Winning an election is an election; winning a match or a prize is not.
        Case(text: "The Democratic Party won 30 seats in the election.", trigger: "won",
             type: .electAppoint),
        Case(text: "Sweden won the match against South Korea.", trigger: "won", type: .other),
        Case(text: "The film won the award for best picture.", trigger: "won", type: .other),
        // Striking a deal is agreeing; hitting a record is no attack.
        Case(text: "The two companies struck a deal to share the network.",
             trigger: "struck", type: .agreeCooperate),
        Case(text: "Russian missiles struck Kyiv on Monday.", trigger: "struck",
             type: .fightAttack),
        Case(text: "Oil prices hit a record high on Tuesday.", trigger: "hit", type: .other),
        // Firing a person is a dismissal; shooting a film is no attack.
        Case(text: "The club fired its coach after the defeat.", trigger: "fired",
             type: .electAppoint),
        Case(text: "The director shot the film in Iceland.", trigger: "shot", type: .other),
        // Prices advance and suffer no casualties; troops do.
        Case(text: "The price of Brent crude advanced 53 cents.", trigger: "advanced",
             type: .other),
        Case(text: "Russian troops advanced on the town of Pokrovsk.", trigger: "advanced",
             type: .fightAttack),
        Case(text: "Many children suffered from iodine deficiency.", trigger: "suffered",
             type: .other),
        Case(text: "The army suffered heavy losses in the battle.", trigger: "suffered",
             type: .casualties),
        // A plea in court is legal; a plea for help is a request.
        Case(text: "The defendant pleaded guilty to fraud.", trigger: "pleaded",
             type: .legalJudicial),
        // Issuing a warrant is legal; maintaining a policy says nothing.
        Case(text: "The court issued an arrest warrant for the former minister.",
             trigger: "issued", type: .legalJudicial),
        Case(text: "Malaysia has maintained a policy of turning away boats.",
             trigger: "maintained", type: .other),
        Case(text: "The minister maintained that the policy was lawful.",
             trigger: "maintained", type: .statement),
        // Exchanging fire is fighting, whatever class "fire" has as a noun.
        Case(text: "North Korea and South Korea exchanged artillery fire on Thursday.",
             trigger: "exchanged", type: .fightAttack),
        // Visitors are welcomed, not praised; a decision is.
        Case(text: "The festival welcomed 100,000 visitors over the weekend.",
             trigger: "welcomed", type: .other),
        Case(text: "Ukraine welcomed the decision of the European Union.", trigger: "welcomed",
             type: .praiseThank),
        // Falling buildings are disasters; failing talks are not.
        Case(text: "A building collapsed in Lagos on Friday.", trigger: "collapsed",
             type: .disaster),
        Case(text: "The talks collapsed after two days.", trigger: "collapsed", type: .other),
        Case(text: "Violence erupted in the capital after the vote.", trigger: "erupted",
             type: .fightAttack),
        // Frequent news verbs with a class by frame (TBAQ's most frequent verb lemmas).
        Case(text: "The Supreme Court ordered the government to release the documents.",
             trigger: "ordered", type: .legalJudicial),
        Case(text: "The mayor ordered the evacuation of the coast.", trigger: "ordered",
             type: .statement),
        Case(text: "Parliament passed a law banning the protests.", trigger: "passed",
             type: .legalJudicial),
        Case(text: "Three soldiers were hurt in the attack.", trigger: "hurt",
             type: .casualties),
        Case(text: "The strong dollar hurt exports in the third quarter.", trigger: "hurt",
             type: .other),
        Case(text: "Ogden Corp. reported net income of $27.1 million.", trigger: "reported",
             type: .other),
        Case(text: "Hurricane Katrina sent oil prices to a record high.", trigger: "sent",
             type: .other),
        Case(text: "The US Red Cross sent 500 volunteers to Texas.", trigger: "sent",
             type: .provideAid),
    ]

    @Test(arguments: cases)
    func typesAVerbByItsFrame(_ example: Case) throws {
        let document = try ExtractorFixture.annotate(example.text)
        let event = try #require(document.events.last {
            document.text(of: $0.trigger) == example.trigger
        })
        #expect(event.type == example.type)
    }

    @Test(arguments: [
        ("obj:ruling prep", "'prep' needs words after ':' (or '*' for any)"),
        ("object:ruling", "unknown term 'object:ruling'; known: obj, subj, prep, next, "
         + "clause, obj-kind, subj-kind"),
        ("obj:{rulings}", "unknown word list {rulings}; known: court"),
        ("obj-kind:army", "unknown actor kind 'army' in 'obj-kind:army'; known: actor, "
         + "country, group, location, organization, person"),
        ("obj:x=y", "only prep takes '=nouns': 'obj:x=y'"),
        ("clause:that", "'clause' takes no words: 'clause:that'"),
    ])
    func badFramesSayWhatIsWrong(text: String, message: String) {
        #expect(throws: FrameError(message: message)) {
            _ = try VerbFrame(text, lists: ["court": ["court"]])
        }
    }

    @Test func framesParseListsAndNegation() throws {
        let frame = try VerbFrame("prep:to={court} !obj:*", lists: ["court": ["court", "judge"]])
        #expect(frame.terms.count == 2)
        #expect(frame.terms[0].nouns == ["court", "judge"])
        #expect(frame.terms[1].negated && frame.terms[1].words.isEmpty)
    }
}
