import EventExtraction
import EventGraph
import GRDB

extension ArticleWriter {
    /// The article with its persons that are other spellings of a stored person renamed to
    /// that person (`PersonVariants`, as `EventGraph(extractions:)` does in memory), and
    /// the matches found.
    func renamingPersonVariants(_ extraction: DocumentExtraction) throws
        -> (DocumentExtraction, [PersonVariants.Match]) {
        let variants = PersonVariants()
        let matches = try variants.matches(in: extraction, known: { key in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT a.id, a.name, a.role FROM personKey p JOIN actor a ON a.id = p.actor
                WHERE p.key = ? ORDER BY a.id
                """), arguments: [key]).map {
                PersonVariants.Person(id: $0[0], name: $0[1], role: $0[2])
            }
        }, isActor: { id in
            try Int.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM actor WHERE id = ?"),
                             arguments: [id]) != nil
        })
        let renamed = extraction.renamingActors(Dictionary(
            matches.map { ($0.variant.id, ($0.known.id, $0.known.name)) },
            uniquingKeysWith: { first, _ in first }))
        return (renamed, matches)
    }

    /// Indexes the article's new persons by folded surname and records its spelling
    /// variants, for `explain`.
    func recordPersons(_ extraction: DocumentExtraction, matches: [PersonVariants.Match],
                       document: Int64) throws {
        let variants = PersonVariants()
        let index = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO personKey (key, actor) VALUES (?, ?)")
        let mentioned = Set(extraction.mentions.map(\.actorID))
        for actor in extraction.actors where actor.kind == .person
            && mentioned.contains(actor.id) {
            if let key = variants.surnameKey(actor.name) {
                try index.execute(arguments: [key, actor.id])
            }
        }
        let record = try db.cachedStatement(sql: """
            INSERT INTO actorVariant (variant, name, actor, document, reason)
            VALUES (?, ?, ?, ?, ?)
            """)
        for match in matches {
            try record.execute(arguments: [match.variant.id, match.variant.name,
                                           match.known.id, document, match.reason])
        }
    }
}
