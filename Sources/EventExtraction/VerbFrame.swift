/// An argument-frame condition on a verb class: the `requires` column of `event-verbs.tsv`
/// and `event-verb-particles.tsv`. A class with a frame holds only when the verb's
/// arguments fit it, so a verb is typed by its sense in the sentence rather than by its
/// lemma alone: "appealed *against* the ruling" is a court appeal, "appealed *to* allies
/// *for* missiles" a request; "won the *election*" is an election, "won the match" is not.
///
/// Terms are separated by spaces and must all hold; `|` separates alternatives, `{name}`
/// stands for the words of list `name` in `frame-words.tsv`, and `!` negates a term:
///
/// | term | holds when |
/// | --- | --- |
/// | `obj:W` | the direct object's head (a passive's subject) is one of W; `obj:*` any object |
/// | `subj:W` | the active subject's head is one of W |
/// | `prep:P` | a complement of the verb (or of its object) opens with preposition P |
/// | `prep:P=W` | … and that complement's noun is one of W |
/// | `obj-kind:K`, `subj-kind:K` | the object / subject names an actor of kind K (`person`, `country`, `organization`, `group`, `location`, or `actor` for any) |
/// | `next:W` | the word right after the verb is one of W ("pleaded *guilty*") |
/// | `clause` | the verb takes a clause or a quotation ("maintained *that* …") |
///
/// Words match a token's lower-case form or its lemma, so `{troops}` lists singular nouns
/// and their plurals match through the lemma.
struct VerbFrame: Sendable, Hashable {
    enum Slot: String, Sendable, CaseIterable {
        case obj, subj, prep, next, clause
        case objKind = "obj-kind"
        case subjKind = "subj-kind"
    }

    struct Term: Sendable, Hashable {
        let slot: Slot
        let negated: Bool
        /// The words (prepositions for `prep`, kinds for `*-kind`); empty means any.
        let words: Set<String>
        /// For `prep:P=W`: the nouns allowed as the complement's head.
        let nouns: Set<String>?
    }

    let terms: [Term]
    /// The column as written, for `explain` and error messages.
    let text: String

    /// Parses a `requires` cell; `lists` are the named word lists of `frame-words.tsv`.
    /// Throws a message naming the bad term (the caller adds file and line).
    init(_ text: String, lists: [String: Set<String>]) throws(FrameError) {
        self.text = text
        var terms: [Term] = []
        for raw in text.split(separator: " ") {
            var term = Substring(raw)
            let negated = term.hasPrefix("!")
            if negated { term = term.dropFirst() }
            let name: Substring
            let value: Substring
            if let colon = term.firstIndex(of: ":") {
                name = term[..<colon]
                value = term[term.index(after: colon)...]
            } else {
                name = term
                value = ""
            }
            guard let slot = Slot(rawValue: String(name)) else {
                throw FrameError(message: "unknown term '\(raw)'; known: "
                                 + Slot.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if slot == .clause {
                guard value.isEmpty else {
                    throw FrameError(message: "'clause' takes no words: '\(raw)'")
                }
                terms.append(Term(slot: slot, negated: negated, words: [], nouns: nil))
                continue
            }
            guard !value.isEmpty else {
                throw FrameError(message: "'\(raw)' needs words after ':' (or '*' for any)")
            }
            var wordPart = value
            var nouns: Set<String>?
            if let equals = value.firstIndex(of: "=") {
                guard slot == .prep else {
                    throw FrameError(message: "only prep takes '=nouns': '\(raw)'")
                }
                wordPart = value[..<equals]
                nouns = try Self.words(value[value.index(after: equals)...], lists: lists)
            }
            let words = wordPart == "*" ? [] : try Self.words(wordPart, lists: lists)
            if slot == .objKind || slot == .subjKind {
                let known: Set<String> = ["person", "country", "organization", "group",
                                          "location", "actor"]
                if let bad = words.first(where: { !known.contains($0) }) {
                    throw FrameError(message: "unknown actor kind '\(bad)' in '\(raw)'; known: "
                                     + known.sorted().joined(separator: ", "))
                }
            }
            terms.append(Term(slot: slot, negated: negated, words: words, nouns: nouns))
        }
        guard !terms.isEmpty else { throw FrameError(message: "empty frame") }
        self.terms = terms
    }

    private static func words(_ text: Substring, lists: [String: Set<String>])
        throws(FrameError) -> Set<String> {
        var result = Set<String>()
        for part in text.split(separator: "|") {
            if part.hasPrefix("{"), part.hasSuffix("}") {
                let name = String(part.dropFirst().dropLast())
                guard let list = lists[name] else {
                    throw FrameError(message: "unknown word list {\(name)}; known: "
                                     + lists.keys.sorted().joined(separator: ", "))
                }
                result.formUnion(list)
            } else {
                result.insert(MatchKey.normalize(String(part)))
            }
        }
        return result
    }
}

/// A malformed `requires` cell; the lexicon loader reports it with file and line.
struct FrameError: Error, Sendable, Equatable {
    let message: String
}
