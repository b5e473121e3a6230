import TextAnalysis

/// The surface reading of one sentence's arguments — the subject before the verb group, the
/// predicate after it — used where the dependency parse gives nothing (`ArgumentFinder`).
struct SurfaceArguments {
    let document: Document
    let view: TokenView
    let clauses: ClauseView
    let mentions: [Int: ActorMention]
    let range: Range<Int>

    private func actors(in tokens: Range<Int>, places: Bool = false) -> [String] {
        var result: [String] = []
        var seen = Set<Range<Int>>()
        for index in tokens {
            guard let mention = mentions[index], !seen.contains(mention.tokens) else { continue }
            seen.insert(mention.tokens)
            guard places ? mention.form == .place : mention.isParticipant else { continue }
            if !result.contains(mention.actorID) { result.append(mention.actorID) }
        }
        return result
    }

    /// The verb an infinitive, a trailing gerund or a coordinated verb depends on.
    func governingVerb(of index: Int) -> Int? {
        if clauses.isInfinitive(index, in: range) || clauses.isParticipleContinuation(
            index, in: range) {
            var cursor = clauses.verbGroupStart(index, in: range) - 1
            while cursor >= range.lowerBound {
                if clauses.isVerb(cursor) { return cursor }
                if clauses.isClauseOpener(cursor) { return nil }
                cursor -= 1
            }
            return nil
        }
        return clauses.coordinatedVerb(before: index, in: range)
    }

    /// Actors of the subject noun phrase: from the clause start to the verb group, keeping
    /// only the last comma-separated part unless the parts form a list ("South Korean,
    /// Ukrainian, and Western estimates").
    func subject(of index: Int) -> [String] {
        if let antecedent = relativeAntecedent(of: index) { return [antecedent] }
        guard let region = subjectRegion(of: index) else { return [] }
        return actors(in: region)
    }

    /// "the European Union, which imposed …": the actor just before a relative pronoun
    /// that opens the verb's clause.
    func relativeAntecedent(of index: Int) -> String? {
        // The pronoun stands right before the verb group ("which imposed", "who has said").
        var pronoun = clauses.verbGroupStart(index, in: range) - 1
        guard pronoun >= range.lowerBound, ["who", "which"].contains(view.keys[pronoun])
        else { return nil }
        pronoun -= 1
        if pronoun >= range.lowerBound, view.keys[pronoun] == "," { pronoun -= 1 }
        guard pronoun >= range.lowerBound, let mention = mentions[pronoun],
              mention.isParticipant else { return nil }
        return mention.actorID
    }

    /// The subject's head region: from the clause start (after a comma that does not
    /// separate list items) to the verb group, cut before a prepositional phrase ("The
    /// deployment of French troops underscores …": the troops are not the head).
    func subjectRegion(of index: Int) -> Range<Int>? {
        let end = clauses.verbGroupStart(index, in: range)
        var start = clauses.clauseStart(before: index, in: range)
        if let apposed = appositiveSubject(start: start, verbGroup: end) { return apposed }
        var cursor = end - 1
        var segmentEnd = end
        while cursor >= start {
            if view.keys[cursor] == "," {
                let next = cursor + 1
                let isList = next < segmentEnd
                    && (ClauseView.coordinators.contains(view.keys[next])
                        || isListItem(next, before: segmentEnd))
                // "Trump, without using Biden's name, tweeted": an aside between commas
                // (opening with a preposition, adverb or participle) is skipped.
                let isAside = next < segmentEnd && (document.tokens[next].upos == .adp
                    || document.tokens[next].upos == .adv || document.tokens[next].upos == .sconj
                    || clauses.xpos(next) == "VBG")
                if isAside {
                    segmentEnd = cursor
                } else if !isList {
                    start = cursor + 1
                    break
                }
            }
            cursor -= 1
        }
        let end2 = segmentEnd
        guard start < end2 else { return nil }
        // "The deployment of French troops underscores …": an actor inside a prepositional
        // phrase is not the head — unless the head is a role ("the foreign ministers of
        // Russia, Turkey and Syria met"), whose countries are the participants.
        if let preposition = (start..<end2).first(where: {
            document.tokens[$0].upos == .adp && $0 > start && mentions[$0] == nil
        }) {
            let head = preposition - 1
            let lemma = document.tokens[head].lemma.map(MatchKey.normalize) ?? view.keys[head]
            if view.keys[preposition] == "of", clauses.lexicon.roleHeads.contains(lemma) {
                return start..<end2
            }
            return start..<preposition
        }
        return start..<end2
    }

    /// "Jeff Rathke, the State Department spokesperson, said", "The secretary general of
    /// CEI, Nunzio Galantino, has called": a subject with an apposition between commas
    /// right before the verb. The name and its apposition are the two comma parts; the one
    /// that names a person is the subject (else the first), so the organisation inside a
    /// job title is not taken for the speaker.
    func appositiveSubject(start: Int, verbGroup end: Int) -> Range<Int>? {
        let comma = end - 1
        guard comma > start, view.keys[comma] == "," else { return nil }
        guard let open = (start..<comma).last(where: { view.keys[$0] == "," }),
              open > start else { return nil }
        let first = ((start..<open).last(where: { view.keys[$0] == "," }).map { $0 + 1 }
                     ?? start)..<open
        let second = open + 1..<comma
        guard !first.isEmpty, !second.isEmpty,
              !second.contains(where: { clauses.isVerb($0) || clauses.isFinite($0) }),
              !first.contains(where: { clauses.isVerb($0) || clauses.isFinite($0) })
        else { return nil }
        func namesPerson(_ part: Range<Int>) -> Bool {
            part.contains { token in
                guard let mention = mentions[token], mention.isParticipant else { return false }
                return document.actors[mention.actorID]?.kind == .person
            }
        }
        return namesPerson(second) && !namesPerson(first) ? second : first
    }

    /// The head noun of the subject (its last noun), for typing by subject ("an earthquake
    /// struck" is a disaster, not an attack).
    func subjectHead(of index: Int) -> Int? {
        subjectRegion(of: index)?.last {
            document.tokens[$0].upos == .noun || document.tokens[$0].upos == .propn
        }
    }

    /// A list item of a subject: a mention followed directly by a comma or a coordinator.
    private func isListItem(_ index: Int, before end: Int) -> Bool {
        guard let mention = mentions[index], mention.tokens.lowerBound == index else {
            return false
        }
        let after = mention.tokens.upperBound
        return after < end && (view.keys[after] == "," ||
                               ClauseView.coordinators.contains(view.keys[after]))
    }

    /// Actors of a "by" phrase in the predicate after the verb.
    func byPhrase(after index: Int) -> [String] {
        let end = clauses.predicateEnd(after: index, in: range)
        guard let by = (index + 1..<end).first(where: { view.keys[$0] == "by" }) else {
            return []
        }
        // The phrase ends at a comma, a verb or another preposition: "questioned by the
        // FBI and police in connection with the bombing of U.S. embassies", "transported by
        // road from Tanzania to Kenya" (an "of" stays inside: "by ministers of Turkey").
        var stop = by + 1
        while stop < end, view.keys[stop] != ",", !clauses.isVerb(stop),
              document.tokens[stop].upos != .adp || view.keys[stop] == "of"
                || mentions[stop] != nil {
            stop += 1
        }
        return actors(in: by + 1..<stop)
    }

    /// Targets and place in the predicate after `index`.
    ///
    /// Nouns (`prepositions` given): a target must follow one of those prepositions. Verbs:
    /// targets are the object and the complements of a target preposition ("to", "against",
    /// "with" …, an "of" inside them: "met with the leaders of Iran"), and an infinitive of
    /// purpose continues them ("sent troops to help Kyiv"); any other preposition ("in",
    /// "under", "during") or a participle ("a town bordering X") ends them.
    func predicateMentions(after index: Int, prepositions: Set<String>?,
                           limit: Int = Int.max) -> (targets: [String], place: String?) {
        let end = min(clauses.predicateEnd(after: index, in: range), limit)
        guard index + 1 < end else { return ([], nil) }
        let place = actors(in: index + 1..<end, places: true).first
        var targets: [String] = []
        var lastPreposition: String?
        var cursor = index + 1
        scan: while cursor < end {
            if let mention = mentions[cursor] {
                let allowed = prepositions.map { $0.contains(lastPreposition ?? "") } ?? true
                if mention.isParticipant, allowed, !targets.contains(mention.actorID) {
                    targets.append(mention.actorID)
                }
                cursor = mention.tokens.upperBound
                continue
            }
            let key = view.keys[cursor]
            let isPreposition = document.tokens[cursor].upos == .adp
                || ["to", "into", "against", "with", "for", "on", "by", "of", "in"].contains(key)
            if prepositions == nil {
                let tag = clauses.xpos(cursor)
                if isPreposition, key != "of", !clauses.lexicon.targetPrepositions.contains(key) {
                    break scan
                }
                if (tag == "VBG" || tag == "VBN"), cursor > index + 1 { break scan }
            }
            if isPreposition { lastPreposition = key }
            cursor += 1
        }
        return (targets, place)
    }

    /// "the 1995 shooting of Dr. Hugh Short", "the bombing of two U.S. embassies": the
    /// actors of an "of" phrase right after an event noun, up to the phrase's end (the next
    /// preposition, verb or clause break; "and" and list commas continue it).
    func ofPhrase(after index: Int) -> [String] {
        guard index + 1 < range.upperBound, view.keys[index + 1] == "of" else { return [] }
        var result: [String] = []
        var cursor = index + 2
        while cursor < range.upperBound {
            if let mention = mentions[cursor] {
                if mention.isParticipant, !result.contains(mention.actorID) {
                    result.append(mention.actorID)
                }
                cursor = mention.tokens.upperBound
                continue
            }
            let key = view.keys[cursor]
            if key != "and", key != ",", document.tokens[cursor].upos == .adp
                || document.tokens[cursor].upos == .cconj || document.tokens[cursor].upos == .sconj
                || document.tokens[cursor].upos == .pron
                || clauses.isVerb(cursor) || [";", ".", ":", "--", "(", "``", "\""].contains(key) {
                break
            }
            cursor += 1
        }
        return result
    }

    /// "…, said Detective Joseph Pentangelo, a police spokesman", "…,'' said police
    /// Inspector Dave Bowen": a reporting verb right after a comma or closing quotation mark
    /// whose subject follows it (quotative inversion). The speaker is the first actor in the
    /// words after the verb, up to the next comma or the sentence's end; none when a word
    /// that opens a complement ("that", a pronoun) comes first.
    func invertedSpeaker(of index: Int) -> String? {
        guard index > range.lowerBound,
              [",", "''", "”", "\"", "’"].contains(view.keys[index - 1]) else { return nil }
        var cursor = index + 1
        while cursor < range.upperBound, cursor <= index + 6 {
            let key = view.keys[cursor]
            if let mention = mentions[cursor] {
                return mention.isParticipant ? mention.actorID : nil
            }
            if [",", ".", ";", ":", "that", "he", "she", "it", "they", "we", "i"].contains(key)
                || clauses.isVerb(cursor) { return nil }
            cursor += 1
        }
        return nil
    }

    /// The first actor a reporting verb's complement is about, other than the speaker and
    /// the speaker's affiliation.
    func complementTopic(after index: Int, excluding agents: [String]) -> String? {
        var excluded = Set(agents)
        for agent in agents {
            if let affiliation = document.actors[agent]?.affiliation {
                excluded.insert(affiliation)
            }
        }
        var end = index + 1
        while end < range.upperBound, view.keys[end] != ";" {
            if view.keys[end] == ",", end + 1 < range.upperBound,
               clauses.xpos(end + 1) == "VBG" { break }
            end += 1
        }
        guard index + 1 < end else { return nil }
        return actors(in: index + 1..<end).first { !excluded.contains($0) }
    }

    /// Actors before a nominal trigger within its noun phrase ("a Ukrainian cross-border
    /// offensive", "Beijing's contribution", "Israel's incursion").
    func nounAgents(_ index: Int) -> [String] {
        var cursor = index - 1
        var start = index
        while cursor >= range.lowerBound {
            let upos = document.tokens[cursor].upos
            let key = view.keys[cursor]
            let inNounPhrase = mentions[cursor] != nil || key == "'s" || key == "'"
                || upos == .adj || upos == .noun || upos == .propn || upos == .num
                || (upos == nil && key != "," && !ClauseView.clauseOpeners.contains(key))
            guard inNounPhrase else { break }
            start = cursor
            cursor -= 1
        }
        return actors(in: start..<index)
    }
}
