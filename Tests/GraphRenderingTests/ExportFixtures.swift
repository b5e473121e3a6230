import EventGraph

/// A second story for export tests: a Baltic grain-corridor dispute, with repeated relations
/// between one pair, claims, an affiliation and dates at three precisions.
enum ExportFixtures {
    static let document = "grain-corridor"

    static let actors: [Actor] = [
        Actor(id: "estonia", name: "Estonia", kind: .country),
        Actor(id: "latvia", name: "Latvia", kind: .country),
        Actor(id: "kaja-tamm", name: "Kaja Tamm", kind: .person, affiliation: "estonia"),
        Actor(id: "riga-port", name: "Riga <Port> & \"Docks\"", kind: .location),
        Actor(id: "baltic-news", name: "Baltic News", kind: .organization),
    ]

    static func event(_ number: Int, _ summary: String, _ type: EventType, _ date: String?,
                      agents: [ActorID], targets: [ActorID], location: ActorID? = nil,
                      certainty: Certainty = .asserted) -> Event {
        Event(id: EventID("\(document)#e\(number)"), document: document, sentence: number,
              trigger: "t", start: number * 10, end: number * 10 + 1,
              evidence: "Sentence \(number): " + summary + ".", summary: summary, type: type,
              date: date.map { EventDate(value: $0, from: .timex) }, agents: agents,
              targets: targets, location: location,
              source: certainty == .reported ? "baltic-news" : nil, certainty: certainty)
    }

    static let events: [Event] = [
        event(1, "Latvia met Estonia", .meetVisit, "2022", agents: ["latvia"],
              targets: ["estonia"]),
        event(2, "Latvia accused Estonia", .accuse, "2022-03", agents: ["latvia"],
              targets: ["estonia"]),
        event(3, "Latvia blockaded Estonia at Riga", .fightAttack, "2022-03-14",
              agents: ["latvia"], targets: ["estonia"], location: "riga-port",
              certainty: .reported),
        event(4, "Kaja Tamm praised Latvia", .praiseThank, "2023-01-05",
              agents: ["kaja-tamm"], targets: ["latvia"]),
        event(5, "Estonia will sign a deal", .economicDeal, nil, agents: ["estonia"],
              targets: ["latvia"], certainty: .future),
    ]

    static let relations: [Relation] = [
        Relation(from: "latvia", to: "estonia", kind: "met",
                 events: ["grain-corridor#e1"]),
        Relation(from: "latvia", to: "estonia", kind: "accused",
                 events: ["grain-corridor#e2"]),
        Relation(from: "latvia", to: "estonia", kind: "blockaded",
                 events: ["grain-corridor#e3"]),
        Relation(from: "kaja-tamm", to: "latvia", kind: "praised",
                 events: ["grain-corridor#e4"]),
        Relation(from: "estonia", to: "latvia", kind: "signed with",
                 events: ["grain-corridor#e5"]),
        Relation(from: "kaja-tamm", to: "estonia", kind: "minister of", events: []),
    ]

    static let graph = EventGraph(
        documents: [DocumentRecord(id: document, dct: "2023-01-06", dctSource: "option",
                                   title: "Grain & corridor", path: nil)],
        actors: actors, events: events, relations: relations)
}
