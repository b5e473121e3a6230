import Foundation
import GRDB
import Testing
@testable import EventExtraction
@testable import EventStore

/// A database written before the figure and spelling tables is brought up to date when
/// opened, its persons indexed, so a new article's other spelling finds them.
struct StoreMigrationTests {
    @Test func anOlderDatabaseIsUpgradedAndItsPersonsIndexed() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("eventgraph-migration-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
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
        #expect(try store.appliedMigrations() == ["v1", "v2-quantities", "v3-person-variants"])

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
}
