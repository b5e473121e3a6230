import Foundation

/// Scores a graph's actors, events and timeline against gold annotations.
///
/// Matching: a predicted event matches a gold event of the same document when its trigger
/// word is the gold trigger (case-insensitive) and its evidence sentence is the gold
/// sentence (whitespace-trimmed, or one containing the other, since sentence splitting may
/// differ at headlines). Each gold event matches at most one prediction. Predicted actors
/// match gold actors by name: the predicted name is the gold name or one of its mentions,
/// compared case-insensitively with typographic apostrophes folded. Agents and targets are
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

    public init() {}

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
        let actorMap = Self.matchActors(graph.actors, gold.actors)
        goldActors += gold.actors.count
        predictedActors += graph.actors.count
        matchedActors += Set(actorMap.values).count

        let predicted = graph.events.filter(\.salient)
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
            if goldEvent.accepts(date: event.date?.value) { correctDates += 1 }
            if goldEvent.type == event.type.rawValue { correctTypes += 1 }
            if Set(event.agents.compactMap { actorMap[$0] }) == Set(goldEvent.agents) {
                correctAgents += 1
            }
            if Set(event.targets.compactMap { actorMap[$0] }) == Set(goldEvent.targets) {
                correctTargets += 1
            }
            if goldEvent.certainty == event.certainty.rawValue { correctCertainties += 1 }
        }
        let goldRank = Dictionary(uniqueKeysWithValues: gold.timeline.enumerated()
            .map { ($1, $0) })
        for first in matches.indices {
            for second in matches.indices where first < second {
                guard let a = goldRank[matches[first].gold.id],
                      let b = goldRank[matches[second].gold.id], a != b else { continue }
                orderedPairs += 1
                let predictedOrder = matches[first].position < matches[second].position
                if predictedOrder == (a < b) { agreeingPairs += 1 }
            }
        }
    }

    static func fold(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .trimmingCharacters(in: .whitespacesAndNewlines)
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
