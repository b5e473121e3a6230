import TextAnalysis

/// Organisations and groups: capitalised runs ending in a head noun, acronyms, and
/// collective participants ("police", "militants").
extension ActorScan {
    /// An upper-case word of three to six letters that is no country, no listed
    /// non-organisation ("COVID", "GDP") and not inside a name: an organisation ("ISPR").
    mutating func acronym(at index: Int, sentence: Int) -> Int? {
        guard view.isAcronym(index) else { return nil }
        let key = view.keys[index]
        if let id = acronyms[key] {
            add(index..<index + 1, sentence: sentence, actor: id, form: .name,
                rule: "organization.acronym")
            return index + 1
        }
        let letters = key.unicodeScalars.filter { $0.properties.isAlphabetic }.count
        guard (3...6).contains(letters), !lexicon.nonOrganizationAcronyms.contains(key),
              lexicon.titles[key] == nil else { return nil }
        let name = view.texts[index]
        let id = actorSlug(name)
        if actors[id] == nil { actors[id] = DocumentActor(id: id, name: name, kind: .organization) }
        add(index..<index + 1, sentence: sentence, actor: id, form: .name,
            rule: "organization.acronym")
        return index + 1
    }

    /// A collective or anonymous participant from `group-nouns.tsv` ("police", "militants",
    /// "a judge") — unless a country or organisation names it ("Sudanese police"), when that
    /// country or organisation is the participant.
    mutating func groupNoun(at index: Int, in range: Range<Int>, sentence: Int) -> Int? {
        let key = view.keys[index]
        guard let kind = lexicon.groupNouns[key] else { return nil }
        // A noun ("the military took power"), not a modifier ("military support").
        let upos = document.tokens[index].upos
        let next = index + 1 < range.upperBound ? document.tokens[index + 1].upos : nil
        guard upos == nil || upos == .noun || upos == .propn
                || (upos == .adj && next != .noun && next != .propn && next != .adj)
        else { return nil }
        // "Sudanese police", "South Korea's military": the country is the participant.
        if let last = mentions.last, last.sentence == sentence,
           last.tokens.upperBound == index || (last.tokens.upperBound == index - 1
               && (document.tokens[index - 1].upos == .adj || view.keys[index - 1] == "'s")) {
            return nil
        }
        let name = key.prefix(1).uppercased() + key.dropFirst()
        let id = actorSlug(key)
        if actors[id] == nil { actors[id] = DocumentActor(id: id, name: name, kind: kind) }
        add(index..<index + 1, sentence: sentence, actor: id, form: .name, rule: "group.noun")
        return index + 1
    }

    /// A capitalised run containing an organisation head noun ("Defence Ministry",
    /// "Ministry of Defence"); returns its end.
    func organizationRun(at index: Int, in range: Range<Int>) -> Int? {
        guard view.capitalized[index], view.isWord(index), !isTitle(index),
              !Self.articles.contains(view.keys[index]) else { return nil }
        var end = index
        var hasHead = false
        while end < range.upperBound, end - index < 8 {
            if view.capitalized[end], view.isWord(end), !isTitle(end) {
                if lexicon.organizationHeads[view.keys[end]] != nil { hasHead = true }
                end += 1
            } else if Self.connectors.contains(view.keys[end]), end + 1 < range.upperBound,
                      view.capitalized[end + 1], hasHead || end > index {
                end += 1
            } else {
                break
            }
        }
        while end > index, !view.capitalized[end - 1] { end -= 1 }
        guard hasHead else { return nil }
        if end - index == 1, isSentenceInitial(index, range) { return nil }
        return end
    }

    mutating func recordOrganization(_ tokens: Range<Int>, sentence: Int) {
        var affiliation: String?
        if let (entry, length) = lexicon.gazetteer.longestMatch(
            in: view.keys, from: tokens.lowerBound, limit: tokens.upperBound),
           entry.kind == .country, length < tokens.count {
            affiliation = entry.actorID
            add(tokens.lowerBound..<tokens.lowerBound + length, sentence: sentence,
                actor: entry.actorID, form: .modifier, rule: "organization.country")
        }
        let name = view.texts[tokens].joined(separator: " ")
        let id = actorSlug(name)
        let head = tokens.compactMap { lexicon.organizationHeads[view.keys[$0]] }.last
        if actors[id] == nil {
            actors[id] = DocumentActor(id: id, name: name, kind: head ?? .organization,
                                       affiliation: affiliation)
        }
        add(tokens, sentence: sentence, actor: id, form: .name, rule: "organization.head")
    }
}
