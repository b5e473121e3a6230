/// The verb and noun classes and the certainty cues the event stages read, from
/// `Resources/en/lexicons/{event-verbs,event-verb-particles,event-nouns,certainty-cues,
/// hypothetical-modals}.tsv`.
public struct EventLexicon: Sendable {
    struct Entry: Sendable, Hashable {
        let type: EventType
        /// Relation label for an edge between agent and target.
        let label: String
    }

    enum CueScope: String, Sendable { case sentence, clause, complement }

    struct Cue: Sendable {
        let words: [String]
        let certainty: Certainty
        let scope: CueScope
    }

    /// Verb lemma → class.
    var verbs: [String: Entry] = [:]
    /// Inflected verb form → lemma, for text without a lemmatizer (past tenses from the
    /// lexicon, regular -s/-ed/-ing forms derived).
    var verbForms: [String: String] = [:]
    var nouns: [String: Entry] = [:]
    /// Verb lemma → particle → class of the phrasal verb ("work alongside", "crack down").
    var particles: [String: [String: Entry]] = [:]
    var cues: [Cue] = []
    /// Verb forms that act as prepositions ("following", "according"): never triggers.
    var verbExclusions: Set<String> = []
    /// Modals that make an event a possibility rather than a fact ("could", "may").
    var hypotheticalModals: Set<String> = []

    /// The bundled English lexicons, loaded and validated once.
    public static func bundled() throws(ExtractionError) -> EventLexicon {
        switch cached {
        case .success(let lexicon): return lexicon
        case .failure(let error): throw error
        }
    }

    private static let cached: Result<EventLexicon, ExtractionError> = {
        do throws(ExtractionError) { return .success(try EventLexicon(bundle: ())) } catch {
            return .failure(error)
        }
    }()

    private init(bundle: Void) throws(ExtractionError) {
        let verbTable = try TSVTable.resource("event-verbs.tsv",
                                              required: ["lemma", "type", "label"])
        for row in verbTable.rows {
            let lemma = MatchKey.normalize(row["lemma"])
            guard verbs[lemma] == nil else {
                throw .badLexicon(file: verbTable.name, line: row.line,
                                  message: "'\(lemma)' is listed twice; one class per lemma")
            }
            verbs[lemma] = try Self.entry(row, in: verbTable)
            for form in Self.regularForms(of: lemma) + [MatchKey.normalize(row["label"])] {
                if verbForms[form] == nil { verbForms[form] = lemma }
            }
        }
        let nounTable = try TSVTable.resource("event-nouns.tsv",
                                              required: ["lemma", "type", "label"])
        for row in nounTable.rows {
            let lemma = MatchKey.normalize(row["lemma"])
            guard nouns[lemma] == nil else {
                throw .badLexicon(file: nounTable.name, line: row.line,
                                  message: "'\(lemma)' is listed twice; one class per lemma")
            }
            nouns[lemma] = try Self.entry(row, in: nounTable)
        }
        let particleTable = try TSVTable.resource(
            "event-verb-particles.tsv", required: ["lemma", "particle", "type", "label"])
        for row in particleTable.rows {
            let lemma = MatchKey.normalize(row["lemma"])
            let particle = MatchKey.normalize(row["particle"])
            guard particles[lemma]?[particle] == nil else {
                throw .badLexicon(file: particleTable.name, line: row.line,
                                  message: "'\(lemma) \(particle)' is listed twice")
            }
            particles[lemma, default: [:]][particle] = try Self.entry(row, in: particleTable)
        }
        verbExclusions = Set(try TSVTable.resource("verb-exclusions.tsv", required: ["word"])
            .rows.map { MatchKey.normalize($0["word"]) })
        hypotheticalModals = Set(try TSVTable.resource("hypothetical-modals.tsv",
                                                       required: ["word"])
            .rows.map { MatchKey.normalize($0["word"]) })
        let cueTable = try TSVTable.resource("certainty-cues.tsv",
                                             required: ["cue", "certainty", "scope"])
        for row in cueTable.rows {
            guard let certainty = Certainty(rawValue: row["certainty"]),
                  let scope = CueScope(rawValue: row["scope"]) else {
                throw .badLexicon(file: cueTable.name, line: row.line,
                                  message: "unknown certainty '\(row["certainty"])' or scope "
                                  + "'\(row["scope"])'")
            }
            cues.append(Cue(words: MatchKey.normalize(row["cue"]).split(separator: " ")
                .map(String.init), certainty: certainty, scope: scope))
        }
    }

    private static func entry(_ row: TSVTable.Row, in table: TSVTable)
        throws(ExtractionError) -> Entry {
        guard let type = EventType(rawValue: row["type"]) else {
            throw .badLexicon(file: table.name, line: row.line, message:
                "unknown event type '\(row["type"])'; known: "
                + EventType.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return Entry(type: type, label: row["label"])
    }

    /// -s, -ed and -ing forms of a regular verb ("push" → pushes, pushed, pushing).
    static func regularForms(of lemma: String) -> [String] {
        let stem = lemma.hasSuffix("e") ? String(lemma.dropLast()) : lemma
        let third = lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch")
            || lemma.hasSuffix("x") || lemma.hasSuffix("o") ? lemma + "es" : lemma + "s"
        return [lemma, third, stem + "ed", stem + "ing"]
    }

    /// The lemma of a verb form: the tagger's lemma when present, else the lexicon's.
    func verbLemma(key: String, lemma: String?) -> String? {
        if let lemma { return MatchKey.normalize(lemma) }
        return verbForms[key]
    }
}
