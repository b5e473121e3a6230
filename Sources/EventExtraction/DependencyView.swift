import TextAnalysis

/// Arguments read from the dependency parse (UD relations from `dependency-parser`).
///
/// A relation's phrase is the dependent with its modifiers (compound, flat, amod,
/// nmod:poss, appos, conjuncts, and a role's "of" phrase: "the leaders of Iran and Russia"),
/// never a clause below it, so an actor in a relative clause is not mistaken for the subject. When
/// the parse gives nothing, the caller falls back to the surface reading of `ClauseView`.
struct DependencyView {
    let document: Document
    let view: TokenView
    let mentions: [Int: ActorMention]
    /// Heads whose "of" phrase names participants (`argument-words.tsv`, list `role-head`).
    let roleHeads: Set<String>
    /// Children of each token, in text order.
    let children: [[Int]]

    private static let phraseRelations: Set<String> = [
        "compound", "flat", "flat:name", "amod", "nmod:poss", "appos", "conj", "nmod", "det",
        "nummod", "case", "cc", "compound:prt", "nmod:unmarked"]

    init(document: Document, view: TokenView, mentions: [Int: ActorMention],
         roleHeads: Set<String>) {
        self.document = document
        self.roleHeads = roleHeads
        self.view = view
        self.mentions = mentions
        var children = [[Int]](repeating: [], count: document.tokens.count)
        for (index, token) in document.tokens.enumerated() {
            if let head = token.head, head != index, head >= 0, head < children.count {
                children[head].append(index)
            }
        }
        self.children = children
    }

    /// Whether the parser ran on this document.
    var isAvailable: Bool { document.tokens.contains { $0.dependency != nil } }

    func relation(_ index: Int) -> String { document.tokens[index].dependency ?? "" }

    /// Dependents of `index` whose relation starts with one of `relations` ("obl" matches
    /// "obl:tmod" too).
    func dependents(of index: Int, _ relations: Set<String>) -> [Int] {
        children[index].filter { child in
            let name = relation(child)
            if relations.contains(name) { return true }
            // Only a subtype ("obl:tmod") has a base relation to try.
            guard name.utf8.contains(UInt8(ascii: ":")) else { return false }
            return relations.contains(String(name.split(separator: ":").first ?? ""))
        }
    }

    /// The tokens of a dependent's phrase (see the type's comment).
    func phrase(_ root: Int) -> [Int] {
        var result: [Int] = [root]
        var stack = [root]
        while let token = stack.popLast() {
            for child in children[token] where Self.phraseRelations.contains(relation(child)) {
                // Only a role's "of" phrase names participants ("the leaders of Iran"); in
                // "the deployment of French troops" or "in the north" it does not.
                if relation(child) == "nmod" {
                    let lemma = document.tokens[token].lemma.map(MatchKey.normalize)
                        ?? view.keys[token]
                    guard roleHeads.contains(lemma),
                          children[child].contains(where: { view.keys[$0] == "of" }) else {
                        continue
                    }
                }
                // "Thomson, in India to talk to tourism leaders, said": a conjunct or an
                // apposition with a preposition of its own is a prepositional aside the parse
                // attached as one, not a second name of the phrase.
                if relation(child) == "conj" || relation(child) == "appos",
                   children[child].contains(where: { relation($0) == "case" }) {
                    continue
                }
                result.append(child)
                stack.append(child)
            }
        }
        return result.sorted()
    }

    /// Participant actors mentioned in the phrase of `root`.
    func actors(inPhraseOf root: Int, before limit: Int = Int.max) -> [String] {
        var result: [String] = []
        for token in phrase(root) where token < limit {
            guard let mention = mentions[token], mention.isParticipant,
                  !result.contains(mention.actorID) else { continue }
            result.append(mention.actorID)
        }
        return result
    }

    /// Actors of the active subject (`nsubj`).
    func subjectActors(of verb: Int) -> [String] {
        var result: [String] = []
        for subject in dependents(of: verb, ["nsubj"]) where relation(subject) != "nsubj:pass" {
            // "the West, which accused him": a relative pronoun stands for the noun the
            // clause modifies.
            var phraseRoot = subject
            if ["who", "which", "that"].contains(view.keys[subject]),
               relation(verb).hasPrefix("acl"), let head = document.tokens[verb].head {
                phraseRoot = head
            }
            for actor in actors(inPhraseOf: phraseRoot) where !result.contains(actor) {
                result.append(actor)
            }
        }
        return result
    }

    /// "Turkey, worried about …, urged all states …": a verb coordinated with another
    /// (`conj`) and with no subject of its own shares the subject of the verb it is
    /// coordinated with (UD attaches the shared subject to the first conjunct only).
    func conjunctSubjectActors(of verb: Int) -> [String] {
        guard relation(verb) == "conj", dependents(of: verb, ["nsubj"]).isEmpty,
              let head = document.tokens[verb].head, head != verb,
              document.tokens[head].upos == .verb else { return [] }
        return subjectActors(of: head)
    }

    /// Actors of the object and of complements with a target preposition ("met with X",
    /// "sanctions against X"), and of the object of a purpose infinitive ("to help X").
    func objectActors(of verb: Int, prepositions: Set<String>,
                      before limit: Int = Int.max) -> [String] {
        var roots = dependents(of: verb, ["obj", "iobj"])
        for oblique in dependents(of: verb, ["obl"]) where children[oblique].contains(where: {
            relation($0) == "case" && prepositions.contains(view.keys[$0])
        }) {
            roots.append(oblique)
        }
        for clause in dependents(of: verb, ["xcomp", "advcl"]) where children[clause].contains(
            where: { relation($0) == "mark" && view.keys[$0] == "to" }) {
            roots += dependents(of: clause, ["obj", "iobj"])
        }
        var result: [String] = []
        for root in roots.sorted() where root < limit {
            for actor in actors(inPhraseOf: root, before: limit) where !result.contains(actor) {
                result.append(actor)
            }
        }
        return result
    }
}
