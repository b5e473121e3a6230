import TextAnalysis
import TimeExpressions

/// The left-to-right scan of one document behind `ActorRecognizer`.
///
/// At each token it tries, in order: a title followed by a name (a person), a known phrase
/// of the gazetteer, a capitalised run ending in an organisation head noun, and a plain
/// capitalised run of names; the longest candidate wins. Headlines (title case, no final
/// punctuation) are scanned with the gazetteer only, because their capitals say nothing.
struct ActorScan {
    let document: Document
    let lexicon: ActorLexicon
    let view: TokenView
    var mentions: [ActorMention] = []
    var actors: [String: DocumentActor] = [:]
    /// Organisations introduced by a role noun, with that noun ("outlet").
    var organizationRoles: [String: String] = [:]
    /// Acronyms defined in brackets after a name, → that actor.
    var acronyms: [String: String] = [:]
    /// First and last words of the full names of people found so far.
    var personNameParts: Set<String> = []

    private static let connectors: Set<String> = ["of", "for", "and", "on", "&", "de"]
    private static let articles: Set<String> = ["the", "a", "an"]
    private static let nameBlockers: Set<PartOfSpeech> = [
        .verb, .aux, .det, .pron, .adp, .cconj, .sconj, .punct, .num, .part, .intj, .sym]

    /// Tokens inside a temporal expression ("in April", "on Monday"): never names.
    let inTimex: [Bool]
    /// The name recogniser's class of each token inside one of its names.
    let entityClass: [Int: EntityClass]

    init(document: Document, lexicon: ActorLexicon) {
        self.document = document
        self.lexicon = lexicon
        self.view = TokenView(document)
        var inTimex = [Bool](repeating: false, count: document.tokens.count)
        var index = 0
        for timex in document.timexes {
            while index < document.tokens.count,
                  document.tokens[index].span.end <= timex.span.start { index += 1 }
            var cursor = index
            while cursor < document.tokens.count,
                  document.tokens[cursor].span.start < timex.span.end {
                inTimex[cursor] = true
                cursor += 1
            }
        }
        self.inTimex = inTimex
        var entityClass: [Int: EntityClass] = [:]
        for entity in document.entities {
            for token in entity.tokens { entityClass[token] = entity.entityClass }
        }
        self.entityClass = entityClass
    }

    mutating func scan(sentence index: Int) {
        let range = document.sentences[index].tokens
        let headline = view.isHeadline(range)
        var position = range.lowerBound
        while position < range.upperBound {
            var found: Int?
            if inTimex[position] {
                position += 1
                continue
            } else if !headline, let end = person(at: position, in: range, sentence: index) {
                found = end
            } else if let end = bestMatch(at: position, in: range, sentence: index,
                                          headline: headline) {
                found = end
            }
            guard let end = found else {
                position += 1
                continue
            }
            position = end
            // "the State Electoral Commission (PKW)": the bracketed acronym is an alias.
            if end + 2 < range.upperBound, view.keys[end] == "(", view.isAcronym(end + 1),
               view.keys[end + 2] == ")", let last = mentions.last,
               last.tokens.upperBound == end, last.isParticipant {
                acronyms[view.keys[end + 1]] = last.actorID
                add(end + 1..<end + 2, sentence: index, actor: last.actorID, form: last.form,
                    rule: "alias.acronym")
                position = end + 3
            }
        }
        if index == 0 { demoteDateline(range) }
    }

    /// A dateline ("BERLIN (Reuters) -", "MOSCOW (AP)_") names where the story was filed and
    /// who filed it: its capital is a place and its agency no participant.
    mutating func demoteDateline(_ range: Range<Int>) {
        guard let first = range.first, view.isAcronym(first) || view.texts[first].count > 2
                && view.texts[first] == view.texts[first].uppercased(),
              let dash = range.prefix(10).first(where: {
                  ["-", "--", "—", "–", "_", ":"].contains(view.keys[$0])
                      || view.texts[$0].hasSuffix("_")
              }) else { return }
        for position in mentions.indices where mentions[position].tokens.upperBound <= dash + 1
            && mentions[position].sentence == 0 {
            let actor = actors[mentions[position].actorID]
            mentions[position].form = actor?.kind == .country ? .place : .modifier
            mentions[position].ruleID = "dateline"
        }
    }

    // MARK: - Token tests

    func isTitle(_ index: Int) -> Bool { lexicon.titles[view.keys[index]] != nil }

    func isSentenceInitial(_ index: Int, _ range: Range<Int>) -> Bool {
        var first = range.lowerBound
        while first < index, !view.isWord(first) { first += 1 }
        return index == first
    }

    /// A token that can be part of a name: capitalised, not a title, not a function word.
    func isNameToken(_ index: Int) -> Bool {
        guard view.capitalized[index], view.isWord(index), !isTitle(index), !inTimex[index]
        else { return false }
        if let upos = document.tokens[index].upos, Self.nameBlockers.contains(upos) {
            return false
        }
        return true
    }

    private static let nameParticles: Set<String> = [
        "bin", "ibn", "van", "von", "de", "da", "di", "der", "den", "du", "dos", "das", "del",
        "della", "la", "le"]

    /// A lower-case particle inside a name ("al-Bashir", "bin Salman", "van der Leyen"):
    /// a listed word before a capitalised one, or a hyphenated prefix before a capital.
    func isNameParticle(_ index: Int, before limit: Int) -> Bool {
        let key = view.keys[index]
        if Self.nameParticles.contains(key) {
            return index + 1 < limit
                && (view.capitalized[index + 1] || isNameParticle(index + 1, before: limit))
        }
        let parts = view.texts[index].split(separator: "-", maxSplits: 1)
        guard parts.count == 2, ["al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "ben",
                                 "abu", "bin"].contains(parts[0].lowercased()),
              let first = parts[1].unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// The longest gazetteer phrase at `index`, if it is written as a name: capitalised, and
    /// an acronym when it is one short word ("US", "UN", "WHO" — not "us", "Un", "Who").
    func gazetteerMatch(at index: Int, limit: Int) -> (GazetteerEntry, Int)? {
        guard view.capitalized[index] || view.isAcronym(index),
              let (entry, length) = lexicon.gazetteer.longestMatch(in: view.keys, from: index,
                                                                   limit: limit) else {
            return nil
        }
        let letters = view.keys[index].unicodeScalars.filter { $0.properties.isAlphabetic }
        if length == 1, letters.count <= 3, !view.isAcronym(index) { return nil }
        return (entry, length)
    }

    // MARK: - Candidates

    /// A title followed by a name: records the person (and the country or organisation
    /// before the title as its affiliation). Returns the index after the name.
    mutating func person(at index: Int, in range: Range<Int>, sentence: Int) -> Int? {
        guard let role = lexicon.titles[view.keys[index]] else { return nil }
        var end = index + 1
        // Multi-word titles ("Prime Minister", "Foreign Minister") continue the title.
        while end < range.upperBound, isTitle(end) { end += 1 }
        let nameStart = end
        while end < range.upperBound, end - nameStart < 5,
              isNameToken(end)
                || (end > nameStart && isNameParticle(end, before: range.upperBound)),
              gazetteerMatch(at: end, limit: range.upperBound) == nil {
            end += 1
        }
        // A standalone particle cannot end a name ("… van" before a lower-case word).
        while end > nameStart, Self.nameParticles.contains(view.keys[end - 1]) { end -= 1 }
        // "Deputy Foreign Minister X": the words after the first title belong to a longer
        // title; the last title word takes the name.
        guard end > nameStart, end >= range.upperBound || !isTitle(end) else { return nil }
        let name = view.texts[nameStart..<end].joined(separator: " ")
        if role == "honorific" {
            // "Mr Macron": a surname of someone named before, resolved by coreference.
            if end - nameStart == 1 { return nil }
        }
        // Extend left over capitalised title words ("Foreign" in "Foreign Minister").
        var start = index
        while start > range.lowerBound, view.capitalized[start - 1], view.isWord(start - 1),
              !isSentenceInitial(start - 1, range) || isTitle(start - 1),
              !(mentions.last.map { $0.tokens.contains(start - 1) } ?? false) {
            start -= 1
        }
        var affiliation: String?
        // "Russia's Deputy Foreign Minister …": a possessive may stand between the two.
        let possessive = start - 1 >= range.lowerBound && view.keys[start - 1] == "'s"
        let modifierEnd = possessive ? start - 1 : start
        if let last = mentions.last, last.tokens.upperBound == modifierEnd,
           last.sentence == sentence, last.form != .place {
            affiliation = last.actorID
            mentions[mentions.count - 1].form = .modifier
            start = last.tokens.lowerBound
        }
        let id = actorSlug(name)
        if actors[id] == nil {
            actors[id] = DocumentActor(id: id, name: name, kind: .person,
                                       affiliation: affiliation,
                                       role: role == "honorific" ? nil : role)
        } else if actors[id]?.affiliation == nil {
            actors[id]?.affiliation = affiliation
        }
        add(start..<end, sentence: sentence, actor: id, form: .name, rule: "person.title")
        return end
    }

    /// The longest of the gazetteer, organisation-run and name-run candidates at `index`.
    mutating func bestMatch(at index: Int, in range: Range<Int>, sentence: Int,
                            headline: Bool) -> Int? {
        let gazetteer = gazetteerMatch(at: index, limit: range.upperBound)
        let organizationEnd = headline ? nil : organizationRun(at: index, in: range)
        let gazetteerEnd = gazetteer.map { index + $0.1 }
        if let organizationEnd, organizationEnd > (gazetteerEnd ?? index) {
            recordOrganization(index..<organizationEnd, sentence: sentence)
            return organizationEnd
        }
        if let (entry, length) = gazetteer {
            recordGazetteer(entry, index..<index + length, sentence: sentence)
            return index + length
        }
        if !headline, let end = nameRun(at: index, in: range, sentence: sentence) {
            return end
        }
        if let end = acronym(at: index, sentence: sentence) { return end }
        if !headline, let end = groupNoun(at: index, in: range, sentence: sentence) { return end }
        return nil
    }

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

    mutating func recordGazetteer(_ entry: GazetteerEntry, _ tokens: Range<Int>,
                                  sentence: Int) {
        switch entry.role {
        case .capital, .seat:
            let range = document.sentences[sentence].tokens
            let previous = tokens.lowerBound - 1
            let hasArticle = previous >= range.lowerBound && view.keys[previous] == "the"
                && entry.role == .capital
            let before = hasArticle ? previous - 1 : previous
            let next = tokens.upperBound
            // A place, not a government: after a locative preposition ("talks in Moscow"),
            // after an article ("the Minsk group"), or before a place noun ("Kyiv region").
            if hasArticle
                || (before >= range.lowerBound
                    && lexicon.locativePrepositions.contains(view.keys[before]))
                || (next < range.upperBound && lexicon.placeNouns.contains(view.keys[next])) {
                let name = view.texts[tokens].joined(separator: " ")
                let id = actorSlug(name)
                if actors[id] == nil {
                    actors[id] = DocumentActor(id: id, name: name, kind: .location,
                                               affiliation: entry.actorID)
                }
                add(tokens, sentence: sentence, actor: id, form: .place, rule: "place.capital")
                return
            }
            registerGazetteerActor(entry)
            add(tokens, sentence: sentence, actor: entry.actorID, form: .metonym,
                rule: "country.\(entry.role.rawValue)")
        case .demonym:
            registerGazetteerActor(entry)
            add(tokens, sentence: sentence, actor: entry.actorID, form: .demonym,
                rule: "country.demonym")
        case .countryName, .organization:
            registerGazetteerActor(entry)
            add(tokens, sentence: sentence, actor: entry.actorID, form: .name,
                rule: entry.role == .organization ? "organization.known" : "country.name")
        }
    }

    mutating func registerGazetteerActor(_ entry: GazetteerEntry) {
        if actors[entry.actorID] == nil {
            actors[entry.actorID] = DocumentActor(id: entry.actorID, name: entry.name,
                                                  kind: entry.kind,
                                                  affiliation: entry.affiliation)
        }
    }

    /// A run of capitalised name tokens not found in any lexicon: a place when a place noun
    /// follows or a locative preposition precedes, an organisation when a role noun
    /// introduces it, a person when it has two to four words; single words are left to
    /// coreference (surnames).
    mutating func nameRun(at index: Int, in range: Range<Int>, sentence: Int) -> Int? {
        guard isNameToken(index) else { return nil }
        var end = index
        while end < range.upperBound, end - index < 5,
              isNameToken(end) || (end > index && isNameParticle(end, before: range.upperBound)),
              lexicon.organizationHeads[view.keys[end]] == nil,
              end == index || gazetteerMatch(at: end, limit: range.upperBound) == nil {
            end += 1
        }
        let length = end - index
        guard length > 0 else { return nil }
        let name = view.texts[index..<end].joined(separator: " ")
        var previous = index - 1
        if previous >= range.lowerBound, view.keys[previous] == "the" { previous -= 1 }
        let before = previous >= range.lowerBound ? view.keys[previous] : ""
        // "Geological Survey (USGS)": a run named by an acronym in brackets is an
        // organisation, and the acronym its alias.
        if end + 2 < range.upperBound, view.keys[end] == "(", view.isAcronym(end + 1),
           view.keys[end + 2] == ")" {
            // "the U.S. Geological Survey (USGS)": the country before it is its country.
            var start = index
            var affiliation: String?
            if let last = mentions.last, last.sentence == sentence,
               last.tokens.upperBound == index, actors[last.actorID]?.kind == .country {
                affiliation = last.actorID
                mentions[mentions.count - 1].form = .modifier
                start = last.tokens.lowerBound
            }
            let fullName = view.texts[start..<end].joined(separator: " ")
            let id = actorSlug(fullName)
            if actors[id] == nil {
                actors[id] = DocumentActor(id: id, name: fullName, kind: .organization,
                                           affiliation: affiliation)
            }
            add(index..<end, sentence: sentence, actor: id, form: .name,
                rule: "organization.acronym")
            add(end + 1..<end + 2, sentence: sentence, actor: id, form: .name,
                rule: "organization.acronym")
            acronyms[view.keys[end + 1]] = id
            return end + 3
        }
        if end < range.upperBound, lexicon.placeNouns.contains(view.keys[end]) {
            recordPlace(name, index..<end + 1, sentence: sentence)
            return end + 1
        }
        if lexicon.locativePrepositions.contains(before) {
            recordPlace(name, index..<end, sentence: sentence)
            return end
        }
        if let kind = lexicon.organizationRoles[before] {
            let id = actorSlug(name)
            // "Russian military outlet X": the country before the role noun is X's country.
            var affiliation: String?
            if let last = mentions.last, last.sentence == sentence, last.form == .demonym
                || last.form == .name, actors[last.actorID]?.kind == .country,
               last.tokens.upperBound <= previous,
               (last.tokens.upperBound..<previous).allSatisfy({ !view.capitalized[$0]
                   && view.isWord($0) }), previous - last.tokens.upperBound <= 2 {
                affiliation = last.actorID
                mentions[mentions.count - 1].form = .modifier
            }
            if actors[id] == nil {
                actors[id] = DocumentActor(id: id, name: name, kind: kind,
                                           affiliation: affiliation)
            }
            organizationRoles[id] = before
            add(index..<end, sentence: sentence, actor: id, form: .name,
                rule: "organization.role")
            return end
        }
        // Capitalised words before a title belong to it ("Foreign" in "Foreign Minister").
        if end < range.upperBound, isTitle(end) { return nil }
        // A surname of someone already named is left to coreference ("Macron").
        if length == 1, personNameParts.contains(name) { return nil }
        // The name recogniser decides what a run is, when it found a name there.
        if let entity = entityClass[index] {
            switch entity {
            case .geopolitical:
                recordPlace(name, index..<end, sentence: sentence)
                return end
            case .organization:
                let id = actorSlug(name)
                if actors[id] == nil {
                    actors[id] = DocumentActor(id: id, name: name, kind: .organization)
                }
                add(index..<end, sentence: sentence, actor: id, form: .name,
                    rule: "organization.entity")
                return end
            case .person:
                break
            }
        } else if document.entities.isEmpty == false, length < 2 {
            return nil
        }
        guard length >= 2 || entityClass[index] == .person,
              !(length == 2 && isSentenceInitial(index, range)
                && document.tokens[index].upos == nil) else { return nil }
        let id = actorSlug(name)
        if actors[id] == nil { actors[id] = DocumentActor(id: id, name: name, kind: .person) }
        add(index..<end, sentence: sentence, actor: id, form: .name,
            rule: entityClass[index] == .person ? "person.entity" : "person.name")
        return end
    }

    mutating func recordPlace(_ name: String, _ tokens: Range<Int>, sentence: Int) {
        let id = actorSlug(name)
        if actors[id] == nil { actors[id] = DocumentActor(id: id, name: name, kind: .location) }
        add(tokens, sentence: sentence, actor: id, form: .place, rule: "place.name")
    }

    mutating func add(_ tokens: Range<Int>, sentence: Int, actor: String, form: MentionForm,
                      rule: String) {
        if let person = actors[actor], person.kind == .person {
            let words = person.name.split(separator: " ")
            if words.count > 1, let first = words.first, let last = words.last {
                personNameParts.insert(String(first))
                personNameParts.insert(String(last))
                if let bare = last.split(separator: "-", maxSplits: 1).last, bare != last {
                    personNameParts.insert(String(bare))
                }
            }
        }
        let span = document.tokens[tokens.lowerBound].span
            .union(document.tokens[tokens.upperBound - 1].span)
        mentions.append(ActorMention(span: span, tokens: tokens, sentence: sentence,
                                     actorID: actor, form: form, ruleID: rule))
    }
}
