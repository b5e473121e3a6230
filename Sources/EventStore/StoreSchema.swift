import EventGraph
import GRDB

/// The store's tables, versioned with GRDB migrations: a database made by an older
/// `eventgraph` is brought up to date when opened, and one made by a newer version is
/// refused (`StoreError.newerSchema`).
///
/// Tables (schema version 1):
/// - `document`: one row per stored article; `hash` (SHA-256 of the text) is unique, so an
///   article already stored is recognised whatever its name.
/// - `actor`, `alias`: one row per canonical actor; every distinct mention text is an alias.
/// - `mention`, `timex`, `sentence`: provenance (where each actor and date was read; the
///   sentences events come from).
/// - `event`: merged events (one per real-world event, the first report's reading), with the
///   day range and order key the queries and the timeline use, and `sources`, the number of
///   documents that report it.
/// - `report`: every document's report of an event, with its own date, source, certainty
///   and, for a merged report, `reason` (why it was taken for the same event).
/// - `eventActor`: (actor, listed, event) index of agents, targets, place and source, for
///   `--actor`: a one-actor query reads only this index to find its events.
/// - `mergeKey`: (type, agent, day) index of listed events, for merging new articles;
///   `bounded` is 0 for undated events and ranges over 400 days, which always qualify.
/// - `orderLink`, `relation`: "A following B" links and agent → target relations.
/// - `run`, `change`: what each `eventgraph add` did (`eventgraph changes`); they are
///   bookkeeping, left out of `canonicalDump()`.
///
/// Version 2 adds `quantity`: every figure a report gives for an event ("58" drones in
/// wire-a, sentence 2), so readings that disagree are all kept with their provenance.
///
/// Version 3 adds `personKey` (each person actor under its folded surname, to find another
/// spelling of a stored name: `PersonVariants`) and `actorVariant` (a spelling merged into
/// a stored person: the id it would have had, the name as written, the article, and why).
///
/// Version 4 replaces the `orderLink (later)` index by `orderLink (earlier, later)`, so the
/// links among a query's events are read from the index alone, from their earlier end:
/// events reported by many articles are the later end of many narrative links (the busiest
/// actor of the benchmark store has 55,158 links into its events, 8,359 out of them, and
/// 1,407 between two of them).
///
/// Version 5 drops the indexes no query reads — `mention (actor)`, `event (document)`,
/// `report (document)`, `eventActor (event)` and both `relation` indexes — which every
/// `add` kept up to date for about 220 rows per article; the rows themselves are unchanged.
enum StoreSchema {
    /// The migrations, in order. Never edit a shipped migration: add one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: version1)
        }
        migrator.registerMigration("v2-quantities") { db in
            try db.execute(sql: version2)
        }
        migrator.registerMigration("v3-person-variants") { db in
            try db.execute(sql: version3)
            // Persons stored before this version are indexed too.
            let variants = PersonVariants()
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM actor "
                                        + "WHERE kind = 'person' ORDER BY id") {
                guard let key = variants.surnameKey(row[1]) else { continue }
                try db.execute(sql: "INSERT OR IGNORE INTO personKey (key, actor) VALUES (?, ?)",
                               arguments: [key, row[0] as String])
            }
        }
        migrator.registerMigration("v4-order-link-pairs") { db in
            try db.execute(sql: version4)
        }
        migrator.registerMigration("v5-unread-indexes") { db in
            try db.execute(sql: version5)
        }
        return migrator
    }

    static let version1 = """
        CREATE TABLE run (
            id INTEGER PRIMARY KEY, started TEXT NOT NULL, inputs TEXT NOT NULL,
            added INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE document (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, hash TEXT NOT NULL UNIQUE,
            dct TEXT NOT NULL, dctSource TEXT NOT NULL, title TEXT, url TEXT, path TEXT,
            run INTEGER NOT NULL);
        CREATE TABLE actor (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, affiliation TEXT,
            role TEXT) WITHOUT ROWID;
        CREATE TABLE alias (
            actor TEXT NOT NULL, text TEXT NOT NULL, folded TEXT NOT NULL,
            mentions INTEGER NOT NULL, PRIMARY KEY (actor, text)) WITHOUT ROWID;
        CREATE INDEX alias_folded ON alias(folded);
        CREATE TABLE mention (
            document INTEGER NOT NULL, actor TEXT NOT NULL, text TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence INTEGER NOT NULL);
        CREATE INDEX mention_document ON mention(document);
        CREATE INDEX mention_actor ON mention(actor);
        CREATE TABLE timex (
            document INTEGER NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT);
        CREATE INDEX timex_document ON timex(document);
        CREATE TABLE sentence (
            document INTEGER NOT NULL, number INTEGER NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (document, number)) WITHOUT ROWID;
        CREATE TABLE event (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, document INTEGER NOT NULL,
            sentence INTEGER NOT NULL, trigger TEXT NOT NULL, lemma TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, summary TEXT NOT NULL,
            type TEXT NOT NULL, label TEXT NOT NULL, agents TEXT NOT NULL,
            targets TEXT NOT NULL, location TEXT, source TEXT, certainty TEXT NOT NULL,
            salient INTEGER NOT NULL, rules TEXT NOT NULL,
            dateValue TEXT, dateText TEXT, dateFrom TEXT,
            ownStartDay INTEGER, ownEndDay INTEGER,
            orderGroup INTEGER NOT NULL, startDay INTEGER, endDay INTEGER,
            sources INTEGER NOT NULL, run INTEGER NOT NULL);
        CREATE INDEX event_document ON event(document);
        CREATE INDEX event_type ON event(type, startDay);
        CREATE TABLE report (
            id INTEGER PRIMARY KEY, event INTEGER NOT NULL, document INTEGER NOT NULL,
            key TEXT NOT NULL UNIQUE, sentence INTEGER NOT NULL, trigger TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, dateValue TEXT, dateText TEXT,
            dateFrom TEXT, source TEXT, certainty TEXT NOT NULL, reason TEXT,
            run INTEGER NOT NULL);
        CREATE INDEX report_event ON report(event, document);
        CREATE INDEX report_document ON report(document);
        CREATE TABLE eventActor (
            actor TEXT NOT NULL, salient INTEGER NOT NULL, event INTEGER NOT NULL,
            role TEXT NOT NULL, PRIMARY KEY (actor, salient, event, role)) WITHOUT ROWID;
        CREATE INDEX eventActor_event ON eventActor(event);
        CREATE TABLE mergeKey (
            type TEXT NOT NULL, agent TEXT NOT NULL, bounded INTEGER NOT NULL,
            sortDay INTEGER NOT NULL, event INTEGER NOT NULL, startDay INTEGER,
            endDay INTEGER, targets TEXT NOT NULL, lemma TEXT NOT NULL,
            PRIMARY KEY (type, agent, bounded, sortDay, event)) WITHOUT ROWID;
        CREATE TABLE orderLink (
            earlier INTEGER NOT NULL, later INTEGER NOT NULL, signal TEXT NOT NULL);
        CREATE INDEX orderLink_later ON orderLink(later);
        CREATE TABLE relation (
            "from" TEXT NOT NULL, "to" TEXT NOT NULL, kind TEXT NOT NULL,
            event INTEGER NOT NULL);
        CREATE INDEX relation_event ON relation(event);
        CREATE INDEX relation_from ON relation("from", "to");
        CREATE TABLE change (
            id INTEGER PRIMARY KEY, run INTEGER NOT NULL, kind TEXT NOT NULL,
            event INTEGER NOT NULL, report INTEGER, detail TEXT NOT NULL);
        CREATE INDEX change_run ON change(run);
        """

    /// Figures read in reports: `value` and `bound` (`QuantityBound`), what is counted
    /// (`unit`, the counted noun's lemma) and where the figure was read.
    static let version2 = """
        CREATE TABLE quantity (
            event INTEGER NOT NULL, document INTEGER NOT NULL, sentence INTEGER NOT NULL,
            text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            value REAL NOT NULL, bound TEXT NOT NULL, unit TEXT NOT NULL);
        CREATE INDEX quantity_event ON quantity(event);
        """

    /// Person spellings: the index, and the merges made through it.
    static let version3 = """
        CREATE TABLE personKey (
            key TEXT NOT NULL, actor TEXT NOT NULL, PRIMARY KEY (key, actor)) WITHOUT ROWID;
        CREATE TABLE actorVariant (
            variant TEXT NOT NULL, name TEXT NOT NULL, actor TEXT NOT NULL,
            document INTEGER NOT NULL, reason TEXT NOT NULL);
        CREATE INDEX actorVariant_actor ON actorVariant(actor);
        """

    /// A covering index of order links by their earlier event.
    static let version4 = """
        CREATE INDEX orderLink_pair ON orderLink(earlier, later);
        DROP INDEX orderLink_later;
        """

    /// Indexes that no query uses (each `add` paid for them).
    static let version5 = """
        DROP INDEX mention_actor;
        DROP INDEX event_document;
        DROP INDEX report_document;
        DROP INDEX eventActor_event;
        DROP INDEX relation_event;
        DROP INDEX relation_from;
        """
}
