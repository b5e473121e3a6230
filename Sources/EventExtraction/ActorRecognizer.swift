import TextAnalysis

/// Finds actor mentions and gives each a canonical actor: the `actor-recognizer` stage.
///
/// Countries come from the gazetteer (names, demonyms, capitals and seats of power used as
/// the government — but a capital after a locative preposition stays a place); people from a
/// title followed by a name ("President Emmanuel Macron") or from the name recogniser;
/// organisations from the gazetteer, from capitalised runs ending in a head noun ("Russian
/// Defence Ministry") or introduced by a role noun ("pro-government newspaper Sabah").
/// Surnames, pronouns and definite descriptions are then resolved by `Coreference`.
public struct ActorRecognizer: PipelineStage {
    public let name = "actor-recognizer"
    let lexicon: ActorLexicon

    public init(lexicon: ActorLexicon) { self.lexicon = lexicon }

    public func process(_ document: inout Document) throws(PipelineError) {
        let view = TokenView.of(&document)
        var scan = ActorScan(document: document, lexicon: lexicon, view: view)
        for index in document.sentences.indices { scan.scan(sentence: index) }
        scan.promoteActingPlaces()
        var coreference = Coreference(scan: scan)
        coreference.resolve()
        document.actorMentions = coreference.scan.mentions.sorted { $0.span < $1.span }
        var actors = coreference.scan.actors
        for (id, override) in lexicon.overrides where actors[id] != nil {
            if let name = override.name { actors[id]?.name = name }
            if let kind = override.kind { actors[id]?.kind = kind }
            if let affiliation = override.affiliation { actors[id]?.affiliation = affiliation }
        }
        document.actors = actors
    }
}
