import TextAnalysis

/// Keeps an article's timeline to the number of events a journalist would list
/// (`timeline-ranking.tsv`): a long article passes many clauses through the salience
/// criteria, while a reader's timeline of one article holds 5 to 15 events. Beyond the
/// `limit`, events are ranked by the weights of their features (a material event over a
/// statement, a date the text gives, an actor doing it; a plain "said" lowest) and the
/// lowest are left out of the default listing; `--all` still shows them.
struct TimelineRanking: Sendable {
    /// Most events listed per article; `nil` lists every salient event.
    var limit: Int?
    var typeWeights: [EventType: Int] = [:]
    var ownDate = 0
    var agent = 0
    var plainReport = 0
    var plainReportLemmas: Set<String> = []

    /// No limit: every salient event is listed.
    init() {}

    init(table: TSVTable) throws(ExtractionError) {
        for row in table.rows {
            let feature = row["feature"]
            guard let weight = Int(row["weight"]) else {
                throw .badLexicon(file: table.file, line: row.line,
                                  message: "weight '\(row["weight"])' is not a whole number")
            }
            if feature.hasPrefix("type:") {
                guard let type = EventType(rawValue: String(feature.dropFirst(5))) else {
                    throw .badLexicon(file: table.file, line: row.line,
                                      message: "unknown event type in '\(feature)'")
                }
                typeWeights[type] = weight
                continue
            }
            switch feature {
            case "limit":
                guard weight > 0 else {
                    throw .badLexicon(file: table.file, line: row.line,
                                      message: "limit must be positive")
                }
                limit = weight
            case "own-date": ownDate = weight
            case "agent": agent = weight
            case "plain-report":
                plainReport = weight
                plainReportLemmas = Set(row.list("words").map(MatchKey.normalize))
            default:
                throw .badLexicon(file: table.file, line: row.line, message:
                    "unknown feature '\(feature)'; known: limit, type:T, own-date, agent, "
                    + "plain-report")
            }
        }
    }

    /// The event's rank score: the sum of the weights of the features it has.
    func score(_ event: ExtractedEvent) -> Int {
        var score = typeWeights[event.type] ?? 0
        if event.date?.origin == .timex, event.date?.value != "PRESENT_REF" {
            score += ownDate
        }
        if !event.agents.isEmpty { score += agent }
        if !event.isNominal, plainReportLemmas.contains(MatchKey.normalize(event.lemma)) {
            score += plainReport
        }
        return score
    }

    /// Leaves out of the listing the lowest-ranked salient events beyond the limit; among
    /// equal scores the later sentence goes first.
    func limitListed(_ events: inout [ExtractedEvent]) {
        guard let limit else { return }
        let listed = events.indices.filter { events[$0].isSalient }
        guard listed.count > limit else { return }
        let ranked = listed.sorted {
            let (left, right) = (score(events[$0]), score(events[$1]))
            if left != right { return left > right }
            return events[$0].triggerToken < events[$1].triggerToken
        }
        for position in ranked[limit...] { events[position].isSalient = false }
    }
}
