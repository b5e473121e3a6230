import EventExtraction

/// Finds a person an earlier article named with another transliteration of the same name
/// ("Volodymyr Zelenskiy" in Reuters, "Volodymyr Zelenskyy" in AP), so the two spellings
/// are one actor; shared by the in-memory graph and the store, so both merge alike.
///
/// Conservative on purpose — two people who merely share a surname are never merged. A new
/// article's person is taken for a known person only when:
/// - the new one was found by its name in the text (a person rule, not a lexicon or the
///   user's `--actors` table, whose ids are the user's decision), and its id is no actor
///   yet;
/// - both surnames (last name words) have at least four letters, fold to the same key
///   (`NameTransliteration`: y/iy/i, ks/x, dh/d, q/g/k, doubled letters …) and are at most
///   two edits apart;
/// - and either both give a first name, which folds alike (with the surname spelled alike
///   too, only a true variant: "Sergei"/"Sergey" Lavrov, never "Hunter"/"Joe" Biden), or
///   is one edit apart when the surnames differ ("Muammar"/"Moammar" Gaddafi/Gadhafi); or
///   one gives the surname alone and both carry the same title ("President Zelensky").
/// - exactly one known person qualifies, and the article does not name that person too.
package struct PersonVariants: Sendable {
    /// A person as the matching reads it.
    package struct Person: Sendable, Hashable {
        package var id: String
        package var name: String
        /// The title's role (`president`), when one was given.
        package var role: String?

        package init(id: String, name: String, role: String?) {
            self.id = id
            self.name = name
            self.role = role
        }
    }

    /// A variant found in an article: its own id, the known person's id, and why.
    package struct Match: Sendable, Hashable {
        package var variant: Person
        package var known: Person
        package var reason: String
    }

    let transliteration: NameTransliteration?

    /// Without the bundled table (a broken install), nothing is merged.
    package init() { transliteration = try? NameTransliteration.bundled() }

    /// The key the known persons are indexed by: the folded surname, nil for a name whose
    /// surname is too short to compare.
    package func surnameKey(_ name: String) -> String? {
        guard let transliteration, let surname = Self.words(name).last,
              NameTransliteration.plain(surname).count >= 4 else { return nil }
        return transliteration.key(surname)
    }

    /// Why `variant` is `known` written another way, or nil when they may be two people.
    package func reason(_ variant: Person, isVariantOf known: Person) -> String? {
        guard let transliteration, variant.id != known.id else { return nil }
        let ours = Self.words(variant.name)
        let theirs = Self.words(known.name)
        guard let surname = ours.last, let knownSurname = theirs.last,
              let key = surnameKey(variant.name), key == surnameKey(known.name) else {
            return nil
        }
        let plainSurname = NameTransliteration.plain(surname)
        let plainKnown = NameTransliteration.plain(knownSurname)
        let edits = Self.editDistance(plainSurname, plainKnown)
        guard edits <= 2 else { return nil }
        let surnames = plainSurname == plainKnown
            ? "same surname \(knownSurname)"
            : "surname \(surname) is a transliteration of \(knownSurname) (key \(key), "
                + "\(edits) edit\(edits == 1 ? "" : "s"))"
        if ours.count > 1, theirs.count > 1 {
            let given = NameTransliteration.plain(ours[0])
            let knownGiven = NameTransliteration.plain(theirs[0])
            if given == knownGiven {
                // The same name written the same way has the same id: only a surname
                // variant is left to find.
                guard plainSurname != plainKnown else { return nil }
                return surnames + "; same first name \(theirs[0])"
            }
            if transliteration.key(given) == transliteration.key(knownGiven) {
                return surnames + "; first name \(ours[0]) is a transliteration of "
                    + "\(theirs[0])"
            }
            if plainSurname != plainKnown, given.first == knownGiven.first,
               Self.editDistance(given, knownGiven) <= 1 {
                return surnames + "; first name \(ours[0]) is one letter from \(theirs[0])"
            }
            return nil
        }
        // A surname alone: only a shared title says it is the same person.
        guard let role = variant.role, role == known.role else { return nil }
        return surnames + "; both titled \(role)"
    }

    /// The persons of `extraction` that are variants of a known person: `known(key)` gives
    /// the known persons whose surname folds to `key`; `isActor(id)` whether an id is an
    /// actor already (then it stays itself).
    package func matches(in extraction: DocumentExtraction,
                         known: (String) throws -> [Person],
                         isActor: (String) throws -> Bool) rethrows -> [Match] {
        var rules: [String: [String]] = [:]
        for mention in extraction.mentions {
            rules[mention.actorID, default: []].append(mention.ruleID)
        }
        let named = Set(rules.keys)
        var result: [Match] = []
        for actor in extraction.actors where actor.kind == .person {
            guard let used = rules[actor.id],
                  used.allSatisfy({ $0.hasPrefix("person.") || $0.hasPrefix("coreference.") }),
                  used.contains(where: { $0.hasPrefix("person.") }),
                  let key = surnameKey(actor.name), try !isActor(actor.id) else { continue }
            let variant = Person(id: actor.id, name: actor.name, role: actor.role)
            var found: [(Person, String)] = []
            for person in try known(key) where !named.contains(person.id) {
                if let reason = reason(variant, isVariantOf: person) {
                    found.append((person, reason))
                }
            }
            guard found.count == 1, let (person, reason) = found.first else { continue }
            result.append(Match(variant: variant, known: person, reason: reason))
        }
        return result
    }

    /// Name words, hyphens and dots kept ("Saif al-Islam", "George W.").
    static func words(_ name: String) -> [String] {
        name.split(separator: " ").map(String.init)
    }

    /// Levenshtein distance in characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1,
                                 previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension DocumentExtraction {
    /// The extraction with actor ids replaced by `renamed` (old id → new id and name)
    /// everywhere: actors, mentions, events, affiliations; actors stay sorted by id.
    package func renamingActors(_ renamed: [String: (id: String, name: String)])
        -> DocumentExtraction {
        guard !renamed.isEmpty else { return self }
        func map(_ id: String) -> String { renamed[id]?.id ?? id }
        var copy = self
        copy.actors = actors.map { actor in
            var actor = actor
            if let target = renamed[actor.id] {
                actor.id = target.id
                actor.name = target.name
            }
            actor.affiliation = actor.affiliation.map(map)
            return actor
        }.sorted { $0.id < $1.id }
        copy.mentions = mentions.map { mention in
            var mention = mention
            mention.actorID = map(mention.actorID)
            return mention
        }
        copy.events = events.map { event in
            var event = event
            event.agents = event.agents.map(map)
            event.targets = event.targets.map(map)
            event.location = event.location.map(map)
            event.source = event.source.map(map)
            return event
        }
        return copy
    }
}
