import TextAnalysis

/// Clause structure read from part-of-speech tags and function words: which tokens are
/// verbs, which are finite, where a clause ends, whether a verb is passive.
///
/// This is the surface approximation the event stages use for "subject", "object" and
/// "the clause a date governs"; it reads `Token.upos`/`xpos`/`lemma` from the tagger and
/// falls back to the verb lexicon when the tagger was disabled.
struct ClauseView {
    let document: Document
    let view: TokenView
    let lexicon: EventLexicon

    /// Words that open a new clause: what follows belongs to another predicate.
    static let clauseOpeners: Set<String> = [
        "that", "which", "who", "whom", "whose", "while", "whereas", "because", "although",
        "though", "after", "before", "following", "since", "when", "until", "unless", "if",
        "where", "whether", ";", ":", "—", "–", "-", "--", "\"", "“", "”", "``", "''"]
    static let beForms: Set<String> = ["be", "is", "are", "was", "were", "been", "being", "'s",
                                       "am", "'re", "get", "got", "gets", "getting"]
    static let coordinators: Set<String> = ["and", "or", "but", "nor"]
    /// Words that make the clause after them subordinate ("after", "when", "because").
    static let subordinators: Set<String> = [
        "after", "before", "when", "while", "as", "since", "because", "if", "although",
        "though", "until", "once", "where", "whereas", "unless"]

    /// How far (in tokens) clause searches reach from a trigger. News sentences are far
    /// shorter; the bound keeps a sentence of thousands of words (a text without full
    /// stops) linear instead of quadratic.
    static let reach = 80

    /// The part of `sentence` within `reach` tokens of `trigger`, which event stages search.
    static func window(around trigger: Int, in sentence: Range<Int>) -> Range<Int> {
        max(sentence.lowerBound, trigger - reach)..<min(sentence.upperBound, trigger + reach)
    }

    /// Whether the token opens a new clause ("who", "that", a quote) — an acronym such as
    /// "WHO" is a name, not a relative pronoun.
    func isClauseOpener(_ index: Int) -> Bool {
        isWord(index, of: WordClass.opener) && !view.isAcronym(index)
    }

    init(document: Document, view: TokenView, lexicon: EventLexicon) {
        self.document = document
        self.view = view
        self.lexicon = lexicon
    }

    func xpos(_ index: Int) -> String? { document.tokens[index].xpos }

    /// A content verb (not an auxiliary).
    func isVerb(_ index: Int) -> Bool {
        // "according", "following", "including": prepositions in verb form.
        if lexicon.verbExclusions.contains(view.keys[index]) { return false }
        if let upos = document.tokens[index].upos { return upos == .verb }
        return lexicon.verbForms[view.keys[index]] != nil
    }

    /// A verb or auxiliary carrying tense (VBD, VBZ, VBP, MD), i.e. the head of a clause.
    func isFinite(_ index: Int) -> Bool {
        guard let tag = xpos(index) else { return false }
        return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
    }

    func isAdverbial(_ index: Int) -> Bool {
        // "to" is a particle too, but it opens an infinitive rather than modifying a verb.
        if let upos = document.tokens[index].upos {
            return upos == .adv || (upos == .part && view.keys[index] != "to")
        }
        return ["not", "n't", "also", "reportedly", "allegedly", "now", "never", "still",
                "already", "publicly", "partly"].contains(view.keys[index])
    }

    func isAuxiliary(_ index: Int) -> Bool {
        if document.tokens[index].upos == .aux { return true }
        return isWord(index, of: WordClass.be | WordClass.auxiliary)
    }

    /// Auxiliaries and modals besides the forms of "be" (a set built once, not an array
    /// literal searched per call).
    static let auxiliaryForms: Set<String> = ["has", "have", "had", "will", "would", "could",
                                              "can", "may", "might", "must", "should",
                                              "shall", "did", "does", "do"]

    /// The index of the first auxiliary or adverb directly before the verb ("has not
    /// publicly" in "has not publicly disputed"), or the verb itself.
    func verbGroupStart(_ index: Int, in range: Range<Int>) -> Int {
        var start = index
        while start > range.lowerBound, isAuxiliary(start - 1) || isAdverbial(start - 1) {
            start -= 1
        }
        return start
    }

    /// Whether the verb group says the event did not happen ("has not confirmed",
    /// "did n't attend", "never met"), or the verb is the infinitive of a negative
    /// implicative ("failed *to report*", "refused *to testify*"; `negative-implicative` in
    /// frame-words.tsv).
    func isNegated(_ index: Int, in range: Range<Int>) -> Bool {
        let start = verbGroupStart(index, in: range)
        if (start..<index).contains(where: { isWord($0, of: WordClass.negation) }) {
            return true
        }
        guard isInfinitive(index, in: range), start - 2 >= range.lowerBound else { return false }
        let governor = start - 2
        let lemma = document.tokens[governor].lemma.map(MatchKey.normalize)
            ?? view.keys[governor]
        return isVerb(governor) && lexicon.negativeImplicatives.contains(lemma)
    }

    /// Passive: a past participle after a form of "be"/"get" in its verb group.
    func isPassive(_ index: Int, in range: Range<Int>) -> Bool {
        guard xpos(index) == "VBN" else { return false }
        var cursor = index - 1
        while cursor >= range.lowerBound, isAuxiliary(cursor) || isAdverbial(cursor) {
            if isWord(cursor, of: WordClass.be) { return true }
            cursor -= 1
        }
        return false
    }

    /// A past participle with no auxiliary after a noun ("soldiers deployed in …"):
    /// a reduced relative clause whose head noun is the patient.
    func isReducedRelative(_ index: Int, in range: Range<Int>) -> Bool {
        guard xpos(index) == "VBN", index > range.lowerBound else { return false }
        // With no other finite verb in the sentence, the "participle" is the main verb the
        // tagger took for a VBN ("Protesters rallied in the town").
        guard range.contains(where: { $0 != index && isFinite($0) }) else { return false }
        let before = index - 1
        if isAuxiliary(before) || isAdverbial(before) { return false }
        let upos = document.tokens[before].upos
        return upos == .noun || upos == .propn || upos == .pron
    }

    /// A gerund right after a comma ("…, describing it as …"): its subject is the main
    /// clause's.
    func isParticipleContinuation(_ index: Int, in range: Range<Int>) -> Bool {
        xpos(index) == "VBG" && index > range.lowerBound && view.keys[index - 1] == ","
    }

    /// An infinitive after "to" ("to help Kyiv"): its subject is the governing verb's.
    func isInfinitive(_ index: Int, in range: Range<Int>) -> Bool {
        let start = verbGroupStart(index, in: range)
        return start > range.lowerBound && view.keys[start - 1] == "to"
            && (xpos(index) == "VB" || xpos(index) == nil)
    }

    /// The verb coordinated before this one ("seize and hold"; "met …, but failed"), if any:
    /// a verb a few words back, else the nearest finite verb before the coordinator.
    func coordinatedVerb(before index: Int, in range: Range<Int>) -> Int? {
        let coordinator = verbGroupStart(index, in: range) - 1
        guard coordinator >= range.lowerBound,
              isWord(coordinator, of: WordClass.coordinator) else {
            return nil
        }
        if let near = nearbyVerb(before: coordinator, in: range) { return near }
        return (range.lowerBound..<coordinator).last { isFinite($0) && isVerb($0) }
    }

    private func nearbyVerb(before coordinator: Int, in range: Range<Int>) -> Int? {
        var cursor = coordinator - 1
        // Skip the first conjunct's object ("seized X and held") — at most a few words.
        var steps = 0
        while cursor >= range.lowerBound, steps < 6 {
            if isVerb(cursor) { return cursor }
            if isClauseOpener(cursor) || view.keys[cursor] == "," {
                return nil
            }
            cursor -= 1
            steps += 1
        }
        return nil
    }

    /// The end (exclusive) of the predicate that starts after `index`: the next clause
    /// opener, finite verb, comma before a gerund, or the sentence end. An infinitive
    /// ("to aid") continues the predicate.
    func predicateEnd(after index: Int, in range: Range<Int>) -> Int {
        var cursor = index + 1
        while cursor < range.upperBound {
            let key = view.keys[cursor]
            if isClauseOpener(cursor) { return cursor }
            if key == ",", cursor + 1 < range.upperBound,
               xpos(cursor + 1) == "VBG" || isClauseOpener(cursor + 1) {
                return cursor
            }
            if isFinite(cursor) { return cursor }
            // "… began on August 10 and South Korea says …": a coordinator before a new
            // subject and its verb opens another clause (not "seize and hold", where the
            // verbs share what follows).
            if isWord(cursor, of: WordClass.coordinator),
               startsClause(after: cursor, in: range) {
                return cursor
            }
            cursor += 1
        }
        return range.upperBound
    }

    /// Whether a subject (at least one word that is no verb) and then a finite verb follow
    /// the coordinator at `index`, within a few words.
    func startsClause(after index: Int, in range: Range<Int>) -> Bool {
        var cursor = index + 1
        var words = 0
        while cursor < range.upperBound, cursor - index <= 6 {
            if isFinite(cursor) { return words > 0 }
            if isVerb(cursor) || isClauseOpener(cursor) || view.keys[cursor] == "," {
                return false
            }
            words += 1
            cursor += 1
        }
        return false
    }

    /// The start of the clause holding `index`: after the nearest clause opener or finite
    /// verb of another clause to the left, or the sentence start.
    func clauseStart(before index: Int, in range: Range<Int>) -> Int {
        var cursor = verbGroupStart(index, in: range) - 1
        while cursor >= range.lowerBound {
            if isClauseOpener(cursor) { return cursor + 1 }
            if isVerb(cursor) || isFinite(cursor) { return cursor + 1 }
            cursor -= 1
        }
        return range.lowerBound
    }
}
