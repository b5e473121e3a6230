import EventExtraction

extension EventGraph {
    /// Links the extractions of one or many documents into one graph.
    ///
    /// Actors with the same canonical id are one actor across documents (their mentions
    /// concatenated), and so are a person's spellings in different articles that
    /// `PersonVariants` takes for transliterations of one name ("Zelenskiy"/"Zelenskyy"):
    /// the later article's spelling becomes a mention of the first one's actor. Every
    /// event is kept, with `salient` telling the views whether to list it; the same event
    /// reported by several documents is one event with several `reports` (`EventMerger`). Relations join each salient event's agents to its targets (or, for a material
    /// event without a target, to its place), labelled by the trigger's verb class; a
    /// person's or organisation's affiliation is a relation with no events
    /// ("spokesperson of"). The result is in the defined order of `EventGraph`.
    public init(extractions: [DocumentExtraction]) {
        var actors: [ActorID: Actor] = [:]
        var events: [Event] = []
        var items: [EventOrder.Item] = []
        var links: [(earlier: String, later: String)] = []
        var documents: [DocumentRecord] = []
        var timexes: [TimexRecord] = []
        var roles: [ActorID: String] = [:]
        var labels: [EventID: String] = [:]
        var intervals: [EventID: ClosedRange<Int>] = [:]
        var lemmas: [EventID: String] = [:]

        // Known persons by folded surname, for spellings of one name across articles.
        let variants = PersonVariants()
        var personsByKey: [String: [ActorID]] = [:]

        for (documentOrder, original) in extractions.enumerated() {
            let matches = variants.matches(in: original, known: { key in
                (personsByKey[key] ?? []).compactMap { id in
                    actors[id].map { .init(id: id.rawValue, name: $0.name, role: roles[id]) }
                }
            }, isActor: { actors[ActorID($0)] != nil })
            let extraction = original.renamingActors(Dictionary(
                matches.map { ($0.variant.id, ($0.known.id, $0.known.name)) },
                uniquingKeysWith: { first, _ in first }))
            let documentID = extraction.documentID
            documents.append(DocumentRecord(
                id: documentID, dct: extraction.creationDate,
                dctSource: extraction.creationDateSource, title: extraction.title,
                path: extraction.path))
            timexes += extraction.timexes.map {
                TimexRecord(document: documentID, text: $0.text, start: $0.start, end: $0.end,
                            type: $0.type, value: $0.value, mod: $0.mod)
            }
            let mentioned = Set(extraction.mentions.map(\.actorID))
            for actor in extraction.actors where mentioned.contains(actor.id) {
                let id = ActorID(actor.id)
                if actors[id] == nil {
                    actors[id] = Actor(id: id, name: actor.name, kind: actor.kind)
                    if actor.kind == .person, let key = variants.surnameKey(actor.name) {
                        personsByKey[key, default: []].append(id)
                    }
                }
                if actors[id]?.affiliation == nil, let affiliation = actor.affiliation {
                    actors[id]?.affiliation = ActorID(affiliation)
                }
                if roles[id] == nil, let role = actor.role { roles[id] = role }
            }
            for mention in extraction.mentions {
                actors[ActorID(mention.actorID)]?.mentions.append(Mention(
                    document: documentID, text: mention.text, start: mention.start,
                    end: mention.end, sentence: mention.sentence))
            }
            func eventID(_ index: Int) -> EventID {
                DocumentEvents.eventID(document: documentID, index: index)
            }
            let converted = DocumentEvents(extraction, documentID: documentID)
            events += converted.events
            labels.merge(converted.labels) { first, _ in first }
            lemmas.merge(converted.lemmas) { first, _ in first }
            intervals.merge(converted.intervals) { first, _ in first }
            for event in converted.events {
                let key = converted.keys[event.id]
                    ?? EventOrder.Key(group: 2, startDay: 0, negativeLength: 0)
                items.append(.init(key: key, documentOrder: documentOrder, start: event.start,
                                   id: event.id.rawValue))
            }
            links += extraction.orderLinks.map {
                (eventID($0.earlier).rawValue, eventID($0.later).rawValue)
            }
        }

        // The same event in several articles is one event with several reports.
        var merged = EventMerger.mergeRepeats(&events, lemmas: lemmas, intervals: intervals)
        let acrossArticles = EventMerger.merge(&events, intervals: intervals, lemmas: lemmas)
        merged.merge(acrossArticles) { first, _ in first }
        // A repeat folded into an event that was itself merged into another article's.
        for (gone, kept) in merged {
            var target = kept
            while let next = merged[target], next != target { target = next }
            merged[gone] = target
        }
        var keyOf: [String: EventOrder.Key] = [:]
        for item in items { keyOf[item.id] = item.key }
        // In document order, as the merge gave the kept event the first report's date (a
        // dictionary's order would differ from run to run).
        for item in items {
            let gone = EventID(item.id)
            guard let kept = merged[gone], intervals[kept] == nil,
                  intervals[gone] != nil else { continue }
            // The kept event took its date from this report: it sorts by that date now.
            intervals[kept] = intervals[gone]
            keyOf[kept.rawValue] = keyOf[gone.rawValue]
        }
        items = items.filter { merged[EventID($0.id)] == nil }.map {
            EventOrder.Item(key: keyOf[$0.id] ?? $0.key, documentOrder: $0.documentOrder,
                            start: $0.start, id: $0.id)
        }
        links = links.map {
            (merged[EventID($0.earlier)]?.rawValue ?? $0.earlier,
             merged[EventID($0.later)]?.rawValue ?? $0.later)
        }
        let order = EventOrder.sort(items, links: links)
        let byID = Dictionary(uniqueKeysWithValues: events.map { ($0.id.rawValue, $0) })
        let orderedEvents = order.compactMap { byID[$0.id] }
        let relations = Self.relations(events: orderedEvents, labels: labels, actors: actors,
                                       roles: roles)
        self.init(documents: documents, timexes: timexes,
                  actors: actors.values.sorted { $0.id < $1.id },
                  events: orderedEvents, relations: relations)
    }

    package static func relations(events: [Event], labels: [EventID: String],
                                  actors: [ActorID: Actor],
                                  roles: [ActorID: String]) -> [Relation] {
        struct Key: Hashable { let from: ActorID; let to: ActorID; let kind: String }
        var grouped: [Key: [EventID]] = [:]
        for event in events where event.salient {
            // A material event with no target acts on its place ("a push into the X region").
            var targets = event.targets
            if targets.isEmpty, event.quadClass.isMaterial, let place = event.location {
                targets = [place]
            }
            for agent in event.agents {
                for target in targets where target != agent {
                    let kind = labels[event.id] ?? event.trigger
                    grouped[Key(from: agent, to: target, kind: kind), default: []]
                        .append(event.id)
                }
            }
        }
        var involved = Set(grouped.keys.flatMap { [$0.from, $0.to] })
        for event in events where event.salient { involved.formUnion(event.agents) }
        for actor in actors.values where involved.contains(actor.id) {
            guard let affiliation = actor.affiliation, actors[affiliation] != nil else {
                continue
            }
            let kind = actor.kind == .person ? "\(roles[actor.id] ?? "member") of"
                : "affiliated with"
            grouped[Key(from: actor.id, to: affiliation, kind: kind), default: []] += []
        }
        return grouped.map { Relation(from: $0.key.from, to: $0.key.to, kind: $0.key.kind,
                                      events: $0.value) }
            .sorted { ($0.from, $0.to, $0.kind) < ($1.from, $1.to, $1.kind) }
    }
}
