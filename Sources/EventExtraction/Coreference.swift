import TextAnalysis

/// Resolves mentions that name no one by themselves to actors found by the scan: surnames
/// and honorific + surname ("Macron", "Mr Macron"), subject pronouns ("He"), and definite
/// descriptions by role ("the spokesman", "the publication").
///
/// The antecedent is the most recent compatible mention at most `window` sentences back.
struct Coreference {
    var scan: ActorScan
    let window = 3
    private static let pronouns: Set<String> = ["he", "she"]
    /// Pronouns for an organisation or country, resolved only as the subject of a reporting
    /// verb ("It said …"), where they almost always stand for the last one named.
    private static let institutionalPronouns: Set<String> = ["it", "they"]
    private static let reportingVerbs: Set<String> = [
        "said", "says", "added", "announced", "reported", "stated", "told", "confirmed"]

    /// The scan's mentions in text order.
    private let ordered: [ActorMention]

    init(scan: ActorScan) {
        var scan = scan
        Self.mergeTrailingNames(&scan)
        self.scan = scan
        self.ordered = scan.mentions.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "Bin Laden" after or before "Osama bin Laden": a person's name of two or more words
    /// that ends the name of exactly one other person of the article is that person's
    /// surname, not a second person; likewise an organisation's name after a nationality
    /// word ("German People's Union" … "People's Union").
    static func mergeTrailingNames(_ scan: inout ActorScan) {
        let people = scan.actors.values.filter { $0.kind == .person }
        var words: [String: [String]] = [:]
        for person in people {
            words[person.id] = person.name.split(separator: " ").map {
                MatchKey.normalize(String($0))
            }
        }
        var replacement: [String: String] = [:]
        for short in people {
            guard let shortWords = words[short.id], shortWords.count >= 2 else { continue }
            let longer = people.filter {
                guard $0.id != short.id, let full = words[$0.id],
                      full.count > shortWords.count else { return false }
                return Array(full.suffix(shortWords.count)) == shortWords
            }
            if longer.count == 1 { replacement[short.id] = longer[0].id }
        }
        // "the People's Union" after "the far-right German People's Union": an organisation
        // named again without the nationality word that opened its name is the same one.
        let organizations = scan.actors.values.filter { $0.kind == .organization }
        for short in organizations {
            let shortWords = MatchKey.words(of: short.name)
            guard shortWords.count >= 2 else { continue }
            let longer = organizations.filter {
                let full = MatchKey.words(of: $0.name)
                guard $0.id != short.id, full.count > shortWords.count,
                      Array(full.suffix(shortWords.count)) == shortWords else { return false }
                let opening = Array(full.prefix(full.count - shortWords.count))
                guard let (entry, length) = scan.lexicon.gazetteer.longestMatch(
                    in: opening, from: 0, limit: opening.count) else { return false }
                return length == opening.count && entry.role == .demonym
            }
            if longer.count == 1 { replacement[short.id] = longer[0].id }
        }
        guard !replacement.isEmpty else { return }
        for index in scan.mentions.indices {
            if let target = replacement[scan.mentions[index].actorID] {
                scan.mentions[index].actorID = target
            }
        }
        for (short, long) in replacement {
            let affiliation = scan.actors[short]?.affiliation
            if scan.actors[long]?.affiliation == nil { scan.actors[long]?.affiliation = affiliation }
            scan.actors[short] = nil
        }
    }

    mutating func resolve() {
        let view = scan.view
        let document = scan.document
        var covered = [Bool](repeating: false, count: document.tokens.count)
        for mention in scan.mentions { for token in mention.tokens { covered[token] = true } }
        let nameParts = personNameParts()
        var resolved: [ActorMention] = []
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            for index in sentence.tokens where !covered[index] {
                let key = view.keys[index]
                if view.capitalized[index], let person = nameParts[key] {
                    resolved.append(mention(index, sentenceIndex, person, "coreference.surname",
                                            form: .surname))
                } else if Self.pronouns.contains(key),
                          let antecedent = personAntecedent(of: index, sentence: sentenceIndex,
                                                            resolved: resolved) {
                    resolved.append(mention(index, sentenceIndex, antecedent,
                                            "coreference.pronoun", form: .coreference))
                } else if Self.institutionalPronouns.contains(key),
                          isReportingSubject(index, in: sentence.tokens)
                            || (isReportedSubject(index, in: sentence.tokens)
                                && !hasUnnamedSpeaker(index, in: sentence.tokens,
                                                      covered: covered)),
                          // An organisation issues statements; a country or a group only
                          // if no organisation is near.
                          let antecedent = [ActorKind.organization, .country, .group].lazy
                            .compactMap({ kind in
                                antecedent(before: index, sentence: sentenceIndex,
                                           resolved: resolved,
                                           where: { scan.actors[$0]?.kind == kind })
                            }).first {
                    resolved.append(mention(index, sentenceIndex, antecedent,
                                            "coreference.pronoun", form: .coreference))
                } else if let kinds = Self.actingPronouns[key],
                          isActingPronoun(index),
                          !(isReportedSubject(index, in: sentence.tokens)
                            && hasUnnamedSpeaker(index, in: sentence.tokens, covered: covered)),
                          let antecedent = antecedent(before: index, sentence: sentenceIndex,
                                                      resolved: resolved, window: 1,
                                                      subjectsOnly: true,
                                                      where: { agrees($0, kinds, plural:
                                                                        kinds == [.group]) }) {
                    resolved.append(mention(index, sentenceIndex, antecedent,
                                            "coreference.pronoun.institution",
                                            form: .coreference))
                } else if let kinds = scan.lexicon.referenceNouns[key],
                          case let determiner = referenceDeterminer(before: index,
                                                                    in: sentence.tokens,
                                                                    covered: covered),
                          determiner >= 0,
                          index + 1 >= sentence.tokens.upperBound
                            || (!view.capitalized[index + 1] && view.keys[index + 1] != "of"),
                          // The older rules first: "the company" for a company the text
                          // introduced as one, "the ministry" for a ministry named so.
                          // "the government's Flag Consideration Project": the name that
                          // follows is the participant.
                          !(index + 2 < sentence.tokens.upperBound
                            && view.keys[index + 1] == "'s" && view.capitalized[index + 2]),
                          view.keys[determiner] != "the"
                            || descriptionAntecedent(key, before: index, sentence: sentenceIndex,
                                                     resolved: resolved) == nil,
                          let antecedent = referenceAntecedent(
                              kinds, determiner: view.keys[determiner], before: determiner,
                              sentence: sentenceIndex, resolved: resolved) {
                    resolved.append(mention(determiner..<index + 1, sentenceIndex, antecedent,
                                            "coreference.nominal"))
                } else if index > sentence.tokens.lowerBound,
                          ["those", "these"].contains(view.keys[index - 1]),
                          scan.lexicon.troopNouns.contains(key),
                          let owner = troopOwner(before: index - 1, sentence: sentenceIndex) {
                    resolved.append(mention(index - 1..<index + 1, sentenceIndex, owner,
                                            "coreference.troops"))
                } else if index > sentence.tokens.lowerBound,
                          view.keys[index - 1] == "the",
                          index + 1 >= sentence.tokens.upperBound
                            || !view.capitalized[index + 1],
                          let antecedent = descriptionAntecedent(key, before: index,
                                                                 sentence: sentenceIndex,
                                                                 resolved: resolved) {
                    resolved.append(mention(index - 1..<index + 1, sentenceIndex, antecedent,
                                            "coreference.description"))
                }
            }
        }
        scan.mentions.append(contentsOf: resolved)
    }

    /// Pronouns that stand for an organisation, country or group when they act ("It
    /// launched …", "They marched …"), with the kinds they agree with;
    /// resolved only to an actor of the same or the previous sentence.
    private static let actingPronouns: [String: [ActorKind]] = [
        "it": [.organization, .country], "they": [.group]]
    /// Determiners before a noun of `reference-nouns.tsv` that make it refer back.
    private static let referringDeterminers: Set<String> = ["the", "his", "her"]

    /// "the alliance", "the western military alliance", "his government": the referring
    /// determiner before a noun, over lower-case adjectives or nouns of no actor; -1 if none.
    private func referenceDeterminer(before index: Int, in range: Range<Int>,
                                     covered: [Bool]) -> Int {
        let view = scan.view
        var cursor = index - 1
        while cursor >= range.lowerBound, index - cursor <= 3, !covered[cursor],
              !view.capitalized[cursor],
              [.adj, .noun].contains(scan.document.tokens[cursor].upos) {
            cursor -= 1
        }
        guard cursor >= range.lowerBound,
              Self.referringDeterminers.contains(view.keys[cursor]) else { return -1 }
        return cursor
    }

    /// "It launched …": the pronoun is a verb's subject, not an expletive ("it is likely", "it seems").
    private func isActingPronoun(_ index: Int) -> Bool {
        let tokens = scan.document.tokens
        switch tokens[index].dependency {
        case "nsubj", "nsubj:pass":
            guard let head = tokens[index].head else { return false }
            // "it is …", "it was reported": a copula or an auxiliary is no act.
            return tokens[head].upos == .verb
                && !["be", "seem", "appear", "take", "remain", "mean", "matter"]
                    .contains(tokens[head].lemma ?? "")
        default: return false
        }
    }

    /// Whether an actor is of one of `kinds` and, for a plural pronoun, names a crowd
    /// ("militants", "police") or a group; for a singular one, not a plural noun.
    private func agrees(_ id: String, _ kinds: [ActorKind], plural: Bool) -> Bool {
        guard let actor = scan.actors[id] else { return false }
        let key = MatchKey.normalize(actor.name)
        let isCrowd = scan.lexicon.isGroupNoun(actor.name)
            && (key.hasSuffix("s") || key == "police")
        if plural { return isCrowd || kinds.contains(actor.kind) }
        return kinds.contains(actor.kind) && !isCrowd
    }

    /// "the government", "the alliance": the most recent actor of the noun's kinds in the
    /// same or the two previous sentences; "his government" is the country of the person "his"
    /// stands for when the article gives it.
    private func referenceAntecedent(_ kinds: [ActorKind], determiner: String,
                                     before index: Int, sentence: Int,
                                     resolved: [ActorMention]) -> String? {
        if ["his", "her"].contains(determiner),
           let person = antecedent(before: index, sentence: sentence, resolved: resolved,
                                   window: 1, where: { scan.actors[$0]?.kind == .person }),
           let country = scan.actors[person]?.affiliation,
           let kind = scan.actors[country]?.kind, kinds.contains(kind) {
            return country
        }
        // "his government" of a person whose country the article does not give: unknown.
        if ["his", "her"].contains(determiner) { return nil }
        return antecedent(before: index, sentence: sentence, resolved: resolved, window: 2) {
            guard let actor = scan.actors[$0] else { return false }
            return kinds.contains(actor.kind) && !scan.lexicon.isGroupNoun(actor.name)
        }
    }

    /// "North Korea sent 14,000 soldiers … Those forces …": the country or organisation
    /// named last before the previous troop noun (within its sentence and the window).
    private func troopOwner(before index: Int, sentence: Int) -> String? {
        let view = scan.view
        let document = scan.document
        let first = document.sentences[max(0, sentence - window)].tokens.lowerBound
        guard let troop = (first..<index).last(where: {
            scan.lexicon.troopNouns.contains(view.keys[$0])
        }), let troopSentence = document.sentenceIndex(ofToken: troop) else { return nil }
        let start = document.sentences[troopSentence].tokens.lowerBound
        return ordered.last(where: {
            $0.tokens.upperBound <= troop && $0.tokens.lowerBound >= start && $0.isParticipant
                && [.country, .organization, .group].contains(scan.actors[$0.actorID]?.kind)
        })?.actorID
    }

    /// "It said …": the pronoun is the subject of a reporting verb.
    private func isReportingSubject(_ index: Int, in range: Range<Int>) -> Bool {
        index + 1 < range.upperBound && Self.reportingVerbs.contains(scan.view.keys[index + 1])
    }

    /// "The WHO said it has obtained …": the pronoun opens what a reporting verb reports,
    /// and stands for the one who reports it.
    private func isReportedSubject(_ index: Int, in range: Range<Int>) -> Bool {
        var before = index - 1
        if before >= range.lowerBound, scan.view.keys[before] == "that" { before -= 1 }
        return before >= range.lowerBound && Self.reportingVerbs.contains(scan.view.keys[before])
    }

    /// "Valero said it …" where the speaker is a name the scan does not know as an
    /// organisation or country: the pronoun is that speaker, so an earlier organisation is
    /// no antecedent.
    private func hasUnnamedSpeaker(_ index: Int, in range: Range<Int>, covered: [Bool])
        -> Bool {
        var verb = index - 1
        if verb >= range.lowerBound, scan.view.keys[verb] == "that" { verb -= 1 }
        guard verb >= range.lowerBound else { return false }
        let tokens = scan.document.tokens
        guard let subject = range.first(where: {
            $0 < verb && tokens[$0].head == verb && tokens[$0].dependency == "nsubj"
        }) else { return false }
        guard tokens[subject].upos == .propn else { return false }
        // A speaker read as a person ("Valero said it …") cannot be "it" either.
        return !covered[subject] || ordered.contains {
            $0.tokens.contains(subject) && scan.actors[$0.actorID]?.kind == .person
        }
    }

    /// Single name words that identify exactly one person of the document (first or last
    /// word of a full name, or the last without its particle: "Macron", "Erdogan",
    /// "Bashir" for "al-Bashir").
    private func personNameParts() -> [String: String] {
        var parts: [String: String?] = [:]
        for (id, actor) in scan.actors where actor.kind == .person {
            let words = actor.name.split(separator: " ").map { MatchKey.normalize(String($0)) }
            guard words.count >= 2, let first = words.first, let last = words.last else {
                continue
            }
            // "al-Bashir" is also "Bashir" on its own.
            let bare = last.split(separator: "-", maxSplits: 1).last.map(String.init) ?? last
            for word in Set([first, last, bare]) {
                if let existing = parts[word], existing != id { parts[word] = .some(nil) } else {
                    parts[word] = id
                }
            }
        }
        return parts.compactMapValues { $0 }
    }

    private func descriptionAntecedent(_ key: String, before index: Int, sentence: Int,
                                       resolved: [ActorMention]) -> String? {
        if let role = scan.lexicon.titles[key], role != "honorific" {
            return antecedent(before: index, sentence: sentence, resolved: resolved) {
                scan.actors[$0]?.kind == .person && scan.actors[$0]?.role == role
            }
        }
        // "the secretariat", "the ministry": the last organisation whose name ends so.
        if scan.lexicon.organizationHeads[key] != nil {
            if let found = antecedent(before: index, sentence: sentence, resolved: resolved,
                                      where: {
                guard let actor = scan.actors[$0], actor.kind == .organization else {
                    return false
                }
                return actor.name.split(separator: " ").contains {
                    MatchKey.normalize(String($0)) == key
                }
            }) {
                return found
            }
        }
        if scan.lexicon.organizationRoles[key] != nil {
            return antecedent(before: index, sentence: sentence, resolved: resolved) {
                scan.organizationRoles[$0] != nil
            }
        }
        return nil
    }

    /// "Har-Shefi described Amir as … She also denied …": a subject "he"/"she" continues
    /// the person who was last a subject (the topic), not the last person named in an
    /// object; any other "he"/"she", or one with no subject person in the window, is the
    /// most recent person.
    private func personAntecedent(of index: Int, sentence: Int, resolved: [ActorMention])
        -> String? {
        let isPerson: (String) -> Bool = { scan.actors[$0]?.kind == .person }
        if ["nsubj", "nsubj:pass"].contains(scan.document.tokens[index].dependency ?? ""),
           let topic = antecedent(before: index, sentence: sentence, resolved: resolved,
                                  subjectsOnly: true, where: isPerson) {
            return topic
        }
        return antecedent(before: index, sentence: sentence, resolved: resolved,
                          where: isPerson)
    }

    /// The most recent accepted participant ending before `index`, searched backwards from
    /// there and only within the window, so long articles stay linear.
    private func antecedent(before index: Int, sentence: Int, resolved: [ActorMention],
                            window: Int? = nil, subjectsOnly: Bool = false,
                            where accepts: (String) -> Bool) -> String? {
        let window = window ?? self.window
        let tokens = scan.document.tokens
        func latest(in mentions: [ActorMention], endingBy limit: Int) -> ActorMention? {
            // Binary search for the first mention starting at or after `limit`.
            var low = 0, high = mentions.count
            while low < high {
                let mid = (low + high) / 2
                if mentions[mid].tokens.lowerBound < limit { low = mid + 1 } else { high = mid }
            }
            var cursor = low - 1
            while cursor >= 0, mentions[cursor].sentence >= sentence - window {
                let mention = mentions[cursor]
                if mention.tokens.upperBound <= index, mention.isParticipant,
                   !subjectsOnly || Self.isSubject(mention, tokens),
                   accepts(mention.actorID) { return mention }
                cursor -= 1
            }
            return nil
        }
        let candidates = [latest(in: ordered, endingBy: index),
                          latest(in: resolved, endingBy: index)].compactMap { $0 }
        return candidates.max { $0.tokens.lowerBound < $1.tokens.lowerBound }?.actorID
    }

    /// Whether a mention is (the head of) a clause's subject: "Russia announced …, its
    /// western region" — a pronoun or description refers back to the subject before it,
    /// not to a nearer modifier ("North Korean soldiers").
    private static func isSubject(_ mention: ActorMention, _ tokens: [Token]) -> Bool {
        mention.tokens.contains {
            ["nsubj", "nsubj:pass"].contains(tokens[$0].dependency ?? "")
        }
    }

    private func mention(_ index: Int, _ sentence: Int, _ actor: String, _ rule: String,
                         form: MentionForm) -> ActorMention {
        mention(index..<index + 1, sentence, actor, rule, form: form)
    }

    private func mention(_ tokens: Range<Int>, _ sentence: Int, _ actor: String,
                         _ rule: String, form: MentionForm = .coreference) -> ActorMention {
        let document = scan.document
        let span = document.tokens[tokens.lowerBound].span
            .union(document.tokens[tokens.upperBound - 1].span)
        return ActorMention(span: span, tokens: tokens, sentence: sentence, actorID: actor,
                            form: form, ruleID: rule)
    }
}
