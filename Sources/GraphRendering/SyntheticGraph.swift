import EventGraph

/// A made-up story of any size, reproducible for a seed: for benchmarks and tests of large
/// graphs, where no real corpus of that size ships with the repository.
///
/// Agents are drawn with a skew (a few hubs, many minor actors) as in real news; dates cycle
/// through the months of 2024; every event backs one relation.
public enum SyntheticGraph {
    /// A graph of exactly `count` events among `actorCount` actors (at least two).
    public static func make(events count: Int, actors actorCount: Int,
                            seed: UInt64) -> EventGraph {
        var generator = SeededGenerator(seed: seed)
        let actorCount = max(2, actorCount)
        let actors = (0..<actorCount).map { index in
            Actor(id: ActorID("actor-\(index)"), name: "Actor \(index)",
                  kind: ActorKind.allCases[index % ActorKind.allCases.count])
        }
        var events: [Event] = []
        var relations: [Relation] = []
        for index in 0..<count {
            let agent = Int(generator.next() % UInt64(actorCount)) / (index % 3 + 1)
            var target = Int(generator.next() % UInt64(actorCount))
            if target == agent { target = (target + 1) % actorCount }
            let id = EventID("synthetic#e\(index)")
            let month = 1 + index % 12
            let type = EventType.allCases[index % EventType.allCases.count]
            events.append(Event(
                id: id, document: "synthetic", sentence: index, trigger: "met", start: 0,
                end: 3, evidence: "Actor \(agent) met actor \(target).",
                summary: "Actor \(agent) met actor \(target)", type: type,
                date: EventDate(value: "2024-" + (month < 10 ? "0" : "") + "\(month)",
                                from: .timex),
                agents: [actors[agent].id], targets: [actors[target].id],
                certainty: index % 7 == 0 ? .reported : .asserted))
            relations.append(Relation(from: actors[agent].id, to: actors[target].id,
                                      kind: type.rawValue.lowercased(), events: [id]))
        }
        return EventGraph(actors: actors, events: events, relations: relations)
    }
}

/// SplitMix64: small, fast, and the same sequence on every platform for a seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
