import TextAnalysis

/// People and unlisted names: a title followed by a name, and capitalised runs the
/// lexicons do not know (classified by the name recogniser, a role or place noun, or length).
extension ActorScan {
    /// A title followed by a name: records the person (and the country or organisation
    /// before the title as its affiliation). Returns the index after the name.
    mutating func person(at index: Int, in range: Range<Int>, sentence: Int) -> Int? {
        guard let role = lexicon.titles[view.keys[index]] else { return nil }
        var end = index + 1
        // Multi-word titles ("Prime Minister", "Foreign Minister") continue the title.
        while end < range.upperBound, isTitle(end) { end += 1 }
        // "Minister of Education Stefania Giannini", "Secretary of State John Kerry": an "of"
        // or "for" phrase completes the title when the name recogniser starts a person's
        // name after it.
        if end + 1 < range.upperBound, ["of", "for"].contains(view.keys[end]),
           view.capitalized[end + 1] {
            var cursor = end + 1
            while cursor < range.upperBound, cursor - end <= 4, view.capitalized[cursor],
                  entityClass[cursor] != .person {
                cursor += 1
            }
            if cursor < range.upperBound, cursor - end <= 4, entityClass[cursor] == .person {
                end = cursor
            }
        }
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
        // "Mr Macron", "Louisiana's Governor Blanco": the surname of someone named before,
        // resolved by coreference to that person; what stands before the title only says
        // whose governor it is.
        if end - nameStart == 1, personNameParts.contains(name) {
            let before = index > range.lowerBound && view.keys[index - 1] == "'s"
                ? index - 1 : index
            if let last = mentions.last, last.sentence == sentence,
               last.tokens.upperBound == before {
                mentions[mentions.count - 1].form = .modifier
            }
            return nil
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
        guard end > index else { return nil }
        // "Movimento 5 Stelle": a number between names joins them into one name — an
        // organisation's, never a person's. In quotation marks ("The Internet Explorer 6
        // Countdown") such a name is the title of a work or site: no actor.
        var joinsNumber = false
        if end + 1 < range.upperBound, isDigits(end), isNameToken(end + 1) {
            var last = end + 1
            while last < range.upperBound, last - index < 8, isNameToken(last) { last += 1 }
            var opener = index - 1
            while opener >= range.lowerBound, index - opener <= 3, view.isWord(opener),
                  view.capitalized[opener] { opener -= 1 }
            if opener >= range.lowerBound, ["\"", "“", "‘", "'"].contains(view.keys[opener]) {
                return last
            }
            end = last
            joinsNumber = true
        }
        // "Social Science & Medicine", "Procter & Gamble": an ampersand between names joins
        // them into one name — an organisation's or a publication's, never a person's.
        if !joinsNumber, end + 1 < range.upperBound, view.keys[end] == "&",
           isNameToken(end + 1) {
            var last = end + 1
            while last < range.upperBound, last - index < 8, isNameToken(last) { last += 1 }
            end = last
            joinsNumber = true
        }
        let length = end - index
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
        // "the Cape Argus newspaper", "the Likud party": a name between "the" and an
        // organisation head noun in lower case is that organisation's name (not a person
        // already named: "the Bush administration").
        if index > range.lowerBound, view.keys[index - 1] == "the", end < range.upperBound,
           view.isWord(end), !view.capitalized[end],
           let kind = lexicon.organizationHeads[view.keys[end]],
           !(index..<end).contains(where: { personNameParts.contains(view.texts[$0]) }) {
            let id = actorSlug(name)
            if actors[id] == nil {
                actors[id] = DocumentActor(id: id, name: name, kind: kind)
            }
            add(index..<end + 1, sentence: sentence, actor: id, form: .name,
                rule: "organization.head-noun")
            return end + 1
        }
        // "Gulf of Mexico", "Bay of Bengal", "City of London": a place noun with an "of"
        // phrase is one place, and the country inside it names no actor.
        if lexicon.placeNouns.contains(view.keys[end - 1]), end + 1 < range.upperBound,
           view.keys[end] == "of", view.capitalized[end + 1], view.isWord(end + 1) {
            var last = end + 1
            while last < range.upperBound, last - end <= 3, view.capitalized[last],
                  view.isWord(last) {
                last += 1
            }
            recordPlace(view.texts[index..<last].joined(separator: " "), index..<last,
                        sentence: sentence)
            return last
        }
        // "Brent North Sea", "Red River": a run that ends in a place noun is a place.
        if length >= 2, lexicon.placeNouns.contains(view.keys[end - 1]) {
            recordPlace(name, index..<end, sentence: sentence)
            return end
        }
        if end < range.upperBound, lexicon.placeNouns.contains(view.keys[end]) {
            recordPlace(name, index..<end + 1, sentence: sentence)
            return end + 1
        }
        // A surname of someone already named is left to coreference, after a preposition
        // too ("in Slepian's death", "surface in Spitzer's advertisements").
        if length == 1, personNameParts.contains(name) { return nil }
        if lexicon.locativePrepositions.contains(before) {
            recordPlace(name, index..<end, sentence: sentence)
            return end
        }
        // "into Biloxi and Gulfport": a name coordinated right after a place is a place too
        // (not after a comma: "the Lombardy region, Roberto Maroni" is an apposition).
        if ["and", "or"].contains(before), let last = mentions.last,
           last.sentence == sentence, last.form == .place,
           last.tokens.upperBound == previous {
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
        if joinsNumber {
            let id = actorSlug(name)
            if actors[id] == nil {
                actors[id] = DocumentActor(id: id, name: name, kind: .organization)
            }
            add(index..<end, sentence: sentence, actor: id, form: .name,
                rule: "organization.numbered")
            return end
        }
        // "Internet Explorer 6", "Windows XP": a name ending in a model number or an
        // upper-case code names a product, not a person; only the name recogniser can make
        // it an organisation.
        let numbered = end < range.upperBound && isDigits(end)
        if (numbered || (length >= 2 && isModelCode(end - 1))),
           entityClass[index] != .organization {
            return numbered ? end + 1 : end
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
                // "USGS" after "Geological Survey (USGS)": an acronym the text defined names
                // that organisation wherever the recogniser finds it again.
                if length == 1, let defined = acronyms[view.keys[index]] {
                    add(index..<end, sentence: sentence, actor: defined, form: .name,
                        rule: "organization.acronym")
                    return end
                }
                let id = lexicon.actorID(for: name, kind: .organization)
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
        // News introduces a person by full name; a lone word the recogniser calls a person
        // is a name only when it is no plural ("the Sams", "Casinos") and the text uses it
        // again ("Gloria … Gloria's eczema") or it acts ("Valero said").
        // "the Crown": a lone name after an article is no person.
        if length == 1, index > range.lowerBound, Self.articles.contains(view.keys[index - 1]) {
            return nil
        }
        if length == 1, document.tokens[index].xpos == "NNPS"
            || ((capitalizedCounts[view.keys[index]] ?? 0) < 2 && !isActingSubject(index)) {
            return nil
        }
        // "Card Tricks", "Sport Studies", "Team Manager": a run the recogniser did not call a
        // person whose last word the text also uses as a lower-case noun names no one, unless
        // it acts ("the Flag Consideration Project has planned").
        if entityClass[index] == nil, length >= 2, lowercaseNouns.contains(view.keys[end - 1]),
           !(index..<end).contains(where: isActingSubject) {
            return nil
        }
        let id = lexicon.actorID(for: name, kind: .person)
        if actors[id] == nil { actors[id] = DocumentActor(id: id, name: name, kind: .person) }
        add(index..<end, sentence: sentence, actor: id, form: .name,
            rule: entityClass[index] == .person ? "person.entity" : "person.name")
        return end
    }

    /// A run of digits ("6", "737").
    func isDigits(_ index: Int) -> Bool {
        let text = view.texts[index]
        return !text.isEmpty && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    /// An upper-case code of two to four letters that is no Roman numeral ("XP", not "II"
    /// in "Elizabeth II") and no acronym the text defined or the gazetteer knows.
    func isModelCode(_ index: Int) -> Bool {
        let text = view.texts[index]
        guard (2...4).contains(text.count),
              text.unicodeScalars.allSatisfy({ $0.properties.isUppercase }),
              !text.unicodeScalars.allSatisfy({ "IVXLC".unicodeScalars.contains($0) }),
              acronyms[view.keys[index]] == nil else { return false }
        return lexicon.gazetteer.longestMatch(in: view.keys, from: index,
                                              limit: index + 1) == nil
    }

    /// Whether the token is the subject of a verb in the parse ("Valero said").
    func isActingSubject(_ index: Int) -> Bool {
        let token = document.tokens[index]
        guard token.dependency == "nsubj", let head = token.head,
              document.tokens.indices.contains(head) else { return false }
        return document.tokens[head].upos == .verb
    }
}
