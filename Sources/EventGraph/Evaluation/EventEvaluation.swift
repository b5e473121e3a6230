import EventExtraction
import Foundation

/// Scores a graph's actors, events and timeline against gold annotations.
///
/// Matching: a predicted event matches a gold event of the same document when its trigger
/// word is the gold trigger (case-insensitive) and its evidence sentence is the gold
/// sentence (whitespace-trimmed, or one containing the other, since sentence splitting may
/// differ at headlines). Each gold event matches at most one prediction. Predicted actors
/// match gold actors by name: the predicted name is the gold name or one of its mentions,
/// compared case-insensitively with typographic apostrophes and a leading "the" folded;
/// unnamed groups count only when they take part in a listed event, as the gold schema
/// lists them (`scoredActors`). Agents and targets are
/// compared after mapping predicted actor ids to gold ids; a role counts as right when the
/// mapped sets are equal. Timeline agreement is the share of pairs of matched events that
/// the prediction orders as the gold timeline does.
public struct EventEvaluation: Sendable, Codable, CustomStringConvertible {
    public var articles = 0
    public var goldActors = 0, predictedActors = 0, matchedActors = 0
    public var goldEvents = 0, predictedEvents = 0, matchedEvents = 0
    public var correctDates = 0, correctTypes = 0, correctAgents = 0, correctTargets = 0
    public var correctCertainties = 0
    public var orderedPairs = 0, agreeingPairs = 0
    /// When true, `add` records every miss in `details` (for `eval events --details`).
    public var recordsDetails = false
    /// One line per miss: unmatched gold and predicted actors and events, and each wrong
    /// date, type, agent or target of a matched event, prefixed by the article's gold dct.
    public var details: [String] = []

    public init(recordsDetails: Bool = false) { self.recordsDetails = recordsDetails }

    public var actorPrecision: Double { ratio(matchedActors, predictedActors) }
    public var actorRecall: Double { ratio(matchedActors, goldActors) }
    public var actorF1: Double { f1(actorPrecision, actorRecall) }
    public var eventPrecision: Double { ratio(matchedEvents, predictedEvents) }
    public var eventRecall: Double { ratio(matchedEvents, goldEvents) }
    public var dateAccuracy: Double { ratio(correctDates, matchedEvents) }
    public var typeAccuracy: Double { ratio(correctTypes, matchedEvents) }
    public var agentAccuracy: Double { ratio(correctAgents, matchedEvents) }
    public var targetAccuracy: Double { ratio(correctTargets, matchedEvents) }
    public var certaintyAccuracy: Double { ratio(correctCertainties, matchedEvents) }
    public var timelineAgreement: Double { ratio(agreeingPairs, orderedPairs) }

    private func ratio(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }

    private func f1(_ precision: Double, _ recall: Double) -> Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// Adds one article: its predicted graph (salient events only) and its gold annotation.
    public mutating func add(predicted graph: EventGraph, gold: GoldAnnotation) {
        articles += 1
        let predicted = graph.events.filter(\.salient)
        let scored = Self.scoredActors(graph.actors, events: predicted)
        let actorMap = Self.matchActors(scored, gold.actors)
        goldActors += gold.actors.count
        predictedActors += scored.count
        matchedActors += Set(actorMap.values).count

        goldEvents += gold.events.count
        predictedEvents += predicted.count
        var used = Set<EventID>()
        var matches: [(gold: GoldAnnotation.Event, position: Int)] = []
        for goldEvent in gold.events {
            guard let position = predicted.indices.first(where: {
                !used.contains(predicted[$0].id) && Self.matches(predicted[$0], goldEvent)
            }) else { continue }
            used.insert(predicted[position].id)
            matches.append((goldEvent, position))
        }
        matchedEvents += matches.count
        for (goldEvent, position) in matches {
            let event = predicted[position]
            let agents = Set(event.agents.compactMap { actorMap[$0] })
            let targets = Set(event.targets.compactMap { actorMap[$0] })
            let checks = [
                ("date", goldEvent.accepts(date: event.date?.value),
                 "\(event.date?.value ?? "null") for \(goldEvent.date ?? "null")"),
                ("type", goldEvent.type == event.type.rawValue,
                 "\(event.type.rawValue) for \(goldEvent.type)"),
                ("agent", agents == Set(goldEvent.agents),
                 "\(event.agents) for \(goldEvent.agents)"),
                ("target", targets == Set(goldEvent.targets),
                 "\(event.targets) for \(goldEvent.targets)"),
                ("certainty", goldEvent.certainty == event.certainty.rawValue,
                 "\(event.certainty.rawValue) for \(goldEvent.certainty)"),
            ]
            if checks[0].1 { correctDates += 1 }
            if checks[1].1 { correctTypes += 1 }
            if checks[2].1 { correctAgents += 1 }
            if checks[3].1 { correctTargets += 1 }
            if checks[4].1 { correctCertainties += 1 }
            for (name, right, what) in checks where !right {
                note(gold, "wrong \(name) \(goldEvent.id) '\(goldEvent.trigger)': \(what)")
            }
        }
        if recordsDetails {
            let matchedGold = Set(matches.map(\.gold.id))
            for goldEvent in gold.events where !matchedGold.contains(goldEvent.id) {
                note(gold, "missed event \(goldEvent.id) '\(goldEvent.trigger)': "
                     + goldEvent.sentence.prefix(90))
            }
            for event in predicted where !used.contains(event.id) {
                note(gold, "extra event '\(event.trigger)' \(event.type.rawValue): "
                     + event.summary.prefix(90))
            }
            let matchedActors = Set(actorMap.values)
            for actor in gold.actors where !matchedActors.contains(actor.id) {
                note(gold, "missed actor \(actor.name)")
            }
            for actor in scored where actorMap[actor.id] == nil {
                note(gold, "extra actor \(actor.name) (\(actor.kind.rawValue))")
            }
        }
        let goldRank = Dictionary(uniqueKeysWithValues: gold.timeline.enumerated()
            .map { ($1, $0) })
        for first in matches.indices {
            for second in matches.indices where first < second {
                guard let a = goldRank[matches[first].gold.id],
                      let b = goldRank[matches[second].gold.id], a != b else { continue }
                orderedPairs += 1
                let predictedOrder = matches[first].position < matches[second].position
                if predictedOrder == (a < b) {
                    agreeingPairs += 1
                } else {
                    let (early, late) = a < b ? (first, second) : (second, first)
                    note(gold, "order: gold puts \(matches[early].gold.id) "
                         + "(\(predicted[matches[early].position].date?.value ?? "undated")) "
                         + "before \(matches[late].gold.id) "
                         + "(\(predicted[matches[late].position].date?.value ?? "undated"))")
                }
            }
        }
    }

    private mutating func note(_ gold: GoldAnnotation, _ line: String) {
        if recordsDetails { details.append(line) }
    }

    /// Lower case, typographic apostrophes folded, a leading article dropped ("The Globe and
    /// Mail" and "Globe and Mail" name one actor).
    static func fold(_ text: String) -> String {
        let folded = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return folded.hasPrefix("the ") ? String(folded.dropFirst(4)) : folded
    }

    /// The predicted actors the gold schema asks for: a group noun ("police", "voters", "a
    /// judge", "the court"; `group-nouns.tsv`, whatever kind it is given) names no one, so it
    /// counts only when it takes part in a listed event (as agent, target, place or source)
    /// — as the diagram, drawn from listed events, shows it; every named actor counts.
    static func scoredActors(_ actors: [Actor], events: [Event]) -> [Actor] {
        var involved = Set<ActorID>()
        for event in events {
            involved.formUnion(event.agents)
            involved.formUnion(event.targets)
            if let location = event.location { involved.insert(location) }
            if let source = event.source { involved.insert(source) }
        }
        let lexicon = try? ActorLexicon.bundled()
        return actors.filter {
            let anonymous = $0.kind == .group || lexicon?.isGroupNoun($0.name) == true
            return !anonymous || involved.contains($0.id)
        }
    }

    static func matches(_ event: Event, _ gold: GoldAnnotation.Event) -> Bool {
        guard fold(event.trigger) == fold(gold.trigger) else { return false }
        let evidence = fold(event.evidence), sentence = fold(gold.sentence)
        return evidence == sentence || (!evidence.isEmpty
            && (sentence.contains(evidence) || evidence.contains(sentence)))
    }

    /// Predicted actor id → gold actor id.
    static func matchActors(_ predicted: [Actor], _ gold: [GoldAnnotation.Actor])
        -> [ActorID: String] {
        var map: [ActorID: String] = [:]
        for actor in predicted {
            let name = fold(actor.name)
            let mentionTexts = Set(actor.mentions.map { fold($0.text) })
            if let match = gold.first(where: { fold($0.name) == name })
                ?? gold.first(where: { $0.mentions.map(fold).contains(name) })
                ?? gold.first(where: { mentionTexts.contains(fold($0.name)) }) {
                map[actor.id] = match.id
            }
        }
        return map
    }

    /// The rates as a flat dictionary, for `--json`.
    public var figures: [String: Double] {
        ["articles": Double(articles), "actorPrecision": actorPrecision,
         "actorRecall": actorRecall, "actorF1": actorF1, "eventPrecision": eventPrecision,
         "eventRecall": eventRecall, "dateAccuracy": dateAccuracy, "typeAccuracy": typeAccuracy,
         "agentAccuracy": agentAccuracy, "targetAccuracy": targetAccuracy,
         "certaintyAccuracy": certaintyAccuracy, "timelineAgreement": timelineAgreement]
    }

    public var description: String {
        func format(_ value: Double) -> String { String(format: "%.3f", value) }
        return """
            articles \(articles)
            actors    P \(format(actorPrecision))  R \(format(actorRecall))  \
            F1 \(format(actorF1))  (\(matchedActors) of \(goldActors) gold, \
            \(predictedActors) predicted)
            events    P \(format(eventPrecision))  R \(format(eventRecall))  \
            (\(matchedEvents) matched of \(goldEvents) gold, \(predictedEvents) predicted)
            on matched events: date \(format(dateAccuracy))  type \(format(typeAccuracy))  \
            agent \(format(agentAccuracy))  target \(format(targetAccuracy))  \
            certainty \(format(certaintyAccuracy))
            timeline pair agreement \(format(timelineAgreement)) (\(orderedPairs) pairs)
            """
    }
}
