import EventStore
import Foundation
import TextAnalysis
import Testing
@testable import EventExtraction

/// Temporary databases and synthetic extractions for the store tests.
enum StoreFixture {
    /// A new database in a fresh temporary folder; the folder is removed by `cleanUp`.
    static func makeStore() throws -> EventStore {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("eventgraph-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try EventStore(path: folder.appendingPathComponent("story.sqlite").path,
                              create: true)
    }

    /// A path for a database file in a fresh temporary folder (the folder is the parent of
    /// the path; remove it when done), for tests that build the file themselves.
    static func temporaryDatabasePath(_ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("eventgraph-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    /// Removes the folder of a path made by `temporaryDatabasePath`.
    static func removeFolder(of path: String) {
        try? FileManager.default.removeItem(
            at: URL(fileURLWithPath: path).deletingLastPathComponent())
    }

    static func cleanUp(_ store: EventStore) {
        try? FileManager.default.removeItem(
            at: URL(fileURLWithPath: store.path).deletingLastPathComponent())
    }

    /// The folder of this test target's articles.
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Corpus")

    /// One reading of an event, as an article's extraction would give it.
    struct Reading: Sendable, CustomTestStringConvertible {
        let type: EventType
        let agents: [String]
        let targets: [String]
        /// Days since 1970-01-01 the date covers, nil when undated.
        let days: ClosedRange<Int>?
        /// The trigger's lemma.
        var lemma = "meet"
        /// Figures the event gives, as (value, counted noun).
        var figures: [(Double, String)] = []

        var testDescription: String {
            "\(type.rawValue) \(agents)→\(targets) \(days.map { "\($0)" } ?? "undated")"
        }
    }

    /// An extraction of article `id` with one listed event per reading.
    static func article(_ id: String, _ readings: [Reading]) -> DocumentExtraction {
        let events = readings.enumerated().map { index, reading in
            DocumentExtraction.Event(
                index: index, sentence: index, trigger: reading.lemma, start: index,
                end: index + 3, lemma: reading.lemma, type: reading.type, label: "met", isNominal: false,
                evidence: "sentence \(index) of \(id)", summary: "\(id) \(index)",
                agents: reading.agents, targets: reading.targets, location: nil, source: nil,
                certainty: .asserted,
                dateValue: reading.days.map { CalendarDate(daysSinceEpoch: $0.lowerBound)
                    .description },
                dateText: nil, dateOrigin: reading.days.map { _ in .timex },
                dateStartDay: reading.days?.lowerBound, dateEndDay: reading.days?.upperBound,
                isSalient: true, rules: [],
                quantities: reading.figures.map { value, unit in
                    .init(text: "\(Int(value))", start: index, end: index + 2, value: value,
                          bound: .exact, unit: unit)
                })
        }
        let actors = Set(readings.flatMap { $0.agents + $0.targets }).sorted().map {
            DocumentActor(id: $0, name: $0, kind: .country)
        }
        return DocumentExtraction(
            documentID: id, path: nil, title: nil, creationDate: "2024-05-03",
            creationDay: 19_846, creationDateSource: "option", timexes: [], actors: actors,
            mentions: actors.map { .init(actorID: $0.id, text: $0.name, start: 0, end: 1,
                                         sentence: 0, form: .name, ruleID: "test") },
            events: events, orderLinks: [], diagnostics: [])
    }

    /// `extraction` as an article to store, its hash made from its id and events.
    static func stored(_ extraction: DocumentExtraction) -> StoredArticle {
        StoredArticle(extraction: extraction, hash: ContentHash.of(
            extraction.documentID + extraction.events.map(\.summary).joined()))
    }
}
