import TextAnalysis

/// "X fired missiles on Monday, South Korea's military said": the reported part of a
/// sentence that ends with its attribution. The events inside it end where the
/// attribution starts — neither their summary nor their targets run on into the speaker.
enum ClosingAttribution {
    /// For each event (by position) inside such a reported part, the token index where its
    /// clause must stop. Each statement's reported part is computed once.
    static func limits(of events: [ExtractedEvent], in document: Document,
                       clauses: ClauseView) -> [Int: Int] {
        var eventAtToken: [Int: Int] = [:]
        for (position, event) in events.enumerated() { eventAtToken[event.triggerToken] = position }
        var limits: [Int: Int] = [:]
        for statement in events where !statement.isNominal
            && [.statement, .accuse, .praiseThank].contains(statement.type) {
            let range = ClauseView.window(around: statement.triggerToken,
                                          in: document.sentences[statement.sentence].tokens)
            guard let fronted = EventSummarizer.frontedComplement(
                of: statement.triggerToken, in: range, clauses: clauses) else { continue }
            for token in fronted {
                guard let position = eventAtToken[token] else { continue }
                limits[position] = min(limits[position] ?? Int.max, fronted.upperBound)
            }
        }
        return limits
    }
}
