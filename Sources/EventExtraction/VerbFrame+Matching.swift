import TextAnalysis

/// Reads a verb's arguments from the dependency parse to test `VerbFrame`s against them.
/// Without a parse only `next:` and surface prepositions can hold, so a frame row falls
/// back to the lemma's default class.
struct FrameReader {
    let document: Document
    let view: TokenView
    let parse: DependencyView

    /// Whether every term of `frame` holds for the verb at `verb`.
    func matches(_ frame: VerbFrame, verb: Int) -> Bool {
        frame.terms.allSatisfy { holds($0, verb: verb) != $0.negated }
    }

    private func holds(_ term: VerbFrame.Term, verb: Int) -> Bool {
        switch term.slot {
        case .obj:
            let objects = objects(of: verb)
            return term.words.isEmpty ? !objects.isEmpty : objects.contains { isOne(of: term.words, $0) }
        case .subj:
            return subjects(of: verb).contains { isOne(of: term.words, $0) }
        case .objKind:
            return objects(of: verb).contains { names(term.words, inPhraseOf: $0) }
        case .subjKind:
            return subjects(of: verb).contains { names(term.words, inPhraseOf: $0) }
        case .prep:
            return complements(of: verb).contains { preposition, noun in
                term.words.contains(preposition)
                    && (term.nouns.map { nouns in noun.map { isOne(of: nouns, $0) } ?? false }
                        ?? true)
            }
        case .next:
            return verb + 1 < view.keys.count
                && view.sentenceOfToken[verb + 1] == view.sentenceOfToken[verb]
                && term.words.contains(view.keys[verb + 1])
        case .clause:
            return takesClause(verb)
        }
    }

    private func isOne(of words: Set<String>, _ token: Int) -> Bool {
        words.contains(view.keys[token])
            || document.tokens[token].lemma.map { words.contains(MatchKey.normalize($0)) }
                ?? false
    }

    /// Heads of the direct objects (with their conjuncts); for a passive, its subject.
    func objects(of verb: Int) -> [Int] {
        var heads = parse.dependents(of: verb, ["obj"])
        if heads.isEmpty {
            heads = parse.children[verb].filter { parse.relation($0) == "nsubj:pass" }
        }
        // "the taxes requested in arrears": a participle's noun is its patient.
        if heads.isEmpty, parse.relation(verb) == "acl", document.tokens[verb].xpos == "VBN",
           let head = document.tokens[verb].head {
            heads = [head]
        }
        return heads + heads.flatMap { head in
            parse.children[head].filter { parse.relation($0) == "conj" }
        }
    }

    /// Heads of the active subject; a verb without one (a second conjunct, an infinitive)
    /// shares its governor's ("rallied and closed", "tried to rally").
    func subjects(of verb: Int) -> [Int] {
        // "a building collapsed …" read as a noun with a participle: the noun is its subject.
        if parse.relation(verb) == "acl", let head = document.tokens[verb].head {
            return [head]
        }
        var current = verb
        for _ in 0..<3 {
            let subjects = parse.children[current].filter { parse.relation($0) == "nsubj" }
            // "demonstrators who were protesting": a relative pronoun stands for its noun.
            if subjects.count == 1, ["who", "which", "that"].contains(view.keys[subjects[0]]),
               parse.relation(current).hasPrefix("acl"),
               let head = document.tokens[current].head {
                return [head]
            }
            if !subjects.isEmpty { return subjects }
            guard ["conj", "xcomp"].contains(parse.relation(current)),
                  let head = document.tokens[current].head, head != current else { break }
            current = head
        }
        return []
    }

    private func names(_ kinds: Set<String>, inPhraseOf root: Int) -> Bool {
        parse.phrase(root).contains { token in
            guard let mention = parse.mentions[token],
                  let kind = document.actors[mention.actorID]?.kind else { return false }
            return kinds.isEmpty || kinds.contains("actor") || kinds.contains(kind.rawValue)
        }
    }

    /// The prepositional complements of the verb and of its objects, as (preposition, head
    /// noun) pairs; a preposition right after the verb counts with no noun ("appealed
    /// against", when the parse hangs the phrase elsewhere).
    func complements(of verb: Int) -> [(String, Int?)] {
        var result: [(String, Int?)] = []
        let relations: Set<String> = ["obl", "nmod", "advcl"]
        for head in [verb] + objects(of: verb) {
            for child in parse.dependents(of: head, relations) {
                for marker in parse.children[child] where parse.relation(marker) == "case" {
                    result.append((view.keys[marker], child))
                }
            }
        }
        if verb + 1 < view.keys.count, document.tokens[verb + 1].upos == .adp
            || document.tokens[verb + 1].xpos == "IN" {
            result.append((view.keys[verb + 1], nil))
        }
        return result
    }

    /// A clause complement ("said *that* …", "maintained it was …") or a quotation the
    /// verb reports (“…,” he added).
    func takesClause(_ verb: Int) -> Bool {
        if parse.children[verb].contains(where: {
            ["ccomp", "parataxis"].contains(parse.relation($0))
        }) { return true }
        if verb + 1 < view.keys.count, view.sentenceOfToken[verb + 1] == view.sentenceOfToken[verb],
           ["that", ":", "\"", "“", "``"].contains(view.keys[verb + 1]) { return true }
        let sentence = view.sentenceOfToken[verb]
        var cursor = verb - 1
        while cursor >= 0, view.sentenceOfToken[cursor] == sentence {
            if view.quoted[cursor] { return true }
            cursor -= 1
        }
        return false
    }
}
