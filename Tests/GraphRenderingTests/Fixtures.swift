import EventGraph

/// Small hand-built graphs from a news story about the Turkish-Armenian border talks (the
/// reopening of the Margara crossing after the February 2023 earthquakes).
enum Fixtures {
    static let document = "margara-border"

    static let actors: [Actor] = [
        Actor(id: "anadolu-agency", name: "Anadolu Agency", kind: .organization),
        Actor(id: "armenia", name: "Armenia", kind: .country),
        Actor(id: "azerbaijan", name: "Azerbaijan", kind: .country),
        Actor(id: "margara", name: "Margara", kind: .location),
        Actor(id: "mevlut-cavusoglu", name: "Mevlut Cavusoglu", kind: .person,
              affiliation: "turkey"),
        Actor(id: "osce", name: "OSCE", kind: .organization),
        Actor(id: "sweden", name: "Sweden", kind: .country),
        Actor(id: "tayyip-erdogan", name: "Tayyip Erdogan", kind: .person),
        Actor(id: "turkey", name: "Turkey", kind: .country),
    ]

    static func event(_ number: Int, sentence: Int, trigger: String, summary: String,
                      evidence: String, type: EventType, date: String?, dateText: String?,
                      agents: [ActorID], targets: [ActorID], location: ActorID? = nil,
                      source: ActorID? = nil, certainty: Certainty = .asserted) -> Event {
        Event(id: EventID("\(document)#e\(number)"), document: document, sentence: sentence,
              trigger: trigger, start: 10 * number, end: 10 * number + trigger.count,
              evidence: evidence, summary: summary, type: type,
              date: date.map { EventDate(value: $0, text: dateText, from: .timex) },
              agents: agents, targets: targets, location: location, source: source,
              certainty: certainty)
    }

    /// Chronological, as `EventGraph` keeps them.
    static let events: [Event] = [
        event(4, sentence: 5, trigger: "sent",
              summary: "Armenia sent about 100 tonnes of aid to Turkey through Margara",
              evidence: "Anadolu Agency said Armenia sent about 100 tonnes of food, medicine "
                + "and water to Turkey through the Margara crossing in February 2023, the "
                + "first time the border had opened in 35 years.",
              type: .provideAid, date: "2023-02", dateText: "February 2023",
              agents: ["armenia"], targets: ["turkey"], location: "margara",
              source: "anadolu-agency"),
        event(6, sentence: 6, trigger: "killed",
              summary: "Turkey suffered more than 50,000 deaths in the earthquakes",
              evidence: "The earthquakes reportedly killed more than 50,000 people in Turkey, "
                + "a toll the government has not confirmed as final.",
              type: .casualties, date: "2023-02", dateText: nil,
              agents: ["turkey"], targets: [], certainty: .unconfirmed),
        event(8, sentence: 8, trigger: "said",
              summary: "Tayyip Erdogan said Armenia's help showed the neighbours can cooperate",
              evidence: "President Tayyip Erdogan said in March that Armenia’s help after the "
                + "disaster showed the two neighbours can cooperate.",
              type: .praiseThank, date: "2023-03", dateText: "March",
              agents: ["tayyip-erdogan"], targets: ["armenia"]),
        event(1, sentence: 0, trigger: "announced",
              summary: "Turkey announced Turkish and Armenian engineers are preparing Margara",
              evidence: "Turkey announced on Friday that Turkish and Armenian engineers at the "
                + "Margara crossing are now preparing it to reopen to travellers.",
              type: .statement, date: "2023-06-02", dateText: "Friday",
              agents: ["turkey"], targets: ["armenia"], location: "margara"),
        event(2, sentence: 0, trigger: "preparing",
              summary: "Armenian engineers are preparing the Margara crossing",
              evidence: "Turkish and Armenian engineers at the Margara crossing are now "
                + "preparing it to reopen to travellers.",
              type: .other, date: "PRESENT_REF", dateText: "now",
              agents: ["armenia"], targets: [], location: "margara", source: "turkey",
              certainty: .reported),
        event(12, sentence: 14, trigger: "open",
              summary: "Turkey and Armenia will open the border to third-country nationals",
              evidence: "Both sides plan to open the border to third-country nationals.",
              type: .agreeCooperate, date: nil, dateText: nil,
              agents: ["turkey", "armenia"], targets: [], certainty: .future),
    ]

    static let relations: [Relation] = [
        Relation(from: "mevlut-cavusoglu", to: "turkey", kind: "foreign minister of",
                 events: []),
        Relation(from: "armenia", to: "turkey", kind: "sent aid to",
                 events: ["margara-border#e4"]),
        Relation(from: "turkey", to: "armenia", kind: "announced",
                 events: ["margara-border#e1"]),
        Relation(from: "tayyip-erdogan", to: "armenia", kind: "praised",
                 events: ["margara-border#e8", "margara-border#e4"]),
    ]

    static let graph = EventGraph(actors: actors, events: events, relations: relations)

    /// Everything DOT and record labels could choke on, in a name, an id and a label.
    static let hostileText = "Say \"hi\" \\ {braces} <b>tag</b> | pipe\nnew line\r\nCRLF \\N \\"

    static let hostileGraph = EventGraph(
        actors: [
            Actor(id: ActorID(hostileText), name: hostileText, kind: .group),
            Actor(id: "plain", name: "Plain", kind: .country),
        ],
        events: [],
        relations: [
            Relation(from: ActorID(hostileText), to: "plain", kind: hostileText, events: []),
            Relation(from: "plain", to: ActorID("a\"b"), kind: "x\" ] ; y -> z [ \"", events: []),
        ]
    )
}
