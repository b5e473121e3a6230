import TextAnalysis
import TimeExpressions

/// Reads the figure each verb event gives for what it did or suffered: the `event-quantities`
/// stage.
///
/// A figure is a number attached (in the dependency parse) to the trigger's object or
/// subject: the argument's `nummod` ("shot down 58 drones", "12 people were killed"), or
/// the argument itself when it is a number ("killed 14", "shot down 58 of the 94 drones",
/// where the noun after "of" is what is counted). The figure extends over neighbouring
/// number tokens ("1.2 million", "two dozen") and takes the hedge written right before it
/// ("at least", "more than", `quantity-modifiers.tsv`). A number inside a temporal
/// expression or an actor's name is no figure, nor one after a determiner that refers back
/// to a known set ("the two leaders met"). Noun triggers have none: their numbers
/// ("a 58-drone attack") are rarely what outlets dispute.
public struct QuantityFinder: PipelineStage {
    public let name = "event-quantities"
    let lexicon: QuantityLexicon

    public init(lexicon: QuantityLexicon) { self.lexicon = lexicon }

    public func process(_ document: inout Document) throws(PipelineError) {
        guard document.events.contains(where: { !$0.isNominal }),
              document.tokens.contains(where: { $0.dependency != nil }) else { return }
        let view = TokenView.of(&document)
        var children = [[Int]](repeating: [], count: document.tokens.count)
        for (index, token) in document.tokens.enumerated() {
            if let head = token.head, head != index, head >= 0, head < children.count {
                children[head].append(index)
            }
        }
        // Dates and durations, and actors' names: no figure uses their tokens.
        let covered = document.timexes.map(\.span) + document.actorMentions.map(\.span)
        let reader = Reader(document: document, view: view, children: children,
                            covered: covered, lexicon: lexicon)
        var events = document.events
        for position in events.indices where !events[position].isNominal {
            let quantities = reader.quantities(of: events[position].triggerToken)
            guard !quantities.isEmpty else { continue }
            events[position].quantities = quantities
            events[position].rules.append("quantity.argument")
        }
        document.events = events
    }

    /// The parse and token facts one document's figures are read from.
    struct Reader {
        let document: Document
        let view: TokenView
        let children: [[Int]]
        let covered: [Span]
        let lexicon: QuantityLexicon

        func relation(_ index: Int) -> String { document.tokens[index].dependency ?? "" }

        func quantities(of trigger: Int) -> [EventQuantity] {
            var result: [EventQuantity] = []
            for argument in children[trigger] {
                let role: String
                switch relation(argument) {
                case "obj": role = "object"
                case "nsubj", "nsubj:pass": role = "subject"
                // "shot down 60 of the drones and 8 of the missiles", the second figure
                // parsed as a conjunct of the verb: a coordinated object — never of a
                // passive verb, which has none ("75 were killed and 1,643 wounded").
                case "conj" where isNumber(argument) && !isPassive(trigger): role = "object"
                // A bare figure the parser made an oblique (`obl` or a subtype such as
                // `obl:unmarked`): with no preposition of its own, or only the verb's
                // particle read as one ("had shot [down 60] of the 94 drones"), it is the
                // object.
                case let oblique where (oblique == "obl" || oblique.hasPrefix("obl:"))
                    && isNumber(argument) && !isPassive(trigger)
                    && !children[argument].contains(where: {
                        relation($0) == "case" && !isParticle($0, after: trigger)
                    }):
                    role = "object"
                default: continue
                }
                // "shot down 60 of the 94 drones and 8 of the 11 missiles": each conjunct
                // gives its own figure.
                let conjuncts = children[argument].filter { relation($0) == "conj" }
                for phrase in [argument] + conjuncts {
                    if let quantity = quantity(in: phrase, role: role) {
                        result.append(quantity)
                    }
                }
            }
            return result
        }

        /// Whether `token` is a phrasal-verb particle right after the verb `verb`
        /// (`verb-particles.tsv`).
        func isParticle(_ token: Int, after verb: Int) -> Bool {
            token == verb + 1 && lexicon.particles.contains(view.keys[token])
        }

        /// The figure of the argument phrase headed by `argument`, if it gives one.
        func quantity(in argument: Int, role: String) -> EventQuantity? {
            let number: Int
            let unit: String
            if isNumber(argument) {
                // "killed 14", "shot down 58 of the 94 drones".
                number = argument
                let counted = children[argument].first { child in
                    relation(child).hasPrefix("nmod")
                        && children[child].contains { view.keys[$0] == "of" }
                }
                unit = counted.map(self.unit) ?? ""
            } else if let modifier = children[argument].first(where: {
                relation($0) == "nummod" && isNumber($0)
            }) {
                number = modifier
                unit = self.unit(argument)
            } else {
                return nil
            }
            // The whole figure: neighbouring number tokens of the same sentence.
            let sentence = document.sentences[view.sentenceOfToken[number]].tokens
            var first = number
            var last = number
            while first - 1 >= sentence.lowerBound, isNumber(first - 1) { first -= 1 }
            while last + 1 < sentence.upperBound, isNumber(last + 1) { last += 1 }
            guard let value = lexicon.value(of: Array(view.keys[first...last])) else {
                return nil
            }
            var bound = QuantityBound.exact
            var start = first
            for hedge in lexicon.modifiers {
                let from = first - hedge.words.count
                guard from >= sentence.lowerBound,
                      Array(view.keys[from..<first]) == hedge.words else { continue }
                bound = hedge.bound
                start = from
                break
            }
            // "the two leaders", "its 27 members": a set already known, no new figure.
            if start - 1 >= sentence.lowerBound,
               lexicon.references.contains(view.keys[start - 1]) {
                return nil
            }
            let span = document.tokens[start].span.union(document.tokens[last].span)
            return EventQuantity(span: span, value: value, bound: bound, unit: unit,
                                 role: role)
        }

        /// Whether the verb has a passive subject or auxiliary.
        func isPassive(_ verb: Int) -> Bool {
            children[verb].contains { ["nsubj:pass", "aux:pass"].contains(relation($0)) }
        }

        /// A figure token not inside a date or a name.
        func isNumber(_ index: Int) -> Bool {
            guard lexicon.isNumeric(view.keys[index]) else { return false }
            let span = document.tokens[index].span
            return !covered.contains { $0.start < span.end && span.start < $0.end }
        }

        /// What a noun counts: its lemma, lower case ("drones" → drone); nothing for a word
        /// that is no noun or symbol ("saved 200 more").
        func unit(_ noun: Int) -> String {
            guard let tag = document.tokens[noun].upos,
                  [.noun, .propn, .sym].contains(tag) else { return "" }
            return document.tokens[noun].lemma.map(MatchKey.normalize) ?? view.keys[noun]
        }
    }
}
