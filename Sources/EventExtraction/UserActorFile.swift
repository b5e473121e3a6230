import Foundation
import TextAnalysis

/// A user's own actor table (`--actors my-actors.tsv`), applied over the bundled lexicons.
///
/// Columns: `phrase`, `relation`, `actor`, and optional `name`, `kind`, `affiliation`.
/// - `same-as`: the phrase names the actor (`lula	same-as	luiz-inacio-lula-da-silva
///   Luiz Inacio Lula da Silva	person	brazil`); an existing phrase is taken over, so the
///   user's file wins.
/// - `not-same`: the phrase never names that actor (`georgia	not-same	georgia` for a text
///   about the U.S. state); the built-in entry is removed, and an actor the text makes of
///   the phrase gets an id qualified by its kind (`georgia-location`).
/// - `kind`, `affiliation` on any row also set the actor's kind and affiliation wherever it
///   is found (`reuters	same-as	reuters		organization`).
public struct UserActorFile: Sendable {
    public enum Relation: String, Sendable { case sameAs = "same-as", notSame = "not-same" }

    struct Row: Sendable {
        let phrase: String
        let relation: Relation
        let actor: String
        let name: String?
        let kind: ActorKind?
        let affiliation: String?
    }

    let rows: [Row]

    /// Reads and validates the file; every bad line is an error naming the file and line.
    public init(contentsOf path: String) throws(ExtractionError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .badLexicon(file: path, line: 0,
                              message: "cannot be read (missing, a folder, or no permission)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .badLexicon(file: path, line: 0, message: "is not UTF-8 text")
        }
        try self.init(name: path, text: text)
    }

    init(name: String, text: String) throws(ExtractionError) {
        let table = try TSVTable(name: name, text: text, required: ["phrase", "relation", "actor"])
        var rows: [Row] = []
        for row in table.rows {
            guard let relation = Relation(rawValue: row["relation"]) else {
                throw .badLexicon(file: name, line: row.line, message:
                    "relation '\(row["relation"])' is not same-as or not-same")
            }
            var kind: ActorKind?
            if !row["kind"].isEmpty {
                guard let parsed = ActorKind(rawValue: row["kind"]) else {
                    throw .badLexicon(file: name, line: row.line, message:
                        "unknown kind '\(row["kind"])'; known: "
                        + ActorKind.allCases.map(\.rawValue).joined(separator: ", "))
                }
                kind = parsed
            }
            guard !row["phrase"].isEmpty, !row["actor"].isEmpty else {
                throw .badLexicon(file: name, line: row.line, message: "empty phrase or actor")
            }
            rows.append(Row(phrase: row["phrase"], relation: relation,
                            actor: actorSlug(row["actor"]),
                            name: row["name"].isEmpty ? nil : row["name"], kind: kind,
                            affiliation: row["affiliation"].isEmpty
                                ? nil : actorSlug(row["affiliation"])))
        }
        self.rows = rows
    }
}

extension ActorLexicon {
    /// This lexicon with a user's actor table applied over it.
    public func extended(with file: UserActorFile) -> ActorLexicon {
        var lexicon = self
        for row in file.rows {
            switch row.relation {
            case .notSame:
                lexicon.gazetteer.remove(row.phrase)
                lexicon.excludedActors[MatchKey.words(of: row.phrase), default: []]
                    .insert(row.actor)
            case .sameAs:
                let known = lexicon.countryNames[row.actor]
                let kind = row.kind ?? (known != nil ? .country : .person)
                let name = row.name ?? known ?? row.phrase
                lexicon.gazetteer.set(row.phrase, GazetteerEntry(
                    actorID: row.actor, name: name, kind: kind,
                    role: kind == .country ? .countryName : .organization,
                    affiliation: row.affiliation))
            }
            if row.kind != nil || row.affiliation != nil || row.name != nil {
                lexicon.overrides[row.actor] = ActorOverride(
                    name: row.name, kind: row.kind, affiliation: row.affiliation)
            }
        }
        return lexicon
    }
}

/// What a user's file says about an actor wherever it is found.
struct ActorOverride: Sendable {
    let name: String?
    let kind: ActorKind?
    let affiliation: String?
}
