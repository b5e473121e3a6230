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
        self.scan = scan
        self.ordered = scan.mentions.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
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
                          let antecedent = antecedent(before: index, sentence: sentenceIndex,
                                                      resolved: resolved, where: {
                                                          scan.actors[$0]?.kind == .person }) {
                    resolved.append(mention(index, sentenceIndex, antecedent,
                                            "coreference.pronoun", form: .coreference))
                } else if Self.institutionalPronouns.contains(key),
                          isReportingSubject(index, in: sentence.tokens)
                            || isReportedSubject(index, in: sentence.tokens),
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

    /// The most recent accepted participant ending before `index`, searched backwards from
    /// there and only within the window, so long articles stay linear.
    private func antecedent(before index: Int, sentence: Int, resolved: [ActorMention],
                            where accepts: (String) -> Bool) -> String? {
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
                   accepts(mention.actorID) { return mention }
                cursor -= 1
            }
            return nil
        }
        let candidates = [latest(in: ordered, endingBy: index),
                          latest(in: resolved, endingBy: index)].compactMap { $0 }
        return candidates.max { $0.tokens.lowerBound < $1.tokens.lowerBound }?.actorID
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
