import Foundation
import TextAnalysis

/// Writes each event's one-line summary and decides whether it is salient: the
/// `event-summary` stage.
///
/// A summary is the agents' canonical names followed by the predicate as written, from the
/// verb group to the end of its clause (a reporting verb keeps its whole complement up to a
/// trailing ", describing …"), with the date expression that dated the event left out and
/// capitals or seats of power replaced by their country ("to aid Moscow" → "to aid Russia").
/// Long predicates are cut at `maxWords` words with an ellipsis.
///
/// Salient (listed by default; `--all` lists everything) are events that have an actor as
/// agent and a known class; a noun event additionally needs a date of its own from the text,
/// and a gerund that only continues a statement ("…, describing it as …") is left out.
public struct EventSummarizer: PipelineStage {
    public let name = "event-summary"
    let lexicon: EventLexicon
    let maxWords = 28

    public init(lexicon: EventLexicon) { self.lexicon = lexicon }

    public func process(_ document: inout Document) throws(PipelineError) {
        let view = TokenView(document)
        let clauses = ClauseView(document: document, view: view, lexicon: lexicon)
        var mentionStarts: [Int: ActorMention] = [:]
        for mention in document.actorMentions { mentionStarts[mention.tokens.lowerBound] = mention }
        var events = document.events
        for position in events.indices {
            let event = events[position]
            let range = document.sentences[event.sentence].tokens
            let start = event.isNominal ? nounPhraseStart(event.triggerToken, range, view,
                                                          document)
                : clauses.verbGroupStart(event.triggerToken, in: range)
            var end = clauses.predicateEnd(after: event.triggerToken, in: range)
            if event.type == .statement || event.type == .praiseThank || event.type == .accuse {
                end = statementEnd(event.triggerToken, range, view, clauses)
            }
            var skipped = Set<Int>()
            if let timex = event.date?.timex {
                for index in start..<end where timex.contains(document.tokens[index].span) {
                    skipped.insert(index)
                }
                // Drop the preposition before the date ("in", "on") and a "that" after it.
                if let first = skipped.min(), first - 1 >= start,
                   ["in", "on", "at", "during", "since", "by"].contains(view.keys[first - 1]) {
                    skipped.insert(first - 1)
                }
            }
            let predicate = render(start..<end, skipping: skipped, mentionStarts: mentionStarts,
                                   document: document, view: view)
            let agentNames = event.agents.compactMap { document.actors[$0]?.name }
            var summary: String
            if event.isNominal {
                summary = agentNames.isEmpty ? predicate
                    : agentNames.joined(separator: " and ") + "'s " + predicate
            } else if agentNames.isEmpty {
                let subjectStart = clauses.clauseStart(before: event.triggerToken, in: range)
                summary = render(subjectStart..<end, skipping: skipped,
                                 mentionStarts: mentionStarts, document: document, view: view)
            } else {
                summary = agentNames.joined(separator: " and ") + " " + predicate
            }
            events[position].summary = summary
            events[position].isSalient = isSalient(events[position], clauses: clauses,
                                                   range: range)
        }
        document.events = events
    }

    private func isSalient(_ event: ExtractedEvent, clauses: ClauseView,
                           range: Range<Int>) -> Bool {
        guard !event.agents.isEmpty, event.type != .other else { return false }
        // A headline repeats the body's news in title case; its verbs are not events.
        if clauses.view.isHeadline(range) { return false }
        if event.isNominal { return event.date?.origin == .timex }
        if clauses.isParticipleContinuation(event.triggerToken, in: range) { return false }
        return true
    }

    private func nounPhraseStart(_ index: Int, _ range: Range<Int>, _ view: TokenView,
                                 _ document: Document) -> Int {
        var start = index
        while start > range.lowerBound {
            let upos = document.tokens[start - 1].upos
            if upos == .adj || upos == .noun || (upos == nil && view.keys[start - 1] != ",") {
                start -= 1
            } else { break }
        }
        return start
    }

    private func statementEnd(_ index: Int, _ range: Range<Int>, _ view: TokenView,
                              _ clauses: ClauseView) -> Int {
        var end = index + 1
        while end < range.upperBound, view.keys[end] != ";" {
            if view.keys[end] == ",", end + 1 < range.upperBound,
               clauses.xpos(end + 1) == "VBG" { break }
            end += 1
        }
        // Leave out closing punctuation.
        while end > index + 1, [".", "!", "?"].contains(view.keys[end - 1]) { end -= 1 }
        return end
    }

    /// The tokens' text with their original spacing, metonyms replaced by their country.
    private func render(_ tokens: Range<Int>, skipping: Set<Int>,
                        mentionStarts: [Int: ActorMention], document: Document,
                        view: TokenView) -> String {
        var output = ""
        var previousEnd: Int?
        var words = 0
        var index = tokens.lowerBound
        while index < tokens.upperBound {
            if skipping.contains(index) { index += 1; continue }
            var piece = view.texts[index]
            var last = index
            if let mention = mentionStarts[index], mention.form == .metonym,
               mention.tokens.upperBound <= tokens.upperBound,
               let name = document.actors[mention.actorID]?.name {
                piece = name
                last = mention.tokens.upperBound - 1
            }
            if let previousEnd, document.tokens[index].span.start > previousEnd {
                output += " "
            }
            output += piece
            if view.isWord(index) { words += 1 }
            if words >= maxWords, last + 1 < tokens.upperBound {
                output += " …"
                break
            }
            previousEnd = document.tokens[last].span.end
            index = last + 1
        }
        return output.trimmingCharacters(in: .whitespaces)
    }
}
