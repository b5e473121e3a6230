import EventExtraction
import EventGraph
import GRDB

extension ArticleWriter {
    /// Stores the figures of `event`'s reports (its own and its repeats', all of this
    /// article) under the stored event `row`, in report order.
    func insertQuantities(_ quantities: [QuantityReading], event row: Int64,
                          document: Int64) throws {
        guard !quantities.isEmpty else { return }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO quantity (event, document, sentence, text, start, "end", value, bound,
                unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for quantity in quantities {
            try statement.execute(arguments: [
                row, document, quantity.sentence, quantity.text, quantity.start, quantity.end,
                quantity.value, quantity.bound.rawValue, quantity.unit,
            ])
        }
    }

    /// Adds the figures of a report merged into the stored event `kept`; when the article
    /// gives another figure for something the event already counts, both are kept and
    /// `changes` lists it (`number-differs`).
    func mergeQuantities(of event: Event, into kept: Int64, key: String,
                         document: Int64) throws {
        guard !event.quantities.isEmpty else { return }
        let stored = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT d.key, q.value, q.bound, q.unit
            FROM quantity q JOIN document d ON d.id = q.document
            WHERE q.event = ? ORDER BY q.rowid
            """), arguments: [kept]).map { row in
            QuantityReading(document: row[0], sentence: 0, text: "", start: 0, end: 0,
                            value: row[1], bound: QuantityBound(rawValue: row[2]) ?? .exact,
                            unit: row[3])
        }
        try insertQuantities(event.quantities, event: kept, document: document)
        for quantity in event.quantities {
            let others = stored.filter { $0.unit == quantity.unit }
            guard !others.isEmpty, !others.contains(where: { $0.figure == quantity.figure })
            else { continue }
            let theirs = others.map { "\($0.figure) (\($0.document))" }
            try change("number-differs", event: kept, report: nil, detail: "\(key): "
                       + "\(quantity.unit.isEmpty ? "" : quantity.unit + " ")"
                       + "\(theirs.joined(separator: " / ")), but \(event.id.rawValue) says "
                       + "\(quantity.figure) (both kept)")
        }
    }
}
