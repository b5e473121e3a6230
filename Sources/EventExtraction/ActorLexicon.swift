import TextAnalysis

/// The general lexicons the actor recogniser reads: countries (ISO 3166 names from Debian's
/// iso-codes plus curated aliases, demonyms, capitals and seats of power), organisations,
/// person titles and organisation head nouns. All live in `Resources/en/lexicons/`.
public struct ActorLexicon: Sendable {
    /// Phrases naming countries and known organisations.
    var gazetteer = Gazetteer()
    /// Country names by id, for display and affiliation.
    var countryNames: [String: String] = [:]
    /// Title or role word → normalised role (`spokesman` → `spokesperson`,
    /// `mr.` → `honorific`).
    var titles: [String: String] = [:]
    /// Head nouns that end an organisation name → kind (`ministry` → organization).
    var organizationHeads: [String: ActorKind] = [:]
    /// Nouns that introduce an organisation's name and later stand for it (`outlet`).
    var organizationRoles: [String: ActorKind] = [:]
    /// Common nouns that refer back to the last actor of a kind (`government` → country,
    /// `alliance` → organization), from `reference-nouns.tsv`, kinds in order of preference.
    var referenceNouns: [String: [ActorKind]] = [:]
    /// Nouns after a place name (`region`, `oblast`).
    var placeNouns: Set<String> = []
    /// Prepositions that make a capital a place (`in`, `at`).
    var locativePrepositions: Set<String> = []
    /// Collective or anonymous participants (`police`, `militants`, `judge`) → kind.
    var groupNouns: [String: ActorKind] = [:]
    /// Capitalised words that are no actor (`islam`, `christmas`), from `non-actor-names.tsv`.
    var nonActorNames: Set<String> = []
    /// Nouns for armed personnel (`troops`), from `troop-nouns.tsv`.
    var troopNouns: Set<String> = []
    /// Armed services a demonym names as an organisation (`navy` in "the Indonesian navy"),
    /// from `national-forces.tsv`, as lower-case phrases.
    var nationalForces: Set<String> = []
    /// Titles before a hazard's name (`hurricane` in "Hurricane Katrina").
    var hazardTitles: Set<String> = []
    /// Last words of capitalised runs that name a day, law or treaty (`day`, `act`).
    var nonActorSuffixes: Set<String> = []
    /// Upper-case words that are not organisations' acronyms (`COVID`, `GDP`, `EDT`).
    var nonOrganizationAcronyms: Set<String> = []
    /// Name, kind and affiliation a user's actor file sets for an actor id.
    var overrides: [String: ActorOverride] = [:]
    /// Actor ids a user's file says a phrase never names (`not-same`), by the phrase's words:
    /// an actor made from that phrase in the text must not take such an id either.
    var excludedActors: [[String]: Set<String>] = [:]

    /// The id of an actor made from `name` in the text: its slug, or, when the user's file
    /// says the phrase never names the actor with that slug ("Georgia" is not the country
    /// `georgia`), the slug qualified by the actor's kind (`georgia-location`), so the two
    /// never merge.
    func actorID(for name: String, kind: ActorKind) -> String {
        let id = actorSlug(name)
        guard let excluded = excludedActors[MatchKey.words(of: name)],
              excluded.contains(id) else { return id }
        return id + "-" + kind.rawValue
    }

    /// The bundled English lexicons, loaded and validated once.
    /// Whether a name is a bare noun of `group-nouns.tsv` ("Police", "Court", "Judge"): an
    /// anonymous participant named by its noun, not a named actor.
    public func isGroupNoun(_ name: String) -> Bool {
        groupNouns[MatchKey.normalize(name)] != nil
    }

    public static func bundled() throws(ExtractionError) -> ActorLexicon {
        switch cached {
        case .success(let lexicon): return lexicon
        case .failure(let error): throw error
        }
    }

    private static let cached: Result<ActorLexicon, ExtractionError> = {
        do throws(ExtractionError) { return .success(try ActorLexicon(bundle: ())) } catch {
            return .failure(error)
        }
    }()

    private init(bundle: Void) throws(ExtractionError) {
        let countries = try TSVTable.resource("countries.tsv", required: [
            "id", "name", "aliases", "demonyms", "capitals", "seats"])
        for row in countries.rows {
            let id = row["id"], name = row["name"]
            guard !id.isEmpty, !name.isEmpty else {
                throw .badLexicon(file: countries.file, line: row.line, message: "empty id or name")
            }
            countryNames[id] = name
            func entry(_ role: GazetteerRole) -> GazetteerEntry {
                GazetteerEntry(actorID: id, name: name, kind: .country, role: role,
                               affiliation: nil)
            }
            gazetteer.add(name, entry(.countryName))
            for alias in row.list("aliases") { gazetteer.add(alias, entry(.countryName)) }
            for demonym in row.list("demonyms") { gazetteer.add(demonym, entry(.demonym)) }
            for seat in row.list("seats") { gazetteer.add(seat, entry(.seat)) }
            for capital in row.list("capitals") { gazetteer.add(capital, entry(.capital)) }
        }
        let organizations = try TSVTable.resource("organizations.tsv", required: [
            "id", "name", "kind", "country", "aliases"])
        for row in organizations.rows {
            guard let kind = ActorKind(rawValue: row["kind"]) else {
                throw .badLexicon(file: organizations.file, line: row.line,
                                  message: "unknown kind '\(row["kind"])'; known: "
                                  + ActorKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let country = row["country"].isEmpty ? nil : row["country"]
            if let country, countryNames[country] == nil {
                throw .badLexicon(file: organizations.file, line: row.line,
                                  message: "unknown country id '\(country)'")
            }
            let entry = GazetteerEntry(actorID: row["id"], name: row["name"], kind: kind,
                                       role: .organization, affiliation: country)
            gazetteer.add(row["name"], entry)
            for alias in row.list("aliases") { gazetteer.add(alias, entry) }
        }
        let titleTable = try TSVTable.resource("titles.tsv", required: ["word", "role"])
        for row in titleTable.rows {
            titles[MatchKey.normalize(row["word"])] = row["role"]
        }
        let heads = try TSVTable.resource("organization-heads.tsv", required: ["word", "kind"])
        for row in heads.rows {
            guard let kind = ActorKind(rawValue: row["kind"]) else {
                throw .badLexicon(file: heads.file, line: row.line,
                                  message: "unknown kind '\(row["kind"])'")
            }
            let words = MatchKey.words(of: row["word"])
            if let last = words.last { organizationHeads[last] = kind }
        }
        let roles = try TSVTable.resource("organization-roles.tsv", required: ["word", "kind"])
        for row in roles.rows {
            guard let kind = ActorKind(rawValue: row["kind"]) else {
                throw .badLexicon(file: roles.file, line: row.line,
                                  message: "unknown kind '\(row["kind"])'")
            }
            organizationRoles[MatchKey.normalize(row["word"])] = kind
        }
        let references = try TSVTable.resource("reference-nouns.tsv",
                                               required: ["word", "kinds"])
        for row in references.rows {
            var kinds: [ActorKind] = []
            for name in row.list("kinds") {
                guard let kind = ActorKind(rawValue: name) else {
                    throw .badLexicon(file: references.file, line: row.line,
                                      message: "unknown kind '\(name)'")
                }
                kinds.append(kind)
            }
            referenceNouns[MatchKey.normalize(row["word"])] = kinds
        }
        let groups = try TSVTable.resource("group-nouns.tsv", required: ["word", "kind"])
        for row in groups.rows {
            guard let kind = ActorKind(rawValue: row["kind"]) else {
                throw .badLexicon(file: groups.file, line: row.line,
                                  message: "unknown kind '\(row["kind"])'")
            }
            groupNouns[MatchKey.normalize(row["word"])] = kind
        }
        nonOrganizationAcronyms = Set(
            try TSVTable.resource("non-organization-acronyms.tsv", required: ["word"])
                .rows.map { MatchKey.normalize($0["word"]) })
        troopNouns = Set(try TSVTable.resource("troop-nouns.tsv", required: ["word"])
            .rows.map { MatchKey.normalize($0["word"]) })
        nationalForces = Set(try TSVTable.resource("national-forces.tsv", required: ["word"])
            .rows.map { MatchKey.words(of: $0["word"]).joined(separator: " ") })
        let nonActors = try TSVTable.resource("non-actor-names.tsv", required: ["word", "kind"])
        for row in nonActors.rows {
            let word = MatchKey.normalize(row["word"])
            switch row["kind"] {
            case "name": nonActorNames.insert(word)
            case "hazard": hazardTitles.insert(word)
            case "suffix": nonActorSuffixes.insert(word)
            default:
                throw .badLexicon(file: nonActors.file, line: row.line,
                                  message: "unknown kind '\(row["kind"])'; known: name, "
                                  + "hazard, suffix")
            }
        }
        placeNouns = Set(try TSVTable.resource("place-nouns.tsv", required: ["word"])
            .rows.map { MatchKey.normalize($0["word"]) })
        locativePrepositions = Set(
            try TSVTable.resource("locative-prepositions.tsv", required: ["word"])
                .rows.map { MatchKey.normalize($0["word"]) })
    }
}
