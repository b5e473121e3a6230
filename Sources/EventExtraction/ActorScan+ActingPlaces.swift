import TextAnalysis

extension ActorScan {
    /// "Qantas will almost double its flights", "Qantas suspended a number of services": a
    /// name the name recogniser took for a place, that the gazetteer does not know and that
    /// the parse makes the subject of a verb somewhere in the article, acts — a place does
    /// not suspend services — so it is an organisation, and its mentions outside a locative
    /// phrase ("in Brooklyn") are participants. Names ending in a place noun ("the Red
    /// River") stay places.
    mutating func promoteActingPlaces() {
        let tokens = document.tokens
        var acting = Set<String>()
        for mention in mentions where mention.form == .place && mention.ruleID == "place.name"
            && !isLocative(mention) {
            guard let actor = actors[mention.actorID], actor.kind == .location,
                  actor.affiliation == nil,
                  mention.tokens.allSatisfy({ entityClass[$0] == .geopolitical }),
                  !lexicon.placeNouns.contains(view.keys[mention.tokens.upperBound - 1])
            else { continue }
            let head = mention.tokens.first { token in
                tokens[token].head.map { !mention.tokens.contains($0) } ?? true
            } ?? mention.tokens.upperBound - 1
            if tokens[head].dependency == "nsubj", let verb = tokens[head].head,
               tokens[verb].upos == .verb {
                acting.insert(mention.actorID)
            }
        }
        guard !acting.isEmpty else { return }
        for id in acting { actors[id]?.kind = .organization }
        for index in mentions.indices where acting.contains(mentions[index].actorID)
            && mentions[index].form == .place && !isLocative(mentions[index]) {
            mentions[index].form = .name
            mentions[index].ruleID = "organization.acting-name"
        }
    }

    /// Whether a locative preposition ("in", "near") stands right before the mention.
    private func isLocative(_ mention: ActorMention) -> Bool {
        let before = mention.tokens.lowerBound - 1
        return before >= document.sentences[mention.sentence].tokens.lowerBound
            && lexicon.locativePrepositions.contains(view.keys[before])
    }
}
