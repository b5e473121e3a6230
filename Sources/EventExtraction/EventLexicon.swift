import TextAnalysis

/// The verb and noun classes and the certainty cues the event stages read, from
/// `Resources/en/lexicons/{event-verbs,event-verb-particles,event-nouns,certainty-cues,
/// hypothetical-modals,timeline-ranking,frame-words,argument-words}.tsv`.
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

    /// A class that holds only in an argument frame (`requires` column).
    struct FramedEntry: Sendable {
        let frame: VerbFrame
        let entry: Entry
    }

    /// Verb lemma → class when no frame row fits (the row without `requires`).
    var verbs: [String: Entry] = [:]
    /// Verb lemma → frame rows, in file order; tried before the default class.
    var verbFrames: [String: [FramedEntry]] = [:]
    /// Verb lemma → particle → frame rows of the phrasal verb.
    var particleFrames: [String: [String: [FramedEntry]]] = [:]
    /// Inflected verb form → lemma, for text without a lemmatizer (past tenses from the
    /// lexicon, regular -s/-ed/-ing forms derived).
    var verbForms: [String: String] = [:]
    var nouns: [String: Entry] = [:]
    /// Verb lemma → particle → class of the phrasal verb ("work alongside", "crack down").
    var particles: [String: [String: Entry]] = [:]
    var cues: [Cue] = []
    /// Verb forms that act as prepositions ("following", "according"): never triggers.
    var verbExclusions: Set<String> = []
    /// Verbs that only say an event took place ("the bombings *occurred*", "fighting *broke
    /// out*"): with an event noun as subject they state that noun's event (frame-words.tsv,
    /// list `occurrence`).
    var occurrenceVerbs: Set<String> = []
    /// Heads whose "of" phrase names the participants ("the leaders of Iran and Russia"):
    /// `argument-words.tsv`, list `role-head`.
    var roleHeads: Set<String> = []
    /// Verbs that take their class from an event noun as object ("hold talks", "launch an
    /// attack"): list `light-verb`.
    var lightVerbs: Set<String> = []
    /// Prepositions whose object is a target ("attack on", "talks with"): list
    /// `target-preposition`.
    var targetPrepositions: Set<String> = []
    /// Classes of event nouns whose "of" phrase names who the event was done to ("the
    /// shooting of Dr. X", "the expulsion of the envoys"): list `patient-of-class`.
    var patientOfClasses: Set<EventType> = []
    /// Verbs whose infinitive complement did not happen ("failed to report", "refused to
    /// testify"): frame-words.tsv, list `negative-implicative`.
    var negativeImplicatives: Set<String> = []
    /// Modals that make an event a possibility rather than a fact ("could", "may").
    var hypotheticalModals: Set<String> = []
    /// How many events an article lists and which come first (`timeline-ranking.tsv`).
    var ranking = TimelineRanking()

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
        var lists: [String: Set<String>] = [:]
        for row in try TSVTable.resource("frame-words.tsv", required: ["list", "words"]).rows {
            lists[row["list"], default: []].formUnion(row.list("words").map(MatchKey.normalize))
        }
        occurrenceVerbs = lists["occurrence"] ?? []
        negativeImplicatives = lists["negative-implicative"] ?? []
        var argumentWords: [String: Set<String>] = [:]
        let argumentTable = try TSVTable.resource("argument-words.tsv",
                                                  required: ["list", "words"])
        for row in argumentTable.rows {
            guard ["role-head", "light-verb", "target-preposition", "patient-of-class"]
                .contains(row["list"]) else {
                throw .badLexicon(file: argumentTable.file, line: row.line, message:
                    "unknown list '\(row["list"])'; known: role-head, light-verb, "
                    + "target-preposition, patient-of-class")
            }
            if row["list"] == "patient-of-class" {
                for word in row.list("words") {
                    guard let type = EventType(rawValue: word.uppercased()) else {
                        throw .badLexicon(file: argumentTable.file, line: row.line,
                                          message: "unknown event type '\(word)'")
                    }
                    patientOfClasses.insert(type)
                }
                continue
            }
            argumentWords[row["list"], default: []]
                .formUnion(row.list("words").map(MatchKey.normalize))
        }
        roleHeads = argumentWords["role-head"] ?? []
        lightVerbs = argumentWords["light-verb"] ?? []
        targetPrepositions = argumentWords["target-preposition"] ?? []
        let verbTable = try TSVTable.resource("event-verbs.tsv",
                                              required: ["lemma", "type", "label"])
        for row in verbTable.rows {
            let lemma = MatchKey.normalize(row["lemma"])
            let entry = try Self.entry(row, in: verbTable)
            if let frame = try Self.frame(row, in: verbTable, lists: lists) {
                verbFrames[lemma, default: []].append(FramedEntry(frame: frame, entry: entry))
            } else {
                guard verbs[lemma] == nil else {
                    throw .badLexicon(file: verbTable.file, line: row.line, message:
                        "'\(lemma)' has two rows without 'requires'; one default per lemma")
                }
                verbs[lemma] = entry
            }
            for form in Self.regularForms(of: lemma) + [MatchKey.normalize(row["label"])] {
                if verbForms[form] == nil { verbForms[form] = lemma }
            }
        }
        let nounTable = try TSVTable.resource("event-nouns.tsv",
                                              required: ["lemma", "type", "label"])
        for row in nounTable.rows {
            let lemma = MatchKey.normalize(row["lemma"])
            guard nouns[lemma] == nil else {
                throw .badLexicon(file: nounTable.file, line: row.line,
                                  message: "'\(lemma)' is listed twice; one class per lemma")
            }
            nouns[lemma] = try Self.entry(row, in: nounTable)
        }
        let particleTable = try TSVTable.resource(
            "event-verb-particles.tsv", required: ["lemma", "particle", "type", "label"])
        for row in particleTable.rows {
            let lemma = MatchKey.normalize(row["lemma"])
            let particle = MatchKey.normalize(row["particle"])
            let entry = try Self.entry(row, in: particleTable)
            if let frame = try Self.frame(row, in: particleTable, lists: lists) {
                particleFrames[lemma, default: [:]][particle, default: []]
                    .append(FramedEntry(frame: frame, entry: entry))
                continue
            }
            guard particles[lemma]?[particle] == nil else {
                throw .badLexicon(file: particleTable.file, line: row.line,
                                  message: "'\(lemma) \(particle)' is listed twice")
            }
            particles[lemma, default: [:]][particle] = entry
        }
        verbExclusions = Set(try TSVTable.resource("verb-exclusions.tsv", required: ["word"])
            .rows.map { MatchKey.normalize($0["word"]) })
        hypotheticalModals = Set(try TSVTable.resource("hypothetical-modals.tsv",
                                                       required: ["word"])
            .rows.map { MatchKey.normalize($0["word"]) })
        ranking = try TimelineRanking(table: TSVTable.resource(
            "timeline-ranking.tsv", required: ["feature", "weight"]))
        let cueTable = try TSVTable.resource("certainty-cues.tsv",
                                             required: ["cue", "certainty", "scope"])
        for row in cueTable.rows {
            guard let certainty = Certainty(rawValue: row["certainty"]),
                  let scope = CueScope(rawValue: row["scope"]) else {
                throw .badLexicon(file: cueTable.file, line: row.line,
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
            throw .badLexicon(file: table.file, line: row.line, message:
                "unknown event type '\(row["type"])'; known: "
                + EventType.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return Entry(type: type, label: row["label"])
    }

    private static func frame(_ row: TSVTable.Row, in table: TSVTable,
                              lists: [String: Set<String>]) throws(ExtractionError)
        -> VerbFrame? {
        let text = row["requires"].trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        do throws(FrameError) {
            return try VerbFrame(text, lists: lists)
        } catch {
            throw .badLexicon(file: table.file, line: row.line, message: error.message)
        }
    }

    /// The class of a verb in its sentence: the first frame row of the phrasal verb (when
    /// `particle` follows) or of the lemma whose frame fits, else the default row; `framed`
    /// says whether a frame decided it.
    func verbClass(lemma: String, particle: String?, verb: Int, reader: FrameReader?)
        -> (entry: Entry, framed: Bool, phrasal: Bool)? {
        if let particle {
            if let reader, let rows = particleFrames[lemma]?[particle],
               let row = rows.first(where: { reader.matches($0.frame, verb: verb) }) {
                return (row.entry, true, true)
            }
            if let entry = particles[lemma]?[particle] { return (entry, false, true) }
        }
        if let reader, let rows = verbFrames[lemma],
           let row = rows.first(where: { reader.matches($0.frame, verb: verb) }) {
            return (row.entry, true, false)
        }
        return verbs[lemma].map { ($0, false, false) }
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
