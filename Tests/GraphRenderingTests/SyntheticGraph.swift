import EventGraph

/// A random graph of the given size, reproducible for a seed (tests of large graphs).
enum SyntheticGraph {
    static func make(events count: Int, actors actorCount: Int, seed: UInt64) -> EventGraph {
        var generator = SplitMix64(seed: seed)
        let actors = (0..<actorCount).map { index in
            Actor(id: ActorID("actor-\(index)"), name: "Actor \(index)",
                  kind: ActorKind.allCases[index % ActorKind.allCases.count])
        }
        var events: [Event] = []
        var relations: [Relation] = []
        for index in 0..<count {
            // Skewed choice, so a few actors are hubs as in real news.
            let agent = Int(generator.next() % UInt64(actorCount)) / (index % 3 + 1)
            let target = Int(generator.next() % UInt64(actorCount))
            guard agent != target else { continue }
            let id = EventID("synthetic#e\(index)")
            let month = 1 + index % 12
            events.append(Event(
                id: id, document: "synthetic", sentence: index, trigger: "met", start: 0,
                end: 3, evidence: "Actor \(agent) met actor \(target).",
                summary: "Actor \(agent) met actor \(target)",
                type: EventType.allCases[index % EventType.allCases.count],
                date: EventDate(value: "2024-" + (month < 10 ? "0" : "") + "\(month)",
                                from: .timex),
                agents: [actors[agent].id], targets: [actors[target].id]))
            relations.append(Relation(from: actors[agent].id, to: actors[target].id,
                                      kind: "met", events: [id]))
        }
        return EventGraph(actors: actors, events: events, relations: relations)
    }
}
