import EventGraph

/// Small hand-built graphs from the Kursk demining article (Examples/kursk-demining.txt).
enum Fixtures {
    static let document = "kursk-demining"

    static let actors: [Actor] = [
        Actor(id: "dmitry-peskov", name: "Dmitry Peskov", kind: .person, affiliation: "russia"),
        Actor(id: "kursk", name: "Kursk", kind: .location),
        Actor(id: "nato", name: "NATO", kind: .organization),
        Actor(id: "north-korea", name: "North Korea", kind: .country),
        Actor(id: "reuters", name: "Reuters", kind: .organization),
        Actor(id: "russia", name: "Russia", kind: .country),
        Actor(id: "south-korea", name: "South Korea", kind: .country),
        Actor(id: "ukraine", name: "Ukraine", kind: .country),
        Actor(id: "vladimir-putin", name: "Vladimir Putin", kind: .person),
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
              summary: "North Korea sent roughly 14,000 soldiers to aid Russia",
              evidence: "South Korean, Ukrainian, and Western intelligence estimates indicate "
                + "that North Korea sent roughly 14,000 soldiers to aid Moscow following a "
                + "Ukrainian cross-border push into the Kursk region in August 2024.",
              type: .provideAid, date: "2024-08", dateText: "August 2024",
              agents: ["north-korea"], targets: ["russia"], location: "kursk",
              source: "south-korea"),
        event(6, sentence: 6, trigger: "suffered",
              summary: "North Korean forces suffered more than 6,000 fatalities",
              evidence: "Those forces reportedly suffered more than 6,000 fatalities during "
                + "the months-long campaign—figures Russia has not confirmed but has not "
                + "publicly disputed.",
              type: .casualties, date: "2024-08", dateText: nil,
              agents: ["north-korea"], targets: [], certainty: .unconfirmed),
        event(8, sentence: 8, trigger: "said",
              summary: "Vladimir Putin said North Korea's support helped retake Kursk",
              evidence: "President Vladimir Putin said in April that the retaking of the area "
                + "was achieved partly through North Korea’s military support.",
              type: .praiseThank, date: "2025-04", dateText: "April",
              agents: ["vladimir-putin"], targets: ["north-korea"]),
        event(1, sentence: 0, trigger: "announced",
              summary: "Russia announced North Korean soldiers are clearing minefields in Kursk",
              evidence: "Russia announced on Friday that North Korean soldiers deployed in its "
                + "western Kursk region are now heavily involved in clearing extensive "
                + "minefields.",
              type: .statement, date: "2025-11-21", dateText: "Friday",
              agents: ["russia"], targets: ["north-korea"], location: "kursk"),
        event(2, sentence: 0, trigger: "involved",
              summary: "North Korean soldiers are clearing minefields in Kursk",
              evidence: "North Korean soldiers deployed in its western Kursk region are now "
                + "heavily involved in clearing extensive minefields.",
              type: .other, date: "PRESENT_REF", dateText: "now",
              agents: ["north-korea"], targets: [], location: "kursk", source: "russia",
              certainty: .reported),
        event(12, sentence: 14, trigger: "expand",
              summary: "Russia and North Korea will expand cooperation",
              evidence: "Both sides plan to expand cooperation.",
              type: .agreeCooperate, date: nil, dateText: nil,
              agents: ["russia", "north-korea"], targets: [], certainty: .future),
    ]

    static let relations: [Relation] = [
        Relation(from: "dmitry-peskov", to: "russia", kind: "spokesman of", events: []),
        Relation(from: "north-korea", to: "russia", kind: "sent troops to",
                 events: ["kursk-demining#e4"]),
        Relation(from: "russia", to: "north-korea", kind: "announced",
                 events: ["kursk-demining#e1"]),
        Relation(from: "vladimir-putin", to: "north-korea", kind: "praised",
                 events: ["kursk-demining#e8", "kursk-demining#e4"]),
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
