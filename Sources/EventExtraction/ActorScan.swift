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
    /// Names of hazards ("Katrina" after "Hurricane Katrina"): never actors.
    var hazardNames: Set<String> = []
    /// How often each word occurs capitalised in the document.
    let capitalizedCounts: [String: Int]
    /// Words the document also uses in lower case as a common noun ("tricks", "sport"):
    /// a capitalised run ending in one is a title, course or event name, not a person.
    let lowercaseNouns: Set<String>

    static let connectors: Set<String> = ["of", "for", "and", "on", "&", "de"]
    static let articles: Set<String> = ["the", "a", "an"]
    static let nameBlockers: Set<PartOfSpeech> = [
        .verb, .aux, .det, .pron, .adp, .cconj, .sconj, .punct, .num, .part, .intj, .sym]

    /// Tokens inside a temporal expression ("in April", "on Monday"): never names.
    let inTimex: [Bool]
    /// The name recogniser's class of each token inside one of its names.
    let entityClass: [Int: EntityClass]

    init(document: Document, lexicon: ActorLexicon, view: TokenView) {
        self.document = document
        self.lexicon = lexicon
        self.view = view
        var counts: [String: Int] = [:]
        for index in view.keys.indices where view.capitalized[index] {
            counts[view.keys[index], default: 0] += 1
        }
        self.capitalizedCounts = counts
        var nouns = Set<String>()
        for index in view.keys.indices where !view.capitalized[index]
            && document.tokens[index].upos == .noun {
            nouns.insert(view.keys[index])
        }
        self.lowercaseNouns = nouns
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
        markCountryModifiers(in: range)
    }

    /// "the US Red Cross", "the US National Hurricane Center", "Italy's Democratic Party": a
    /// country right before an organisation's name (or its possessive) says whose it is; it
    /// is the organisation's affiliation, not a participant of its own.
    mutating func markCountryModifiers(in range: Range<Int>) {
        var position = mentions.count - 1
        while position > 0, mentions[position].tokens.lowerBound >= range.lowerBound {
            let organization = mentions[position]
            let country = mentions[position - 1]
            let gap = organization.tokens.lowerBound - country.tokens.upperBound
            if country.tokens.lowerBound >= range.lowerBound, country.isParticipant,
               organization.isParticipant,
               actors[country.actorID]?.kind == .country,
               actors[organization.actorID]?.kind == .organization,
               gap == 0 || (gap == 1 && view.keys[country.tokens.upperBound] == "'s") {
                mentions[position - 1].form = .modifier
                if actors[organization.actorID]?.affiliation == nil {
                    actors[organization.actorID]?.affiliation = country.actorID
                }
            }
            position -= 1
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
        // "Scientology-critic", "Kremlin-backed": a capitalised word hyphened to a lower-case
        // one, opening a run, is a modifier, not a name ("Kim Jong-un" continues a name;
        // "al-Bashir" starts lower case and is not affected).
        let parts = view.texts[index].split(separator: "-")
        if parts.count > 1, index == 0 || !view.capitalized[index - 1],
           parts.dropFirst().contains(where: {
            $0.first.map { $0.isLowercase } ?? false
        }) {
            return false
        }
        if let upos = document.tokens[index].upos, Self.nameBlockers.contains(upos) {
            return false
        }
        return true
    }

    static let nameParticles: Set<String> = [
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

    /// The longest of the gazetteer, organisation-run and name-run candidates at `index`.
    mutating func bestMatch(at index: Int, in range: Range<Int>, sentence: Int,
                            headline: Bool) -> Int? {
        if let end = nonActor(at: index, in: range) { return end }
        if let end = compassCountry(at: index, in: range, sentence: sentence) { return end }
        let gazetteer = gazetteerMatch(at: index, limit: range.upperBound)
        let organizationEnd = headline ? nil : organizationRun(at: index, in: range)
        let gazetteerEnd = gazetteer.map { index + $0.1 }
        if let organizationEnd, organizationEnd > (gazetteerEnd ?? index) {
            recordOrganization(index..<organizationEnd, sentence: sentence)
            return organizationEnd
        }
        if let (entry, length) = gazetteer {
            if entry.role == .demonym,
               let end = nationalForce(after: index + length, in: range) {
                recordNationalForce(entry, index..<end, sentence: sentence)
                return end
            }
            recordGazetteer(entry, index..<index + length, sentence: sentence)
            // "Mozilla Firefox", "Google Chrome": capitalised words right after a known
            // organisation name its product; the organisation is the actor.
            var end = index + length
            if entry.role == .organization {
                while end < range.upperBound, end - index - length < 3, isNameToken(end),
                      lexicon.organizationHeads[view.keys[end]] == nil,
                      gazetteerMatch(at: end, limit: range.upperBound) == nil {
                    end += 1
                }
            }
            return end
        }
        if !headline, let end = nameRun(at: index, in: range, sentence: sentence) {
            return end
        }
        if let end = acronym(at: index, sentence: sentence) { return end }
        if !headline, let end = groupNoun(at: index, in: range, sentence: sentence) { return end }
        return nil
    }

    /// A capitalised word or run that names no actor (`non-actor-names.tsv`): a religion,
    /// a festival, a hazard and its name ("Hurricane Katrina", later "Katrina"), a day, law
    /// or treaty ("Waitangi Day", "Clean Air Act"). Returns the index after it.
    mutating func nonActor(at index: Int, in range: Range<Int>) -> Int? {
        guard view.capitalized[index], view.isWord(index) else { return nil }
        let key = view.keys[index]
        if lexicon.nonActorNames.contains(key) || hazardNames.contains(key) { return index + 1 }
        if lexicon.hazardTitles.contains(key), index + 1 < range.upperBound,
           view.capitalized[index + 1], view.isWord(index + 1), !isTitle(index + 1) {
            var end = index + 1
            while end < range.upperBound, end - index <= 3, view.capitalized[end],
                  view.isWord(end) {
                hazardNames.insert(view.keys[end])
                end += 1
            }
            return end
        }
        var end = index
        while end < range.upperBound, end - index < 6, view.capitalized[end], view.isWord(end) {
            end += 1
        }
        if end - index >= 2, lexicon.nonActorSuffixes.contains(view.keys[end - 1]) {
            return end
        }
        return nil
    }

    static let compassWords: Set<String> = ["north", "south", "east", "west"]

    /// "North and South Korea": the first compass word shares the country's name; "the
    /// South" (not "the South China Sea") after North or South Korea was named is that
    /// country. Returns the index after the compass word.
    mutating func compassCountry(at index: Int, in range: Range<Int>, sentence: Int) -> Int? {
        let key = view.keys[index]
        guard Self.compassWords.contains(key), view.capitalized[index] else { return nil }
        if index + 3 < range.upperBound, ["and", "or"].contains(view.keys[index + 1]),
           Self.compassWords.contains(view.keys[index + 2]),
           let (other, length) = gazetteerMatch(at: index + 2, limit: range.upperBound),
           other.kind == .country, length >= 2 {
            let keys = [key] + view.keys[(index + 3)..<(index + 2 + length)]
            if let (entry, matched) = lexicon.gazetteer.longestMatch(
                in: keys, from: 0, limit: keys.count), matched == keys.count,
               entry.kind == .country {
                registerGazetteerActor(entry)
                add(index..<index + 1, sentence: sentence, actor: entry.actorID, form: .name,
                    rule: "country.compass")
                return index + 1
            }
        }
        guard index > range.lowerBound, view.keys[index - 1] == "the",
              index + 1 >= range.upperBound || !view.capitalized[index + 1],
              let country = actors.values.filter({ actor in
                  actor.kind == .country && actor.name.split(separator: " ").first
                      .map { $0.lowercased() == key } == true
              }).map(\.id).sorted().first else { return nil }
        add(index..<index + 1, sentence: sentence, actor: country, form: .name,
            rule: "country.compass")
        return index + 1
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
            // after an article ("the Minsk group"), before a place noun ("Kyiv region"), as
            // a city of an address ("Dar es Salaam, Tanzania"), or named as a capital ("the
            // capital, Abuja").
            if hasArticle
                || (before >= range.lowerBound
                    && lexicon.locativePrepositions.contains(view.keys[before]))
                || (next < range.upperBound && lexicon.placeNouns.contains(view.keys[next]))
                || (entry.role == .capital
                    && (isAddressCity(before: next, in: range)
                        || isNamedCapital(after: previous, in: range))) {
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
        case .countryName where isAddressCountry(tokens, sentence: sentence):
            // "at U.S. embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya": the country
            // of a place's address is part of the place, not a participant.
            registerGazetteerActor(entry)
            add(tokens, sentence: sentence, actor: entry.actorID, form: .place,
                rule: "place.address-country")
        case .countryName, .organization:
            registerGazetteerActor(entry)
            add(tokens, sentence: sentence, actor: entry.actorID, form: .name,
                rule: entry.role == .organization ? "organization.known" : "country.name")
        }
    }

    /// "in Nairobi, Kenya": the country is written right after a place mention and a comma
    /// (not in a dateline, whose place opens the sentence: "CAPE TOWN, South Africa (AP)",
    /// "THE HAGUE, Netherlands (AP)").
    func isAddressCountry(_ tokens: Range<Int>, sentence: Int) -> Bool {
        guard let last = mentions.last, last.sentence == sentence, last.form == .place,
              case let start = document.sentences[sentence].tokens.lowerBound,
              last.tokens.lowerBound > start,
              !(last.tokens.lowerBound == start + 1 && view.keys[start] == "the"),
              last.tokens.upperBound + 1 == tokens.lowerBound,
              view.keys[last.tokens.upperBound] == "," else { return false }
        // The address ends there ("Nairobi, Kenya, on Aug. 7", "in Lagos, Nigeria."); a
        // country that opens a noun phrase ("the port of Odesa, Ukraine's air force said")
        // is a participant of its own.
        let range = document.sentences[sentence].tokens
        let next = tokens.upperBound
        return next >= range.upperBound || [",", ".", ";", ":", ")", "and", "or", "--"]
            .contains(view.keys[next]) || document.tokens[next].upos == .adp
    }

    /// "Nairobi, Kenya": a country name right after the city and a comma.
    func isAddressCity(before next: Int, in range: Range<Int>) -> Bool {
        guard next + 1 < range.upperBound, view.keys[next] == ",",
              let (entry, _) = gazetteerMatch(at: next + 1, limit: range.upperBound) else {
            return false
        }
        return entry.role == .countryName
    }

    /// "the capital, Abuja", "the capital Ankara": the city is named as a place.
    func isNamedCapital(after previous: Int, in range: Range<Int>) -> Bool {
        guard previous >= range.lowerBound else { return false }
        if view.keys[previous] == "capital" { return true }
        return view.keys[previous] == "," && previous - 1 >= range.lowerBound
            && view.keys[previous - 1] == "capital"
    }

    /// The end of an armed service written in lower case right after a demonym ("the
    /// Indonesian navy", `national-forces.tsv`), when it is the head of its phrase (not
    /// "Russian military support").
    func nationalForce(after start: Int, in range: Range<Int>) -> Int? {
        for length in [2, 1] where start + length <= range.upperBound {
            let words = (start..<start + length).map { view.keys[$0] }
            guard (start..<start + length).allSatisfy({ !view.capitalized[$0] }),
                  lexicon.nationalForces.contains(words.joined(separator: " ")) else { continue }
            let next = start + length
            if next < range.upperBound,
               [.noun, .propn].contains(document.tokens[next].upos) { return nil }
            return next
        }
        return nil
    }

    /// "the Indonesian navy": an organisation named as written, affiliated to the country.
    mutating func recordNationalForce(_ demonym: GazetteerEntry, _ tokens: Range<Int>,
                                      sentence: Int) {
        registerGazetteerActor(demonym)
        let name = view.texts[tokens].joined(separator: " ")
        let id = actorSlug(name)
        if actors[id] == nil {
            actors[id] = DocumentActor(id: id, name: name, kind: .organization,
                                       affiliation: demonym.actorID)
        }
        add(tokens, sentence: sentence, actor: id, form: .name, rule: "organization.force")
    }

    mutating func registerGazetteerActor(_ entry: GazetteerEntry) {
        if actors[entry.actorID] == nil {
            actors[entry.actorID] = DocumentActor(id: entry.actorID, name: entry.name,
                                                  kind: entry.kind,
                                                  affiliation: entry.affiliation)
        }
    }

    mutating func recordPlace(_ name: String, _ tokens: Range<Int>, sentence: Int) {
        let id = lexicon.actorID(for: name, kind: .location)
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
