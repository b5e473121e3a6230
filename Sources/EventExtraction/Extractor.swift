import TextAnalysis
import TimeExpressions

/// The whole pipeline on one document: text analysis, temporal expressions, actors, events.
///
/// The stages run in the order of `stageNames`; any can be switched off by name (for tests
/// and for `eventgraph explain`), and a stage that needs an earlier one simply finds its
/// layer empty. Models and lexicons are loaded once per process and shared, so an
/// `Extractor` is cheap to create and safe to use from several threads.
public struct Extractor: Sendable {
    /// Every stage, in pipeline order.
    public static let stageNames = [
        "tokenizer", "sentence-splitter", "pos-tagger", "lemmatizer", "dependency-parser",
        "entity-recognizer", "temporal-tagger", "temporal-normalizer",
        "actor-recognizer", "event-triggers", "event-arguments", "event-quantities",
        "event-dating",
        "attribution", "event-summary", "event-placement",
    ]

    public let stages: [any PipelineStage]

    public init(stages: [any PipelineStage]) { self.stages = stages }

    /// The standard English pipeline without the stages named in `disabled`, with a user's
    /// actor table (`--actors`) applied over the bundled lexicons when given.
    public static func standard(disabling disabled: Set<String> = [],
                                actorFile: UserActorFile? = nil)
        throws(ExtractionError) -> Extractor {
        var actors = try ActorLexicon.bundled()
        if let actorFile { actors = actors.extended(with: actorFile) }
        let events = try EventLexicon.bundled()
        let quantities = try QuantityLexicon.bundled()
        let temporalTagger: TemporalTagger
        do {
            temporalTagger = try TemporalTagger.load()
        } catch {
            throw .stageFailed(stage: "temporal-tagger", message: "\(error)")
        }
        let all: [any PipelineStage] = TextAnalyzer.standard.stages + [
            temporalTagger, TemporalNormalizer(),
            ActorRecognizer(lexicon: actors), EventTriggerFinder(lexicon: events),
            ArgumentFinder(lexicon: events), QuantityFinder(lexicon: quantities),
            EventDating(lexicon: events),
            Attribution(lexicon: events), EventSummarizer(lexicon: events),
            NarrativePlacement(),
        ]
        return Extractor(stages: all.filter { !disabled.contains($0.name) })
    }

    /// Runs every stage on `document` and returns it with all layers added.
    public func annotate(_ document: Document) throws(ExtractionError) -> Document {
        var document = document
        for stage in stages {
            do {
                try stage.process(&document)
            } catch {
                throw .stageFailed(stage: error.stage, message: error.message)
            }
        }
        return document
    }

    /// Runs the pipeline and returns the result as plain values for the graph.
    public func extract(_ document: Document) throws(ExtractionError) -> DocumentExtraction {
        DocumentExtraction(annotated: try annotate(document))
    }
}

extension DocumentExtraction {
    /// Reads the layers of an annotated document into plain values, resolving every span's
    /// text.
    public init(annotated document: Document) {
        let actors = document.actors
        // Each sentence's text once, however many events it holds.
        var sentenceTexts: [Int: String] = [:]
        func evidence(_ sentence: Int) -> String {
            if let text = sentenceTexts[sentence] { return text }
            let text = document.text(of: document.sentences[sentence].span)
            sentenceTexts[sentence] = text
            return text
        }
        self.init(
            documentID: document.id, path: document.path, title: document.title,
            creationDate: document.creationDate.description,
            creationDay: document.creationDate.daysSinceEpoch,
            creationDateSource: document.creationDateSource.rawValue,
            timexes: document.timexes.map {
                Timex(text: document.text(of: $0.span), start: $0.span.start, end: $0.span.end,
                      type: $0.type.rawValue, value: $0.value, mod: $0.mod)
            },
            actors: actors.values.sorted { $0.id < $1.id },
            mentions: document.actorMentions.map {
                Mention(actorID: $0.actorID, text: document.text(of: $0.span),
                        start: $0.span.start, end: $0.span.end, sentence: $0.sentence,
                        form: $0.form, ruleID: $0.ruleID)
            },
            events: document.events.map { event in
                Event(index: event.index, sentence: event.sentence,
                      trigger: document.text(of: event.trigger), start: event.trigger.start,
                      end: event.trigger.end, lemma: event.lemma, type: event.type,
                      label: event.label, isNominal: event.isNominal,
                      evidence: evidence(event.sentence),
                      summary: event.summary, agents: event.agents, targets: event.targets,
                      location: event.location, source: event.source,
                      certainty: event.certainty, dateValue: event.date?.value,
                      dateText: event.date?.timex.map { document.text(of: $0) },
                      dateOrigin: event.date?.origin,
                      dateStartDay: event.date?.interval?.lowerBound.daysSinceEpoch,
                      dateEndDay: event.date?.interval?.upperBound.daysSinceEpoch,
                      isSalient: event.isSalient, rules: event.rules,
                      quantities: event.quantities.map {
                          Quantity(text: document.text(of: $0.span), start: $0.span.start,
                                   end: $0.span.end, value: $0.value, bound: $0.bound,
                                   unit: $0.unit)
                      })
            },
            orderLinks: document.eventOrderLinks,
            diagnostics: document.diagnostics.map(\.description))
    }
}
