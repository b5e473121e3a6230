import TextAnalysis

/// Gives each event its agents, targets and place: the `event-arguments` stage.
///
/// Where the dependency parse gives them, a verb's agents are the actors of its `nsubj`
/// phrase and its targets those of its object, of complements with a target preposition and
/// of a purpose infinitive's object (`DependencyView`); otherwise the surface reading below
/// applies. Verbs: the agent is the actor in the subject before the verb group (for a passive or a
/// reduced relative, the "by" phrase; for an infinitive, a gerund after a comma or the
/// second of two coordinated verbs, the subject of the verb they depend on); targets are the
/// actors of the predicate after the verb — for a reporting verb, the first actor its
/// complement is about other than the speaker and the speaker's own side. Nouns: the agent is
/// a demonym, country or possessive before the noun; targets follow "to", "against", "into",
/// "on", "with" or "for". Places after a locative preposition become the event's location.
public struct ArgumentFinder: PipelineStage {
    public let name = "event-arguments"
    let lexicon: EventLexicon
    public init(lexicon: EventLexicon) { self.lexicon = lexicon }

    public func process(_ document: inout Document) throws(PipelineError) {
        let view = TokenView.of(&document)
        let clauses = ClauseView(document: document, view: view, lexicon: lexicon)
        let mentionsByToken = Self.participantsByToken(document)
        let parse = DependencyView(document: document, view: view, mentions: mentionsByToken,
                                   roleHeads: lexicon.roleHeads)
        let parsed = parse.isAvailable
        var events = document.events
        let closingLimits = ClosingAttribution.limits(of: events, in: document,
                                                      clauses: clauses)
        let hazardNames = hazardNames(document, view: view)
        var eventByToken: [Int: Int] = [:]
        for event in events { eventByToken[event.triggerToken] = event.index }
        for position in events.indices {
            let event = events[position]
            let range = ClauseView.window(around: event.triggerToken,
                                          in: document.sentences[event.sentence].tokens)
            let finder = SurfaceArguments(document: document, view: view, clauses: clauses,
                                mentions: mentionsByToken, range: range)
            if event.isNominal {
                events[position].agents = finder.nounAgents(event.triggerToken)
                let after = finder.predicateMentions(after: event.triggerToken,
                                                     prepositions: lexicon.targetPrepositions)
                events[position].targets = after.targets
                // "the 1995 shooting of Dr. Hugh Short": a material noun's "of" phrase is
                // whom the event was done to.
                if lexicon.patientOfClasses.contains(event.type) {
                    for patient in finder.ofPhrase(after: event.triggerToken)
                    where !events[position].targets.contains(patient)
                        && !events[position].agents.contains(patient) {
                        events[position].targets.append(patient)
                    }
                }
                events[position].location = after.place
                events[position].rules.append("arguments.noun")
                continue
            }
            let trigger = event.triggerToken
            // Dependent verbs take the subject of the verb they depend on.
            if let governor = finder.governingVerb(of: trigger),
               let governing = eventByToken[governor], governing < position {
                events[position].agents = events[governing].agents
                events[position].rules.append("agent.shared")
            } else if clauses.isPassive(trigger, in: range)
                        || clauses.isReducedRelative(trigger, in: range) {
                events[position].agents = finder.byPhrase(after: trigger)
                events[position].targets = finder.subject(of: trigger)
                events[position].rules.append("agent.by-phrase")
            } else if parsed, case let subject = parse.subjectActors(of: trigger),
                      !subject.isEmpty {
                events[position].agents = subject
                events[position].rules.append("agent.nsubj")
            } else if case let surface = finder.subject(of: trigger), !surface.isEmpty
                        || !parsed || parse.conjunctSubjectActors(of: trigger).isEmpty {
                events[position].agents = surface
                events[position].rules.append("agent.subject")
            } else {
                events[position].agents = parse.conjunctSubjectActors(of: trigger)
                events[position].rules.append("agent.conjunct")
            }
            // "…, said Detective Joseph Pentangelo": a statement whose speaker follows it.
            if events[position].agents.isEmpty,
               [.statement, .accuse, .praiseThank].contains(events[position].type),
               let speaker = finder.invertedSpeaker(of: trigger) {
                events[position].agents = [speaker]
                events[position].rules.append("agent.inverted")
            }
            // "A strong earthquake has struck X", "a storm caused …", "Rita packed winds of
            // 240 km/h": an attack or unclassed verb with a hazard as subject (a disaster noun
            // or a named storm) is a disaster ("the quake killed 14" stays casualties).
            // A class its argument frame chose stands ("Katrina sent prices to a record").
            if [.fightAttack, .other, .accuse].contains(events[position].type),
               !events[position].rules.contains("trigger.frame"),
               let head = finder.subjectHead(of: trigger),
               hazardNames.contains(view.keys[head])
                || lexicon.nouns[view.keys[head]]?.type == .disaster
                || lexicon.nouns[document.tokens[head].lemma.map(MatchKey.normalize) ?? ""]?
                    .type == .disaster {
                events[position].type = .disaster
                events[position].rules.append("type.disaster-subject")
            }
            // "held talks", "the attack was launched", "launched a petition": a light or
            // unclassed verb whose object (or passive subject) is an event noun states that
            // noun's event, and takes its class.
            if parsed, !events[position].rules.contains("trigger.frame"),
               events[position].type == .other
                || lexicon.lightVerbs.contains(events[position].lemma),
               let noun = parse.dependents(of: trigger, ["obj", "nsubj:pass"]).first(where: {
                   lexicon.nouns[view.keys[$0]] != nil
                       || lexicon.nouns[document.tokens[$0].lemma.map(MatchKey.normalize)
                                        ?? ""] != nil }),
               let entry = lexicon.nouns[view.keys[noun]]
                ?? lexicon.nouns[document.tokens[noun].lemma.map(MatchKey.normalize) ?? ""],
               entry.type != .disaster || events[position].type == .other {
                events[position].type = entry.type
                events[position].rules.append("type.event-object")
            }
            // "The suspected car bombings occurred …", "fighting broke out": a verb that only
            // says an event took place, with an event noun as active subject, states that
            // noun's event.
            if parsed, events[position].type == .other,
               !events[position].rules.contains("trigger.frame"),
               lexicon.occurrenceVerbs.contains(events[position].lemma),
               let noun = parse.dependents(of: trigger, ["nsubj"]).first(where: {
                   parse.relation($0) == "nsubj" }),
               let entry = lexicon.nouns[view.keys[noun]]
                ?? lexicon.nouns[document.tokens[noun].lemma.map(MatchKey.normalize) ?? ""] {
                events[position].type = entry.type
                events[position].rules.append("type.event-subject")
            }
            // Nothing after a closing attribution ("…, South Korea's military said") is a
            // target of the reported event.
            let limit = closingLimits[position] ?? range.upperBound
            let after = finder.predicateMentions(after: trigger, prepositions: nil, limit: limit)
            events[position].location = after.place
            // After an inverted speaker comes only the speaker's own description ("…, said
            // Detective X, a police spokesman"): no target there.
            if events[position].rules.contains("agent.inverted") { continue }
            if event.type == .statement || event.type == .accuse || event.type == .praiseThank,
               let about = finder.complementTopic(after: trigger,
                                                  excluding: events[position].agents) {
                events[position].targets = [about]
            } else if events[position].targets.isEmpty {
                let agents = events[position].agents
                let objects = parsed ? parse.objectActors(of: trigger,
                                                          prepositions: lexicon.targetPrepositions,
                                                          before: limit)
                    .filter { !agents.contains($0) } : []
                if !objects.isEmpty {
                    events[position].targets = objects
                    events[position].rules.append("target.obj")
                } else {
                    events[position].targets = after.targets.filter { !agents.contains($0) }
                }
            }
        }
        document.events = events
    }

    /// Names given to hazards in the text: the capitalised word after a capitalised
    /// disaster noun ("Hurricane Rita" → "rita"), so a later "Rita packed winds" is the storm.
    func hazardNames(_ document: Document, view: TokenView) -> Set<String> {
        var names = Set<String>()
        for index in document.tokens.indices.dropLast() where view.capitalized[index]
            && view.capitalized[index + 1] && view.isWord(index + 1)
            && lexicon.nouns[view.keys[index]]?.type == .disaster {
            names.insert(view.keys[index + 1])
        }
        return names
    }

    /// Participant mentions (not places or modifiers) by every token they cover.
    static func participantsByToken(_ document: Document) -> [Int: ActorMention] {
        var result: [Int: ActorMention] = [:]
        for mention in document.actorMentions {
            for token in mention.tokens { result[token] = mention }
        }
        return result
    }
}
