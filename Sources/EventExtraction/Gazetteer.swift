/// What a gazetteer phrase says about the actor it names.
enum GazetteerRole: String, Sendable, Hashable {
    /// A country's name or alias ("North Korea", "DPRK").
    case countryName
    /// A demonym ("North Korean", "Ukrainians").
    case demonym
    /// A capital: the country when used as an actor, a place after a locative preposition.
    case capital
    /// A seat of power used for its government ("the Kremlin", "the White House").
    case seat
    /// A known organisation or group ("NATO", "Reuters").
    case organization
}

/// One phrase of the actor gazetteer and the canonical actor it points to.
struct GazetteerEntry: Sendable, Hashable {
    let actorID: String
    let name: String
    let kind: ActorKind
    let role: GazetteerRole
    /// Country id of an organisation, when the lexicon gives one.
    let affiliation: String?
}

/// Longest-match lookup of multi-word phrases over normalised token keys.
///
/// Phrases are stored by their word keys; `longestMatch` tries the longest phrase first so
/// "North Korean" wins over "North" and "South Korea" over "Korea".
struct Gazetteer: Sendable {
    private(set) var entries: [[String]: GazetteerEntry] = [:]
    private(set) var longestPhrase = 1
    /// First word key → the most words of a phrase starting with it (never less than the
    /// longest stored one: removing a phrase leaves it). Most tokens begin no phrase, and
    /// `longestMatch` then answers with one lookup instead of hashing a key array per length.
    private var longestFrom: [String: Int] = [:]

    /// Adds a phrase; an existing phrase keeps its first entry (country names load first).
    mutating func add(_ phrase: String, _ entry: GazetteerEntry) {
        let words = MatchKey.words(of: phrase)
        guard !words.isEmpty, entries[words] == nil else { return }
        entries[words] = entry
        longestPhrase = max(longestPhrase, words.count)
        longestFrom[words[0]] = max(longestFrom[words[0]] ?? 0, words.count)
    }

    /// Replaces a phrase's entry (used by user actor files, which override the built-ins).
    mutating func set(_ phrase: String, _ entry: GazetteerEntry) {
        let words = MatchKey.words(of: phrase)
        guard !words.isEmpty else { return }
        entries[words] = entry
        longestPhrase = max(longestPhrase, words.count)
        longestFrom[words[0]] = max(longestFrom[words[0]] ?? 0, words.count)
    }

    mutating func remove(_ phrase: String) {
        entries[MatchKey.words(of: phrase)] = nil
    }

    /// The longest phrase starting at `start` in `keys`, with the number of words it covers.
    func longestMatch(in keys: [String], from start: Int, limit: Int) -> (GazetteerEntry, Int)? {
        guard start < keys.count, let longest = longestFrom[keys[start]] else { return nil }
        var length = min(longest, limit - start)
        while length > 0 {
            if let entry = entries[Array(keys[start..<start + length])] { return (entry, length) }
            length -= 1
        }
        return nil
    }
}
