import Foundation
import TextAnalysis

/// Writes each event's one-line summary and decides whether it is salient: the
/// `event-summary` stage.
///
/// A summary is the agents' canonical names followed by the predicate as written, from the
/// verb group to the end of its clause (a reporting verb keeps its whole complement up to a
/// trailing ", describing …"), with the date expression that dated the event left out and
/// capitals standing for their government replaced by their country ("talks with
/// Beijing" → "talks with China").
/// Long predicates are cut at `maxWords` words with an ellipsis.
///
/// Salient (listed by default; `--all` lists everything) are events with an actor as agent
/// or target and a known class (or a date from the text); without an agent, only a dated
/// or disaster event that is not a statement. A noun event needs a date of its own from the
/// text; negated verbs, headlines, a gerund that only continues a statement ("…,
/// describing it as …") and an infinitive of purpose are left out. An article lists at most
/// the `limit` of `timeline-ranking.tsv` (15) events, the highest-ranked.
public struct EventSummarizer: PipelineStage {
    public let name = "event-summary"
    let lexicon: EventLexicon
    let maxWords = 28

    public init(lexicon: EventLexicon) { self.lexicon = lexicon }

    public func process(_ document: inout Document) throws(PipelineError) {
        let view = TokenView.of(&document)
        let clauses = ClauseView(document: document, view: view, lexicon: lexicon)
        var mentionStarts: [Int: ActorMention] = [:]
        for mention in document.actorMentions { mentionStarts[mention.tokens.lowerBound] = mention }
        let mentionsBySentence = Dictionary(grouping: document.actorMentions, by: \.sentence)
        var events = document.events
        let closingLimits = ClosingAttribution.limits(of: events, in: document,
                                                      clauses: clauses)
        for position in events.indices {
            let event = events[position]
            let range = ClauseView.window(around: event.triggerToken,
                                          in: document.sentences[event.sentence].tokens)
            var start = event.isNominal ? nounPhraseStart(event.triggerToken, range, view,
                                                          document)
                : clauses.verbGroupStart(event.triggerToken, in: range)
            if event.isNominal {
                // "a Russian ground offensive" → "Russia's ground offensive": the agent's
                // own mention (and what precedes it) gives way to its canonical name.
                for mention in mentionsBySentence[event.sentence] ?? []
                    where mention.sentence == event.sentence
                    && mention.tokens.upperBound <= event.triggerToken
                    && mention.tokens.lowerBound >= start
                    && event.agents.contains(mention.actorID) {
                    start = max(start, mention.tokens.upperBound)
                }
                if start < event.triggerToken, view.keys[start] == "'s" { start += 1 }
            }
            // A dateline ("KYIV, March 14, 2025 (Reuters) -") is no part of any summary.
            let datelineEnd = view.datelineEnd(document.sentences[event.sentence].tokens)
            if let datelineEnd { start = max(start, datelineEnd) }
            var end = clauses.predicateEnd(after: event.triggerToken, in: range)
            if event.type == .statement || event.type == .praiseThank || event.type == .accuse {
                end = statementEnd(event.triggerToken, range, view, clauses)
            }
            // The date that dated the event is shown in its own column: leave it out of the
            // summary when it stands right after the verb or at the end ("said on Friday
            // that …", "… in August 2024"), never from inside a phrase.
            var skipped = Set<Int>()
            if let timex = event.date?.timex {
                let covered = (start..<end).filter {
                    timex.contains(document.tokens[$0].span)
                }
                if let first = covered.first, let last = covered.last {
                    var from = first
                    if from - 1 >= start, ["in", "on", "at", "during", "since", "by"]
                        .contains(view.keys[from - 1]) { from -= 1 }
                    let afterVerb = from == event.triggerToken + 1
                    let atEnd = last + 1 >= end || [".", ","].contains(view.keys[last + 1])
                    // "Monday's assault", "on Monday or Tuesday": the date is part of a phrase.
                    let joined = last + 1 < end && (view.keys[last + 1] == "'s"
                        || ClauseView.coordinators.contains(view.keys[last + 1]))
                    if (afterVerb || atEnd) && !joined {
                        skipped.formUnion(from...last)
                    }
                }
            }
            // "X fired missiles on Monday, South Korea's military said": an event inside a
            // reported part ends where the attribution starts.
            if let limit = closingLimits[position] { end = min(end, limit) }
            while end > start + 1, [".", ",", ";", ":", "and", "but", "or", "-", "—"]
                .contains(view.keys[end - 1]) {
                end -= 1
            }
            var predicate = render(start..<end, skipping: skipped, mentionStarts: mentionStarts,
                                   document: document, view: view)
            // “We will never forget this help,” X said: the fronted words are what was said.
            if event.type == .statement || event.type == .praiseThank || event.type == .accuse,
               !event.isNominal,
               let fronted = Self.frontedComplement(of: event.triggerToken, in: range,
                                                    clauses: clauses) {
                predicate = view.texts[event.triggerToken] + " " + render(
                    fronted, skipping: [], mentionStarts: mentionStarts, document: document,
                    view: view)
            }
            let agentNames = event.agents.compactMap { document.actors[$0]?.name }
            var summary: String
            if event.isNominal {
                summary = agentNames.isEmpty ? predicate
                    : agentNames.joined(separator: " and ") + "'s " + predicate
            } else if agentNames.isEmpty || clauses.isPassive(event.triggerToken, in: range)
                        || clauses.isReducedRelative(event.triggerToken, in: range) {
                // No agent, or a passive ("X was killed by Y"): the clause as written.
                let subjectStart = max(clauses.clauseStart(before: event.triggerToken,
                                                           in: range), datelineEnd ?? 0)
                summary = render(subjectStart..<end, skipping: skipped,
                                 mentionStarts: mentionStarts, document: document, view: view)
            } else {
                summary = agentNames.joined(separator: " and ") + " " + predicate
            }
            events[position].summary = summary
            events[position].isSalient = isSalient(events[position], clauses: clauses,
                                                   range: range)
        }
        demoteInfinitives(&events, document, clauses)
        demoteObjectNouns(&events, document)
        demotePlainReports(&events, document)
        lexicon.ranking.limitListed(&events)
        document.events = events
    }

    /// What a reporting verb at the end of its sentence reports: the words before its
    /// subject ("“We will respond,” Macron said"; "Turkey is working …,
    /// the minister said on Friday"), without the comma that ends them.
    static func frontedComplement(of trigger: Int, in range: Range<Int>,
                                  clauses: ClauseView) -> Range<Int>? {
        // Only a finite reporting verb with a short subject of its own ("Macron said",
        // "Turkish Foreign Minister Mevlut Cavusoglu said").
        guard clauses.isFinite(trigger) else { return nil }
        // When a clause follows the verb ("Cavusoglu said Erdogan will speak …"), that is
        // what was said, whatever precedes the subject.
        var after = trigger + 1
        while after < range.upperBound, clauses.view.keys[after] != ",",
              clauses.view.keys[after] != ";" {
            if clauses.view.keys[after] == "that" || clauses.isVerb(after)
                || clauses.document.tokens[after].upos == .aux { return nil }
            after += 1
        }
        let closers: Set<String> = [",", "\"", "”", "’", "''"]
        let verbStart = clauses.verbGroupStart(trigger, in: range)
        guard let boundary = (max(range.lowerBound, verbStart - 7)..<verbStart).last(where: {
            closers.contains(clauses.view.keys[$0])
        }), boundary + 1 < verbStart,
              !(boundary + 1..<verbStart).contains(where: {
                  clauses.isVerb($0) || clauses.document.tokens[$0].upos == .sconj
                      || ClauseView.subordinators.contains(clauses.view.keys[$0])
              }) else {
            // "…, days after Tehran warned …": a subordinate clause reports nothing.
            return nil
        }
        var end = boundary + 1
        // A quotation keeps its closing mark; plain words lose the comma before the subject.
        let quoted = ["\"", "“", "``"].contains(clauses.view.keys[range.lowerBound])
        if !quoted {
            while end > range.lowerBound, closers.contains(clauses.view.keys[end - 1]) {
                end -= 1
            }
        }
        // Leave out a dateline ("ISTANBUL (Reuters) -").
        var start = clauses.view.datelineEnd(range) ?? range.lowerBound
        // "But over all, …": a leading conjunction links to the previous sentence.
        while start < end, ClauseView.coordinators.contains(clauses.view.keys[start])
                || clauses.view.keys[start] == "," {
            start += 1
        }
        guard end > start + 1 else { return nil }
        return start..<end
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
            if view.keys[end] == "," {
                var next = end + 1
                while next < range.upperBound, ["\"", "”", "’"].contains(view.keys[next]) {
                    next += 1
                }
                if next < range.upperBound, clauses.xpos(next) == "VBG"
                    || clauses.isClauseOpener(next) {
                    // Keep a closing quote that belongs to the statement.
                    if next > end + 1 { end = next }
                    break
                }
            }
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
            // A capital standing for its government reads as the country ("talks with Beijing" →
            // "talks with China"); a seat of power keeps its name ("won the White House").
            if let mention = mentionStarts[index], mention.form == .metonym,
               mention.ruleID == "country.capital",
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
        // A fragment split off its sentence may start with punctuation (", strengthened …").
        return Self.trimmingSpaces(String(output.drop { ",;: ".contains($0) }))
    }

    /// `text` without leading and trailing `CharacterSet.whitespaces`. A summary rarely has
    /// any, and Foundation's trimming goes through NSString on every call, so it runs only
    /// when an end is a space, a tab or a scalar beyond ASCII (same result, less work).
    static func trimmingSpaces(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last
        else { return text }
        func plain(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII && scalar != " " && scalar != "\t"
        }
        if plain(first) && plain(last) { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
