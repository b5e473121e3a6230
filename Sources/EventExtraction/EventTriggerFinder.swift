import TextAnalysis

/// Finds event triggers: the `event-triggers` stage.
///
/// Every content verb is a trigger (typed from `event-verb-particles.tsv` when a listed
/// particle follows it, "work alongside", else from `event-verbs.tsv`, else `OTHER`; a row
/// with an argument frame, `VerbFrame`, applies only when the verb's arguments fit it),
/// and so is
/// every noun listed in `event-nouns.tsv` ("incursion", "deployment", "election").
/// "be", "have" and "do" as main verbs state no event.
public struct EventTriggerFinder: PipelineStage {
    public let name = "event-triggers"
    let lexicon: EventLexicon
    private static let lightVerbs: Set<String> = ["be", "have", "do"]

    public init(lexicon: EventLexicon) { self.lexicon = lexicon }

    public func process(_ document: inout Document) throws(PipelineError) {
        let view = TokenView.of(&document)
        let clauses = ClauseView(document: document, view: view, lexicon: lexicon)
        var events: [ExtractedEvent] = []
        let parse = DependencyView(document: document, view: view,
                                   mentions: ArgumentFinder.participantsByToken(document),
                                   roleHeads: lexicon.roleHeads)
        let reader = parse.isAvailable
            ? FrameReader(document: document, view: view, parse: parse) : nil
        // A word inside a name ("Dar es Salaam", "Doctors Without Borders") is no trigger.
        var named = Set<Int>()
        for mention in document.actorMentions where mention.tokens.count > 1 {
            named.formUnion(mention.tokens)
        }
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            // A dateline ("KYIV, March 14, 2025 (Reuters) -") holds no event.
            let body = view.datelineEnd(sentence.tokens) ?? sentence.tokens.lowerBound
            for index in body..<sentence.tokens.upperBound {
                let token = document.tokens[index]
                let key = view.keys[index]
                // A participle used as an adjective ("helmeted police") names no event.
                if token.dependency == "amod" || named.contains(index) { continue }
                if clauses.isVerb(index), !lexicon.verbExclusions.contains(key),
                   let lemma = lexicon.verbLemma(key: key, lemma: token.lemma),
                   !Self.lightVerbs.contains(lemma) {
                    let next = particle(after: index, in: sentence.tokens, view: view,
                                        document: document)
                    let found = lexicon.verbClass(lemma: lemma, particle: next, verb: index,
                                                  reader: reader)
                    var event = ExtractedEvent(
                        index: events.count, sentence: sentenceIndex, triggerToken: index,
                        trigger: token.span, lemma: lemma, type: found?.entry.type ?? .other,
                        label: found?.entry.label ?? view.texts[index], isNominal: false)
                    event.rules.append(found.map { $0.phrasal ? "trigger.phrasal" : "trigger.verb" }
                                       ?? "trigger.verb.unclassed")
                    if found?.framed == true { event.rules.append("trigger.frame") }
                    events.append(event)
                } else if token.upos == nil || token.upos == .noun {
                    let lemma = token.lemma.map(MatchKey.normalize) ?? key
                    guard let entry = lexicon.nouns[key] ?? lexicon.nouns[lemma] else { continue }
                    var event = ExtractedEvent(
                        index: events.count, sentence: sentenceIndex, triggerToken: index,
                        trigger: token.span, lemma: lemma, type: entry.type,
                        label: entry.label, isNominal: true)
                    event.rules.append("trigger.noun")
                    events.append(event)
                }
            }
        }
        document.events = events
    }

    /// The particle or preposition that may make a verb phrasal: the next word, or a
    /// particle the parse attaches to the verb a few words on ("turned them away").
    private func particle(after index: Int, in sentence: Range<Int>, view: TokenView,
                          document: Document) -> String? {
        guard index + 1 < sentence.upperBound else { return nil }
        for cursor in index + 1..<min(sentence.upperBound, index + 4)
        where document.tokens[cursor].dependency == "compound:prt"
            && document.tokens[cursor].head == index {
            return view.keys[cursor]
        }
        return view.keys[index + 1]
    }
}
