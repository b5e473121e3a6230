import EventExtraction
import EventGraph
import GRDB

/// Writes one article inside the caller's transaction and merges its events into the
/// events already stored, the way `EventGraph(extractions:)` merges them in memory:
///
/// 1. within the article, the same non-statement event told twice is one event
///    (`EventMerger.mergeRepeats`);
/// 2. each listed event is then compared with the listed events of earlier articles that
///    have its type and share an agent (or, like it, have none), through the `mergeKey`
///    index, oldest first: the first whose targets are compatible (shared, or one side has
///    none) and whose date overlaps (or, when either is undated, whose trigger has the same
///    lemma) is the same event (`EventMerger.isSameEvent`), and the new report joins it
///    with the reason;
/// 3. otherwise the event is stored as new.
///
/// Dates are compared by their own day ranges (`ownStartDay`, `ownEndDay`); an undated
/// event that gains a date from a later report sorts and filters by that date.
struct ArticleWriter {
    let db: Database
    let run: Int

    /// Intervals longer than this many days (decades, centuries) are indexed as "always a
    /// candidate", so the day-range lookup of `mergeKey` can stay bounded.
    static let longInterval = 400

    func write(_ article: StoredArticle) throws -> WriteOutcome {
        var outcome = WriteOutcome()
        let stored = try db.cachedStatement(sql: "SELECT 1 FROM document WHERE hash = ?")
        if try Int.fetchOne(stored, arguments: [article.hash]) != nil {
            outcome.alreadyStored = 1
            return outcome
        }
        let (extraction, variants) = try renamingPersonVariants(article.extraction)
        let key = try uniqueKey(extraction.documentID)
        try db.cachedStatement(sql: """
            INSERT INTO document (key, hash, dct, dctSource, title, url, path, run)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [key, article.hash, extraction.creationDate,
                                     extraction.creationDateSource, extraction.title,
                                     article.url, extraction.path, run])
        let document = db.lastInsertedRowID
        try writeProvenance(extraction, document: document)
        try recordPersons(extraction, matches: variants, document: document)
        outcome = try writeEvents(extraction, key: key, document: document)
        outcome.added = 1
        return outcome
    }

    /// The article's id, or with `-2`, `-3` … when another article has it.
    private func uniqueKey(_ id: String) throws -> String {
        var candidate = id
        var suffix = 1
        let taken = try db.cachedStatement(sql: "SELECT 1 FROM document WHERE key = ?")
        while try Int.fetchOne(taken, arguments: [candidate]) != nil {
            suffix += 1
            candidate = "\(id)-\(suffix)"
        }
        return candidate
    }

    /// Temporal expressions, actors, aliases and mentions.
    private func writeProvenance(_ extraction: DocumentExtraction, document: Int64) throws {
        let timex = try db.cachedStatement(sql: """
            INSERT INTO timex (document, text, start, "end", type, value, mod)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for item in extraction.timexes {
            try timex.execute(arguments: [document, item.text, item.start, item.end, item.type,
                                          item.value, item.mod])
        }
        let mentioned = Set(extraction.mentions.map(\.actorID))
        // A new actor is stored whole; a stored one keeps its name and kind and only gains
        // the affiliation or role it lacked (one statement instead of three).
        let insertActor = try db.cachedStatement(sql: """
            INSERT INTO actor (id, name, kind, affiliation, role) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                affiliation = coalesce(affiliation, excluded.affiliation),
                role = coalesce(role, excluded.role)
            WHERE (affiliation IS NULL AND excluded.affiliation IS NOT NULL)
                OR (role IS NULL AND excluded.role IS NOT NULL)
            """)
        for actor in extraction.actors where mentioned.contains(actor.id) {
            try insertActor.execute(arguments: [actor.id, actor.name, actor.kind.rawValue,
                                                actor.affiliation, actor.role])
        }
        let mention = try db.cachedStatement(sql: """
            INSERT INTO mention (document, actor, text, start, "end", sentence)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        // Each alias once per article, with the number of its mentions there.
        var aliases: [(actor: String, text: String, mentions: Int)] = []
        var aliasIndex: [String: [String: Int]] = [:]
        for item in extraction.mentions {
            try mention.execute(arguments: [document, item.actorID, item.text, item.start,
                                            item.end, item.sentence])
            if let index = aliasIndex[item.actorID]?[item.text] {
                aliases[index].mentions += 1
            } else {
                aliasIndex[item.actorID, default: [:]][item.text] = aliases.count
                aliases.append((item.actorID, item.text, 1))
            }
        }
        let alias = try db.cachedStatement(sql: """
            INSERT INTO alias (actor, text, folded, mentions) VALUES (?, ?, ?, ?)
            ON CONFLICT (actor, text) DO UPDATE SET mentions = mentions + excluded.mentions
            """)
        for item in aliases {
            try alias.execute(arguments: [item.actor, item.text, item.text.lowercased(),
                                          item.mentions])
        }
    }

    // MARK: Events

    private func writeEvents(_ extraction: DocumentExtraction, key: String,
                             document: Int64) throws -> WriteOutcome {
        var outcome = WriteOutcome()
        var converted = DocumentEvents(extraction, documentID: key)
        let repeats = EventMerger.mergeRepeats(&converted.events, lemmas: converted.lemmas,
                                               intervals: converted.intervals)
        let sentence = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO sentence (document, number, text) VALUES (?, ?, ?)")
        var rowOf: [EventID: Int64] = [:]
        // Each kept event's repeats, in text order: the ids of its later reports.
        var repeatIDs: [EventID: [EventID]] = [:]
        for (gone, kept) in repeats { repeatIDs[kept, default: []].append(gone) }
        for (kept, gone) in repeatIDs {
            repeatIDs[kept] = gone.sorted { Self.index(of: $0) < Self.index(of: $1) }
        }
        // Each sentence once (the first report's text, as `OR IGNORE` kept it).
        var storedSentences = Set<Int>()
        for event in converted.events {
            for report in event.reports where storedSentences.insert(report.sentence).inserted {
                try sentence.execute(arguments: [document, report.sentence, report.evidence])
            }
            let interval = converted.intervals[event.id]
            let lemma = converted.lemmas[event.id] ?? event.trigger
            if event.salient, let kept = try findSameEvent(event, interval: interval,
                                                           lemma: lemma, document: document) {
                try mergeReports(of: event, into: kept, interval: interval,
                                 document: document, repeats: repeatIDs[event.id] ?? [])
                rowOf[event.id] = kept.row
                outcome.merged += 1
            } else {
                rowOf[event.id] = try insert(event, converted: converted, document: document,
                                             repeats: repeatIDs[event.id] ?? [])
                if event.salient { outcome.newEvents += 1 }
            }
        }
        for (gone, kept) in repeats { rowOf[gone] = rowOf[kept] }
        let link = try db.cachedStatement(
            sql: "INSERT INTO orderLink (earlier, later, signal) VALUES (?, ?, ?)")
        for item in extraction.orderLinks {
            let earlier = DocumentEvents.eventID(document: key, index: item.earlier)
            let later = DocumentEvents.eventID(document: key, index: item.later)
            guard let from = rowOf[earlier], let to = rowOf[later], from != to else { continue }
            try link.execute(arguments: [from, to, item.signal])
        }
        return outcome
    }

    /// A stored event the new one is the same as: its row, key and date.
    struct Candidate {
        let row: Int64
        let key: String
        let dateValue: String?
        /// The agent both name ("" when neither names one).
        let agent: String
        let targets: [String]
    }

    /// The first stored listed event that `event` reports too (see the type's summary).
    private func findSameEvent(_ event: Event, interval: ClosedRange<Int>?, lemma: String,
                               document: Int64) throws -> Candidate? {
        let agents = event.agents.isEmpty ? [""] : event.agents.map(\.rawValue)
        let targets = Set(event.targets.map(\.rawValue))
        var seen = Set<String>()
        for agent in agents where seen.insert(agent).inserted {
            var rows: [Row] = []
            // Undated or long-range events are always candidates; the others only when
            // their range can overlap this event's.
            rows += try Row.fetchAll(db.cachedStatement(sql: """
                SELECT event, targets, startDay, endDay, lemma FROM mergeKey
                WHERE type = ? AND agent = ? AND bounded = 0
                """), arguments: [event.type.rawValue, agent])
            if let interval {
                rows += try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT event, targets, startDay, endDay, lemma FROM mergeKey
                    WHERE type = ? AND agent = ? AND bounded = 1
                      AND sortDay BETWEEN ? AND ?
                    """), arguments: [event.type.rawValue, agent,
                                      interval.lowerBound - Self.longInterval,
                                      interval.upperBound])
            } else {
                // Undated: only the same verb can match, whatever the other's date.
                rows += try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT event, targets, startDay, endDay, lemma FROM mergeKey
                    WHERE type = ? AND agent = ? AND bounded = 1 AND lemma = ?
                    """), arguments: [event.type.rawValue, agent, lemma])
            }
            let ordered = rows.map { row -> (Int64, String, Int?, Int?, String) in
                (row[0], row[1], row[2], row[3], row[4])
            }.sorted { $0.0 < $1.0 }
            for (row, keptTargets, start, end, keptLemma) in ordered {
                let theirs = keptTargets.isEmpty ? [] : keptTargets.split(separator: "\t")
                    .map(String.init)
                guard theirs.isEmpty || targets.isEmpty || !targets.isDisjoint(with: theirs)
                else { continue }
                // Neither names an agent: the verb must agree too (`EventMerger`).
                if agent.isEmpty, keptLemma != lemma { continue }
                if let interval, let start, let end {
                    if !(start...end).overlaps(interval) { continue }
                } else if keptLemma != lemma {
                    // Without two dates to compare, the verb must agree.
                    continue
                }
                // One report per article: an event this article already reports is not
                // a candidate for another of its mentions.
                if try Int.fetchOne(db.cachedStatement(
                    sql: "SELECT 1 FROM report WHERE event = ? AND document = ? LIMIT 1"),
                    arguments: [row, document]) != nil { continue }
                let kept = try Row.fetchOne(db.cachedStatement(
                    sql: "SELECT key, dateValue FROM event WHERE id = ?"), arguments: [row])
                guard let kept else { continue }
                return Candidate(row: row, key: kept[0], dateValue: kept[1], agent: agent,
                                 targets: theirs)
            }
        }
        return nil
    }

    /// Adds `event`'s reports (its own and its repeats) to the stored event `kept`.
    private func mergeReports(of event: Event, into kept: Candidate,
                              interval: ClosedRange<Int>?, document: Int64,
                              repeats: [EventID]) throws {
        let ours = event.targets.map(\.rawValue)
        let shared = ours.filter(kept.targets.contains)
        let targets = shared.isEmpty
            ? "targets compatible (\(Self.list(kept.targets)) / \(Self.list(ours)))"
            : "shared target \(shared.joined(separator: ", "))"
        let dates = kept.dateValue == nil || event.date == nil
            ? "a date unknown (\(kept.dateValue ?? "undated") / "
                + "\(event.date?.value ?? "undated")), same verb"
            : "dates overlap (\(kept.dateValue ?? "") / \(event.date?.value ?? ""))"
        let reason = "same type \(event.type.rawValue); "
            + (kept.agent.isEmpty ? "neither names an agent, same verb"
               : "shared agent \(kept.agent)")
            + "; \(targets); \(dates)"
        let ids = [event.id] + repeats
        for (position, report) in event.reports.enumerated() {
            let first = position == 0
            let row = try insertReport(report, event: kept.row, document: document,
                                       key: Self.reportKey(ids, position, report),
                                       reason: first ? reason : Self.repeatReason)
            if first {
                try change("merged", event: kept.row, report: row,
                           detail: "\(event.id.rawValue) (\(event.summary)) merged into "
                           + "\(kept.key): \(reason)")
            }
        }
        try mergeQuantities(of: event, into: kept.row, key: kept.key, document: document)
        try db.cachedStatement(sql: """
            UPDATE event SET sources =
                (SELECT COUNT(DISTINCT document) FROM report WHERE event = ?1)
            WHERE id = ?1
            """).execute(arguments: [kept.row])
        guard let date = event.date else { return }
        if kept.dateValue == nil {
            let group = interval == nil ? 1 : 0
            try db.cachedStatement(sql: """
                UPDATE event SET dateValue = ?, dateText = ?, dateFrom = ?, orderGroup = ?,
                    startDay = ?, endDay = ? WHERE id = ?
                """).execute(arguments: [date.value, date.text, date.from.rawValue, group,
                                         interval?.lowerBound, interval?.upperBound,
                                         kept.row])
            try change("dated", event: kept.row, report: nil,
                       detail: "\(kept.key): undated -> \(date.value) (from "
                       + "\(event.id.rawValue))")
        } else if let keptDate = kept.dateValue, keptDate != date.value {
            try change("date-differs", event: kept.row, report: nil,
                       detail: "\(kept.key): \(keptDate), but \(event.id.rawValue) says "
                       + "\(date.value) (both kept)")
        }
    }

    static func list(_ ids: [String]) -> String {
        ids.isEmpty ? "none" : ids.joined(separator: ", ")
    }

    static let repeatReason = "repeat in the same article: same type, verb, agents and targets"

    /// Stores `event` as a new event with its reports, index rows and relations.
    private func insert(_ event: Event, converted: DocumentEvents, document: Int64,
                        repeats: [EventID]) throws -> Int64 {
        let interval = converted.intervals[event.id]
        let key = converted.keys[event.id]
        try db.cachedStatement(sql: """
            INSERT INTO event (key, document, sentence, trigger, lemma, start, "end", summary,
                type, label, agents, targets, location, source, certainty, salient, rules,
                dateValue, dateText, dateFrom, ownStartDay, ownEndDay, orderGroup, startDay,
                endDay, sources, run)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    1, ?)
            """).execute(arguments: [
                event.id.rawValue, document, event.sentence, event.trigger,
                converted.lemmas[event.id] ?? event.trigger, event.start, event.end,
                event.summary, event.type.rawValue,
                converted.labels[event.id] ?? event.trigger,
                event.agents.map(\.rawValue).joined(separator: "\t"),
                event.targets.map(\.rawValue).joined(separator: "\t"),
                event.location?.rawValue, event.source?.rawValue, event.certainty.rawValue,
                event.salient, event.rules.joined(separator: "\t"), event.date?.value,
                event.date?.text, event.date?.from.rawValue, interval?.lowerBound,
                interval?.upperBound, key?.group ?? 2, interval?.lowerBound,
                interval?.upperBound, run,
            ])
        let row = db.lastInsertedRowID
        let ids = [event.id] + repeats
        for (position, report) in event.reports.enumerated() {
            _ = try insertReport(report, event: row, document: document,
                                 key: Self.reportKey(ids, position, report),
                                 reason: position == 0 ? nil : Self.repeatReason)
        }
        try insertQuantities(event.quantities, event: row, document: document)
        let role = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO eventActor (actor, salient, event, role) VALUES (?, ?, ?, ?)
            """)
        var roles = event.agents.map { ($0, "agent") } + event.targets.map { ($0, "target") }
        if let place = event.location { roles.append((place, "place")) }
        if let source = event.source { roles.append((source, "source")) }
        for (actor, name) in roles {
            try role.execute(arguments: [actor.rawValue, event.salient, row, name])
        }
        guard event.salient else { return row }
        let bounded = interval.map { $0.upperBound - $0.lowerBound <= Self.longInterval }
            ?? false
        let mergeKey = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO mergeKey (type, agent, bounded, sortDay, event, startDay,
                endDay, targets, lemma) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var agents = Set<String>()
        for agent in (event.agents.isEmpty ? [""] : event.agents.map(\.rawValue))
        where agents.insert(agent).inserted {
            try mergeKey.execute(arguments: [
                event.type.rawValue, agent, bounded, bounded ? interval?.lowerBound ?? 0 : 0,
                row, interval?.lowerBound, interval?.upperBound,
                event.targets.map(\.rawValue).joined(separator: "\t"),
                converted.lemmas[event.id] ?? event.trigger,
            ])
        }
        var targets = event.targets
        if targets.isEmpty, event.quadClass.isMaterial, let place = event.location {
            targets = [place]
        }
        let relation = try db.cachedStatement(
            sql: #"INSERT INTO relation ("from", "to", kind, event) VALUES (?, ?, ?, ?)"#)
        for agent in event.agents {
            for target in targets where target != agent {
                try relation.execute(arguments: [
                    agent.rawValue, target.rawValue,
                    converted.labels[event.id] ?? event.trigger, row,
                ])
            }
        }
        try change("new", event: row, report: nil,
                   detail: "\(event.id.rawValue): \(event.date?.value ?? "undated") "
                   + "\(event.type.rawValue) \(event.summary)")
        return row
    }

    /// The original event id of report `position` (its own event, then its repeats).
    static func reportKey(_ ids: [EventID], _ position: Int, _ report: EventReport) -> String {
        position < ids.count ? ids[position].rawValue : "\(report.document)@\(report.start)"
    }

    /// The number N of an event id `document#eN`.
    static func index(of id: EventID) -> Int {
        Int(id.rawValue.split(separator: "#").last?.dropFirst() ?? "") ?? 0
    }

    private func insertReport(_ report: EventReport, event: Int64, document: Int64,
                              key reportKey: String, reason: String?) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO report (event, document, key, sentence, trigger, start, "end",
                dateValue, dateText, dateFrom, source, certainty, reason, run)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                event, document, reportKey, report.sentence, report.trigger, report.start,
                report.end, report.date?.value, report.date?.text,
                report.date?.from.rawValue, report.source?.rawValue,
                report.certainty.rawValue, reason, run,
            ])
        return db.lastInsertedRowID
    }

    func change(_ kind: String, event: Int64, report: Int64?, detail: String) throws {
        try db.cachedStatement(sql: """
            INSERT INTO change (run, kind, event, report, detail) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: [run, kind, event, report, detail])
    }
}
