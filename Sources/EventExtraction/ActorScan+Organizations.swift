import Foundation
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
              lexicon.titles[key] == nil, !Self.isRomanNumeral(view.texts[index]) else {
            return nil
        }
        let name = view.texts[index]
        let id = actorSlug(name)
        if actors[id] == nil { actors[id] = DocumentActor(id: id, name: name, kind: .organization) }
        add(index..<index + 1, sentence: sentence, actor: id, form: .name,
            rule: "organization.acronym")
        return index + 1
    }

    /// "XVII", "XIV": a Roman numeral (a part or a regnal number), never an organisation.
    static func isRomanNumeral(_ text: String) -> Bool {
        text.range(of: "^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$",
                   options: .regularExpression) != nil && !text.isEmpty
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
        // "the Crown prosecutor, Mark Tedeschi": the noun describes the person named next.
        if index + 2 < range.upperBound, view.keys[index + 1] == ",",
           view.capitalized[index + 2], entityClass[index + 2] == .person {
            return nil
        }
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
        /// Whether a head noun follows within the capitalised words from `start`.
        func headAhead(from start: Int) -> Bool {
            var cursor = start
            while cursor < range.upperBound, cursor - start < 4, view.capitalized[cursor],
                  !inTimex[cursor] {
                if lexicon.organizationHeads[view.keys[cursor]] != nil { return true }
                cursor += 1
            }
            return false
        }
        while end < range.upperBound, end - index < 8, !inTimex[end] {
            let key = view.keys[end]
            if view.capitalized[end], view.isWord(end), !isTitle(end),
               end == index || !Self.articles.contains(key) {
                if lexicon.organizationHeads[key] != nil { hasHead = true }
                end += 1
            } else if Self.connectors.contains(key), end + 1 < range.upperBound,
                      view.capitalized[end + 1], !inTimex[end + 1], hasHead || end > index {
                // "Matthew Ingram of The Globe and Mail": a person the name recogniser found
                // is not the start of the organisation named after "of".
                if !hasHead, (index..<end).allSatisfy({ entityClass[$0] == .person }) { break }
                // "Massachusetts Institute of Technology and Colorado State University": two
                // organisations, each with its head, are two names.
                if hasHead, key == "and" || key == "&", headAhead(from: end + 1) { break }
                end += 1
            } else if key == "'s", !hasHead, end - index <= 2, end + 1 < range.upperBound,
                      (gazetteerMatch(at: index, limit: range.upperBound)?.1 ?? 0) < end - index,
                      view.capitalized[end + 1], headAhead(from: end + 1) {
                // "Korean People's Army", "People's Bank of China" — not a country's
                // possessive ("Saudi Arabia's Civil Defense Authority").
                end += 1
            } else {
                break
            }
        }
        while end > index, !view.capitalized[end - 1] { end -= 1 }
        guard hasHead else { return nil }
        // A bare head noun ("the Court", "the Government") names no one by itself; coreference
        // takes it to the organisation of that name mentioned before, if any.
        if end - index == 1, isSentenceInitial(index, range)
            || lexicon.organizationHeads[view.keys[index]] != nil {
            return nil
        }
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
