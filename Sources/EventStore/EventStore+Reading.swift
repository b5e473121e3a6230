import EventExtraction
import EventGraph
import GRDB

extension EventStore {
    /// The actor `name` means: an actor id, else a canonical name (any case), else an alias
    /// (a mention text, any case), else the end of one ("Zelenskiy" for "President
    /// Volodymyr Zelenskiy"); among several actors, the one mentioned most often that way.
    public func resolveActor(_ name: String) throws(StoreError) -> ActorID {
        let found: String? = try read { db in
            if let id = try String.fetchOne(db, sql: "SELECT id FROM actor WHERE id = ?",
                                            arguments: [name]) { return id }
            let folded = name.lowercased()
            if let id = try String.fetchOne(
                db, sql: "SELECT id FROM actor WHERE lower(name) = ? ORDER BY id LIMIT 1",
                arguments: [folded]) { return id }
            if let id = try String.fetchOne(db, sql: """
                SELECT actor FROM alias WHERE folded = ?
                ORDER BY mentions DESC, actor LIMIT 1
                """, arguments: [folded]) { return id }
            // The aliases are few next to the events: a scan for the suffix is cheap.
            return try String.fetchOne(db, sql: """
                SELECT actor FROM alias WHERE folded LIKE '% ' || ? ESCAPE '\\'
                GROUP BY actor ORDER BY SUM(mentions) DESC, actor LIMIT 1
                """, arguments: [folded.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "%", with: "\\%")
                    .replacingOccurrences(of: "_", with: "\\_")])
        }
        guard let found else { throw .unknownActor(name) }
        return ActorID(found)
    }

    /// The stored events `query` selects, as a graph the views can draw: events in
    /// chronological order with all their reports, the actors they name (and those actors'
    /// affiliations), the documents that report them, and their relations.
    public func graph(for query: StoreQuery) throws(StoreError) -> EventGraph {
        try read { db in try GraphLoader(db: db, query: query).load() }
    }

    /// Everything stored, as `eventgraph extract` prints it.
    public func wholeGraph() throws(StoreError) -> EventGraph {
        var query = StoreQuery()
        query.includesUnlisted = true
        query.includesProvenance = true
        return try graph(for: query)
    }
}

/// Reads a query's events and what they refer to, inside one read transaction.
struct GraphLoader {
    let db: Database
    let query: StoreQuery

    /// The ids of the selected events, found from the indexes: `eventActor` (actor, listed,
    /// event) for an actor query, then the event rows' type, day range, source count and
    /// certainty for the other filters.
    func selectedIDs() throws -> [Int64] {
        var conditions: [String] = []
        var arguments = StatementArguments()
        var from = "event e"
        if !query.actors.isEmpty {
            let listed = query.includesUnlisted ? "" : " AND salient = 1"
            let events = "SELECT DISTINCT event FROM eventActor WHERE actor IN "
                + "(\(marks(query.actors.count)))\(listed)"
            arguments += StatementArguments(query.actors.map(\.rawValue))
            // An actor alone is answered from the index, without reading an event row.
            if !hasEventConditions {
                return try Int64.fetchAll(db, sql: events + " ORDER BY event",
                                          arguments: arguments)
            }
            from = "(\(events)) a JOIN event e ON e.id = a.event"
        } else if !query.includesUnlisted {
            conditions.append("e.salient = 1")
        }
        if query.sinceDay != nil || query.untilDay != nil {
            conditions.append("e.startDay IS NOT NULL")
        }
        if let since = query.sinceDay {
            conditions.append("e.endDay >= ?")
            arguments += [since]
        }
        if let until = query.untilDay {
            conditions.append("e.startDay <= ?")
            arguments += [until]
        }
        if !query.types.isEmpty {
            conditions.append("e.type IN (\(marks(query.types.count)))")
            arguments += StatementArguments(query.types.map(\.rawValue).sorted())
        }
        if query.minimumSources > 1 {
            conditions.append("e.sources >= ?")
            arguments += [query.minimumSources]
        }
        if !query.certainties.isEmpty {
            conditions.append("e.certainty IN (\(marks(query.certainties.count)))")
            arguments += StatementArguments(query.certainties.map(\.rawValue).sorted())
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try Int64.fetchAll(db, sql: "SELECT e.id FROM \(from)\(filter) ORDER BY e.id",
                                  arguments: arguments)
    }

    /// Whether a filter other than the actors needs the event rows.
    var hasEventConditions: Bool {
        query.sinceDay != nil || query.untilDay != nil || !query.types.isEmpty
            || query.minimumSources > 1 || !query.certainties.isEmpty
    }

    func marks(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }

    /// The selected ids as one argument, read back by `IN (SELECT value FROM json_each(?))`,
    /// so a selection of any size is one bound value.
    static func idList(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    static let selected = "(SELECT value FROM json_each(?))"

    func load() throws -> EventGraph {
        let ids = try selectedIDs()
        let idJSON = Self.idList(ids)
        let list: StatementArguments = [idJSON]
        // Events in an array, found by row id or key through `position`.
        var events: [Event] = []
        events.reserveCapacity(ids.count)
        var position: [Int64: Int] = [:]
        var items: [EventOrder.Item] = []
        var labels: [EventID: String] = [:]
        var keyOf: [Int64: String] = [:]
        // Views that only count sources need no sentences either.
        let evidence = query.includesReportDetails ? "s.text" : "''"
        let sentenceJoin = query.includesReportDetails
            ? " JOIN sentence s ON s.document = e.document AND s.number = e.sentence" : ""
        let eventRows = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.key, d.key, e.sentence, e.trigger, e.start, e."end", \(evidence),
                e.summary, e.type, e.agents, e.targets, e.location, e.source, e.certainty,
                e.salient, e.rules, e.dateValue, e.dateText, e.dateFrom, e.orderGroup,
                e.startDay, e.endDay, e.document, e.label, e.sources
            FROM event e JOIN document d ON d.id = e.document\(sentenceJoin)
            WHERE e.id IN \(Self.selected)
            """, arguments: list)
        while let row = try eventRows.next() {
            let id: Int64 = row[0]
            let key = EventID(row[1] as String)
            let type = EventType(rawValue: row[9]) ?? .other
            var event = Event(
                id: key, document: row[2], sentence: row[3], trigger: row[4], start: row[5],
                end: row[6], evidence: row[7], summary: row[8], type: type,
                date: Self.date(row[17], row[18], row[19]),
                agents: Self.ids(row[10]), targets: Self.ids(row[11]),
                location: (row[12] as String?).map { ActorID($0) },
                source: (row[13] as String?).map { ActorID($0) },
                certainty: Certainty(rawValue: row[14]) ?? .asserted, salient: row[15],
                rules: Self.fields(row[16]))
            if query.includesReportDetails {
                event.reports = []
            } else {
                // One report per article that reports the event (`sources`, kept by the
                // writer), each the event's own reading under a placeholder document.
                let template = EventReport(event)
                let sources: Int = row[25]
                event.reports = (1...max(1, sources)).map { number in
                    var report = template
                    report.document = "#\(number)"
                    return report
                }
            }
            position[id] = events.count
            events.append(event)
            keyOf[id] = key.rawValue
            labels[key] = row[24]
            let startDay: Int? = row[21]
            let endDay: Int? = row[22]
            let orderKey = EventOrder.Key(group: row[20], startDay: startDay ?? 0,
                                          negativeLength: (startDay ?? 0) - (endDay ?? 0))
            items.append(.init(key: orderKey, documentOrder: row[23], start: event.start,
                               id: key.rawValue))
        }
        if query.includesReportDetails {
            // Every report, in the order they were stored (the event's own first).
            let reportRows = try Row.fetchCursor(db, sql: """
                SELECT r.event, d.key, r.sentence, r.trigger, r.start, r."end", s.text,
                    r.dateValue, r.dateText, r.dateFrom, r.source, r.certainty
                FROM report r JOIN document d ON d.id = r.document
                    JOIN sentence s ON s.document = r.document AND s.number = r.sentence
                WHERE r.event IN \(Self.selected) ORDER BY r.event, r.id
                """, arguments: list)
            while let row = try reportRows.next() {
                guard let index = position[row[0]] else { continue }
                events[index].reports.append(EventReport(
                    document: row[1], sentence: row[2], trigger: row[3], start: row[4],
                    end: row[5], evidence: row[6], date: Self.date(row[7], row[8], row[9]),
                    source: (row[10] as String?).map { ActorID($0) },
                    certainty: Certainty(rawValue: row[11]) ?? .asserted))
            }
        }
        // Every figure the reports give, in the order they were stored.
        let quantityRows = try Row.fetchCursor(db, sql: """
            SELECT q.event, d.key, q.sentence, q.text, q.start, q."end", q.value, q.bound,
                q.unit
            FROM quantity q JOIN document d ON d.id = q.document
            WHERE q.event IN \(Self.selected) ORDER BY q.event, q.rowid
            """, arguments: list)
        while let row = try quantityRows.next() {
            guard let index = position[row[0]] else { continue }
            events[index].quantities.append(QuantityReading(
                document: row[1], sentence: row[2], text: row[3], start: row[4], end: row[5],
                value: row[6], bound: QuantityBound(rawValue: row[7]) ?? .exact,
                unit: row[8]))
        }
        var links: [(earlier: String, later: String)] = []
        // Only links between two selected events count. `+later` keeps SQLite from
        // probing the (earlier, later) index once per pair of selected events: it walks
        // each selected event's outgoing links in the index and tests the other end.
        let linkRows = try Row.fetchCursor(db, sql: """
            SELECT earlier, later FROM orderLink
            WHERE earlier IN \(Self.selected) AND +later IN \(Self.selected)
            ORDER BY earlier, later
            """, arguments: [idJSON, idJSON])
        while let row = try linkRows.next() {
            if let earlier = keyOf[row[0]], let later = keyOf[row[1]] {
                links.append((earlier, later))
            }
        }
        let ordered = EventOrder.sort(items, links: links)
        var indexOfKey: [String: Int] = [:]
        for (index, event) in events.enumerated() { indexOfKey[event.id.rawValue] = index }
        let orderedEvents = ordered.compactMap { indexOfKey[$0.id].map { events[$0] } }

        let (actors, roles) = try loadActors(for: orderedEvents)
        let documents = query.includesReportDetails || query.includesProvenance
            ? try loadDocuments(list: list) : []
        let timexes = query.includesProvenance ? try loadTimexes() : []
        let relations = EventGraph.relations(events: orderedEvents, labels: labels,
                                             actors: actors, roles: roles)
        return EventGraph(documents: documents, timexes: timexes,
                          actors: actors.values.sorted { $0.id < $1.id },
                          events: orderedEvents, relations: relations)
    }

    static func date(_ value: String?, _ text: String?, _ from: String?) -> EventDate? {
        guard let value else { return nil }
        return EventDate(value: value, text: text,
                         from: from.flatMap(DateOrigin.init(rawValue:)) ?? .timex)
    }

    /// The non-empty tab-separated fields of a stored list (agents, targets, rules), split
    /// on the UTF-8 bytes: splitting by Character was a tenth of the busiest actor's query.
    static func fields(_ joined: String) -> [String] {
        guard !joined.isEmpty else { return [] }
        return joined.utf8.split(separator: 0x09).map { String(Substring($0)) }
    }

    static func ids(_ joined: String) -> [ActorID] {
        fields(joined).map { ActorID($0) }
    }

    /// The actors the events name and their affiliations (all actors, with mentions, when
    /// provenance is wanted).
    func loadActors(for events: [Event]) throws
        -> (actors: [ActorID: Actor], roles: [ActorID: String]) {
        var actors: [ActorID: Actor] = [:]
        var roles: [ActorID: String] = [:]
        func add(_ row: Row) {
            let id = ActorID(row[0] as String)
            actors[id] = Actor(id: id, name: row[1],
                               kind: ActorKind(rawValue: row[2]) ?? .group,
                               affiliation: (row[3] as String?).map { ActorID($0) })
            if let role: String = row[4] { roles[id] = role }
        }
        let columns = "SELECT id, name, kind, affiliation, role FROM actor"
        if query.includesProvenance {
            for row in try Row.fetchAll(db, sql: columns) { add(row) }
            let mentions = try Row.fetchCursor(db, sql: """
                SELECT m.actor, d.key, m.text, m.start, m."end", m.sentence
                FROM mention m JOIN document d ON d.id = m.document
                ORDER BY m.document, m.rowid
                """)
            while let row = try mentions.next() {
                actors[ActorID(row[0] as String)]?.mentions.append(Mention(
                    document: row[1], text: row[2], start: row[3], end: row[4],
                    sentence: row[5]))
            }
            // Only actors with mentions, as in the graph built from files.
            actors = actors.filter { !$0.value.mentions.isEmpty }
            return (actors, roles)
        }
        var wanted = Set<String>()
        for event in events {
            wanted.formUnion(event.agents.map(\.rawValue))
            wanted.formUnion(event.targets.map(\.rawValue))
            if let place = event.location { wanted.insert(place.rawValue) }
            if let source = event.source { wanted.insert(source.rawValue) }
            for report in event.reports {
                if let source = report.source { wanted.insert(source.rawValue) }
            }
        }
        // Two rounds: the actors, then the affiliations they name.
        for _ in 0..<2 {
            let missing = wanted.filter { actors[ActorID($0)] == nil }.sorted()
            for chunk in stride(from: 0, to: missing.count, by: 500) {
                let part = Array(missing[chunk..<min(chunk + 500, missing.count)])
                for row in try Row.fetchAll(db, sql: columns + " WHERE id IN (\(marks(part.count)))",
                                            arguments: StatementArguments(part)) { add(row) }
            }
            wanted = Set(actors.values.compactMap { $0.affiliation?.rawValue })
        }
        return (actors, roles)
    }

    func loadDocuments(list: StatementArguments) throws -> [DocumentRecord] {
        let columns = "SELECT d.key, d.dct, d.dctSource, d.title, d.path FROM document d"
        let rows: [Row]
        if query.includesProvenance {
            rows = try Row.fetchAll(db, sql: columns + " ORDER BY d.id")
        } else {
            rows = try Row.fetchAll(db, sql: columns + """
                 WHERE d.id IN (SELECT r.document FROM report r
                                WHERE r.event IN \(Self.selected))
                 ORDER BY d.id
                """, arguments: list)
        }
        return rows.map {
            DocumentRecord(id: $0[0], dct: $0[1], dctSource: $0[2], title: $0[3], path: $0[4])
        }
    }

    func loadTimexes() throws -> [TimexRecord] {
        try Row.fetchAll(db, sql: """
            SELECT d.key, t.text, t.start, t."end", t.type, t.value, t.mod
            FROM timex t JOIN document d ON d.id = t.document ORDER BY t.document, t.rowid
            """).map {
            TimexRecord(document: $0[0], text: $0[1], start: $0[2], end: $0[3], type: $0[4],
                        value: $0[5], mod: $0[6])
        }
    }
}

extension EventStore {
    /// Actors by the number of listed events they take part in, most first (ties by id):
    /// the actors a one-actor timeline is slowest for.
    public func busiestActors(limit: Int) throws(StoreError) -> [(actor: ActorID, events: Int)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT actor, COUNT(DISTINCT event) AS n FROM eventActor
                WHERE salient = 1 GROUP BY actor ORDER BY n DESC, actor LIMIT ?
                """, arguments: [limit]).map { (ActorID($0[0] as String), $0[1]) }
        }
    }

    /// How many documents, events and reports are stored.
    public func counts() throws(StoreError) -> (documents: Int, events: Int, reports: Int) {
        try read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM report") ?? 0)
        }
    }
}
