import EventExtraction
import EventGraph
import GRDB

/// Why a stored event is what it is: its reading, and every article's report of it with the
/// reason the report was taken for the same event.
public struct EventExplanation: Sendable, Hashable, CustomStringConvertible {
    /// One article's report.
    public struct Report: Sendable, Hashable {
        /// The event id the report had in its article (`wire-b#e1`).
        public var id: String
        /// The article.
        public var document: String
        /// Sentence index in the article (0-based).
        public var sentence: Int
        /// The sentence.
        public var evidence: String
        /// The date this article gives, TIMEX3 value.
        public var date: String?
        /// Who this article says claims it.
        public var source: String?
        /// This article's certainty.
        public var certainty: String
        /// Nil for the event's own report; otherwise why it was merged.
        public var reason: String?
        /// The figures this report gives, with what they count ("58 drone").
        public var figures: [String] = []
    }

    /// The event's id: its first report's.
    public var id: String
    /// Event type (`FIGHT_ATTACK`).
    public var type: String
    /// The date the event is listed under.
    public var date: String?
    /// The first report's one-line summary.
    public var summary: String
    /// Actor ids.
    public var agents: [String]
    /// Actor ids.
    public var targets: [String]
    /// How many articles report it.
    public var sources: Int
    /// Every report, the first (the event as stored) first.
    public var reports: [Report]
    /// Actors of the event whose name an article spelt otherwise, merged as one person
    /// (`PersonVariants`): `id: also "Name" (article): reason`.
    public var actorVariants: [String] = []
    /// The figures the reports give, one comparison per thing counted; a comparison with
    /// several readings is a disagreement between sources, all of whose readings are kept.
    public var quantities: [QuantityComparison] = []

    /// The explanation as lines for a terminal.
    public var description: String {
        var lines = ["\(id)  \(type)  \(date ?? "undated")  \(summary)",
                     "agents: \(agents.isEmpty ? "none" : agents.joined(separator: ", "))"
                        + "; targets: "
                        + (targets.isEmpty ? "none" : targets.joined(separator: ", "))]
        for variant in actorVariants { lines.append("same person: \(variant)") }
        for comparison in quantities {
            lines.append((comparison.disagrees ? "figures differ: " : "figure: ")
                         + comparison.description)
        }
        lines.append("\(reports.count) report(s) from \(sources) article(s):")
        for report in reports {
            lines.append("- \(report.id) (\(report.document), sentence \(report.sentence + 1)): "
                         + "date \(report.date ?? "undated"), \(report.certainty)"
                         + (report.source.map { ", according to \($0)" } ?? "")
                         + (report.figures.isEmpty ? ""
                            : ", figures " + report.figures.joined(separator: ", ")))
            lines.append("  \"\(report.evidence)\"")
            lines.append("  " + (report.reason.map { "merged: \($0)" }
                                 ?? "first report: the event as stored"))
        }
        return lines.joined(separator: "\n")
    }
}

extension EventStore {
    /// Explains event `id` (`story#e3`); the id of a report merged into another event finds
    /// that event.
    public func explain(_ id: String) throws(StoreError) -> EventExplanation {
        let result: EventExplanation? = try read { db in
            let row = try Int64.fetchOne(db, sql: "SELECT id FROM event WHERE key = ?",
                                         arguments: [id])
            guard let event = try row ?? Int64.fetchOne(
                db, sql: "SELECT event FROM report WHERE key = ?", arguments: [id]),
                  let main = try Row.fetchOne(db, sql: """
                    SELECT key, type, dateValue, summary, agents, targets, sources
                    FROM event WHERE id = ?
                    """, arguments: [event]) else { return nil }
            var reports = try Row.fetchAll(db, sql: """
                SELECT r.key, d.key, r.sentence, s.text, r.dateValue, r.source, r.certainty,
                    r.reason
                FROM report r JOIN document d ON d.id = r.document
                    JOIN sentence s ON s.document = r.document AND s.number = r.sentence
                WHERE r.event = ? ORDER BY r.id
                """, arguments: [event]).map {
                EventExplanation.Report(id: $0[0], document: $0[1], sentence: $0[2],
                                        evidence: $0[3], date: $0[4], source: $0[5],
                                        certainty: $0[6], reason: $0[7])
            }
            var readings: [QuantityReading] = []
            let quantityRows = try Row.fetchAll(db, sql: """
                SELECT d.key, q.sentence, q.text, q.start, q."end", q.value, q.bound, q.unit
                FROM quantity q JOIN document d ON d.id = q.document
                WHERE q.event = ? ORDER BY q.rowid
                """, arguments: [event])
            for row in quantityRows {
                readings.append(QuantityReading(
                    document: row[0], sentence: row[1], text: row[2], start: row[3],
                    end: row[4], value: row[5],
                    bound: QuantityBound(rawValue: row[6]) ?? .exact, unit: row[7]))
            }
            func split(_ text: String) -> [String] {
                text.isEmpty ? [] : text.split(separator: "\t").map(String.init)
            }
            var involved = split(main[4]) + split(main[5])
            involved += try String.fetchAll(db, sql: """
                SELECT source FROM report WHERE event = ? AND source IS NOT NULL
                GROUP BY source ORDER BY MIN(id)
                """, arguments: [event])
            var actorVariants: [String] = []
            var seen = Set<String>()
            for actor in involved where seen.insert(actor).inserted {
                // One line per spelling, with every article that used it and the reason
                // given the first time (SQLite takes the bare column from the MIN row).
                let rows = try Row.fetchAll(db, sql: """
                    SELECT v.name, group_concat(d.key, ', '), v.reason, MIN(v.position)
                    FROM (SELECT rowid AS position, name, document, reason FROM actorVariant
                          WHERE actor = ? ORDER BY rowid) v
                    JOIN document d ON d.id = v.document
                    GROUP BY v.name ORDER BY MIN(v.position)
                    """, arguments: [actor])
                actorVariants += rows.map { row -> String in
                    let name: String = row[0], document: String = row[1]
                    let reason: String = row[2]
                    return "\(actor): also \"\(name)\" (\(document)): \(reason)"
                }
            }
            for index in reports.indices {
                reports[index].figures = readings.filter {
                    $0.document == reports[index].document
                        && $0.sentence == reports[index].sentence
                }.map { $0.figure + ($0.unit.isEmpty ? "" : " \($0.unit)") }
            }
            return EventExplanation(id: main[0], type: main[1], date: main[2],
                                    summary: main[3], agents: split(main[4]),
                                    targets: split(main[5]), sources: main[6],
                                    reports: reports, actorVariants: actorVariants,
                                    quantities: QuantityComparison.comparisons(of: readings))
        }
        guard let result else { throw .unknownEvent(id) }
        return result
    }
}
