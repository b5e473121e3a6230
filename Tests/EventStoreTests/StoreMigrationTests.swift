import EventGraph
import Foundation
import GRDB
import Testing
@testable import EventExtraction
@testable import EventStore

/// A database written before the figure and spelling tables is brought up to date when
/// opened, its persons indexed, so a new article's other spelling finds them.
struct StoreMigrationTests {
    @Test func anOlderDatabaseIsUpgradedAndItsPersonsIndexed() throws {
        let path = try StoreFixture.temporaryDatabasePath("old.sqlite")
        defer { StoreFixture.removeFolder(of: path) }
        do {
            let pool = try DatabasePool(path: path)
            try StoreSchema.migrator.migrate(pool, upTo: "v1")
            try pool.write { db in
                try db.execute(sql: """
                    INSERT INTO actor (id, name, kind) VALUES
                        ('muammar-gaddafi', 'Muammar Gaddafi', 'person')
                    """)
            }
        }
        let store = try EventStore(path: path, create: false)
        #expect(try store.appliedMigrations() == [
            "v1", "v2-quantities", "v3-person-variants", "v4-order-link-pairs",
            "v5-unread-indexes",
        ])

        // Only the indexes some query reads are left (and those of the primary keys).
        let indexes = try store.read { db in
            try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'index'
                  AND name NOT LIKE 'sqlite_autoindex_%' ORDER BY name
                """)
        }
        #expect(indexes == [
            "actorVariant_actor", "alias_folded", "change_run", "event_type",
            "mention_document", "orderLink_pair", "quantity_event", "report_event",
            "timex_document",
        ])

        let person = DocumentActor(id: "muammar-qaddafi", name: "Muammar Qaddafi",
                                   kind: .person)
        let article = DocumentExtraction(
            documentID: "nyt", path: nil, title: nil, creationDate: "2011-03-01",
            creationDay: 15_034, creationDateSource: "option", timexes: [], actors: [person],
            mentions: [.init(actorID: person.id, text: person.name, start: 0, end: 15,
                             sentence: 0, form: .name, ruleID: "person.name")],
            events: [], orderLinks: [], diagnostics: [])
        let run = try store.beginRun(started: "test", inputs: [])
        try store.write([StoredArticle(extraction: article, hash: ContentHash.of("nyt"))],
                        run: run)
        let actors = try store.wholeGraph().actors
        #expect(actors.map(\.id) == ["muammar-gaddafi"])
        #expect(actors.first?.mentions.map(\.text) == ["Muammar Qaddafi"])
    }

    /// An article whose text says the second event came first ("after"), written by a
    /// version-3 store and opened by a view (read-only), which upgrades it in place: its link
    /// is then read through the new index, and the actor's timeline still puts the second
    /// event first.
    @Test func orderLinksOfAnOlderDatabaseStillOrderTheTimeline() throws {
        let path = try StoreFixture.temporaryDatabasePath("old.sqlite")
        defer { StoreFixture.removeFolder(of: path) }
        var article = StoreFixture.article("wire", [
            .init(type: .meetVisit, agents: ["france"], targets: ["china"],
                  days: 19_845...19_845),
            .init(type: .meetVisit, agents: ["france"], targets: ["japan"],
                  days: 19_845...19_845, lemma: "visit"),
        ])
        article.orderLinks = [EventOrderLink(earlier: 1, later: 0, signal: "after")]
        do {
            let pool = try DatabasePool(path: path)
            try StoreSchema.migrator.migrate(pool, upTo: "v3-person-variants")
            try pool.write { db in
                _ = try ArticleWriter(db: db, run: 1).write(StoreFixture.stored(article))
            }
        }
        let store = try EventStore(path: path, create: false, readOnly: true)
        let indexes = try store.read { db in
            try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orderLink'
                """)
        }
        #expect(indexes == ["orderLink_pair"])
        var query = StoreQuery()
        query.actors = ["france"]
        #expect(try store.graph(for: query).events.map(\.summary) == ["wire 1", "wire 0"])
        query.actors = ["china"]
        #expect(try store.graph(for: query).events.map(\.summary) == ["wire 0"])
    }

    /// A database with no eventgraph tables (an `add` may be creating it) is refused by a
    /// view with a one-line error, and the view writes nothing to it.
    @Test func aViewNeverMigratesADatabaseWithoutTables() throws {
        let path = try StoreFixture.temporaryDatabasePath("new.sqlite")
        defer { StoreFixture.removeFolder(of: path) }
        do {
            let pool = try DatabasePool(path: path)
            try pool.write { db in try db.execute(sql: "CREATE TABLE other (x INTEGER)") }
        }
        #expect(throws: StoreError.self) {
            _ = try EventStore(path: path, create: false, readOnly: true)
        }
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        #expect(tables == ["other"])
    }
}
