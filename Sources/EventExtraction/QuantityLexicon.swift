import TextAnalysis

/// Number words and the hedges before a figure, from `Resources/en/lexicons/
/// {number-words,quantity-modifiers}.tsv`: what `QuantityFinder` needs to read "at least
/// two dozen" as ≥ 24.
public struct QuantityLexicon: Sendable {
    enum WordKind: String, Sendable { case number, multiplier }

    /// Number word → value and kind.
    var words: [String: (value: Double, kind: WordKind)] = [:]
    /// Hedge phrases as word keys, longest first, with their bound.
    var modifiers: [(words: [String], bound: QuantityBound)] = []
    /// Determiners before a number that refer back to a known set ("the two leaders"):
    /// rows of bound `reference`.
    var references: Set<String> = []
    /// Adverbial particles of phrasal verbs (`verb-particles.tsv`): right after a verb, the
    /// particle of the verb, not the preposition of the figure after it ("shot down 60").
    var particles: Set<String> = []

    /// The bundled English lexicons, loaded and validated once.
    public static func bundled() throws(ExtractionError) -> QuantityLexicon {
        switch cached {
        case .success(let lexicon): return lexicon
        case .failure(let error): throw error
        }
    }

    private static let cached: Result<QuantityLexicon, ExtractionError> = {
        do throws(ExtractionError) { return .success(try QuantityLexicon(bundle: ())) } catch {
            return .failure(error)
        }
    }()

    private init(bundle: Void) throws(ExtractionError) {
        let numbers = try TSVTable.resource("number-words.tsv",
                                            required: ["word", "value", "kind"])
        for row in numbers.rows {
            guard let value = Double(row["value"]), let kind = WordKind(rawValue: row["kind"])
            else {
                throw .badLexicon(file: numbers.file, line: row.line, message:
                    "value '\(row["value"])' is no number or kind '\(row["kind"])' is not "
                    + "number or multiplier")
            }
            words[MatchKey.normalize(row["word"])] = (value, kind)
        }
        let hedges = try TSVTable.resource("quantity-modifiers.tsv",
                                           required: ["phrase", "bound"])
        for row in hedges.rows {
            if row["bound"] == "reference" {
                references.insert(MatchKey.normalize(row["phrase"]))
                continue
            }
            guard let bound = QuantityBound(rawValue: row["bound"]), bound != .exact else {
                throw .badLexicon(file: hedges.file, line: row.line, message:
                    "bound '\(row["bound"])' is not at-least, at-most, about or reference")
            }
            let keys = MatchKey.normalize(row["phrase"]).split(separator: " ").map(String.init)
            modifiers.append((keys, bound))
        }
        modifiers.sort { $0.words.count > $1.words.count }
        let particleTable = try TSVTable.resource("verb-particles.tsv", required: ["particle"])
        particles = Set(particleTable.rows.map { MatchKey.normalize($0["particle"]) })
    }

    /// Whether `key` (a token's match key) is a figure or part of one: digits ("58",
    /// "1,200", "2.5") or a number word ("twelve", "million", "twenty-five").
    func isNumeric(_ key: String) -> Bool {
        Self.digits(key) != nil || parts(of: key) != nil
    }

    /// The value of the figure written by `keys` in order ("two", "dozen" → 24; "1.2",
    /// "million" → 1,200,000), or nil when a key is no number.
    func value(of keys: [String]) -> Double? {
        var total = 0.0
        var current: Double?
        for key in keys {
            if let number = Self.digits(key) {
                current = (current ?? 0) + number
                continue
            }
            guard let parts = parts(of: key) else { return nil }
            for part in parts {
                switch part.kind {
                case .number: current = (current ?? 0) + part.value
                case .multiplier:
                    let scaled = (current ?? 1) * part.value
                    if part.value >= 1000 {
                        total += scaled
                        current = nil
                    } else {
                        current = scaled
                    }
                }
            }
        }
        let result = total + (current ?? 0)
        return keys.isEmpty ? nil : result
    }

    private func parts(of key: String) -> [(value: Double, kind: WordKind)]? {
        var result: [(value: Double, kind: WordKind)] = []
        for part in key.split(separator: "-") {
            guard let entry = words[String(part)] else { return nil }
            result.append(entry)
        }
        return result.isEmpty ? nil : result
    }

    /// "58", "1,200", "2.5" (thousands separators only between groups of three digits).
    static func digits(_ key: String) -> Double? {
        guard let first = key.unicodeScalars.first, ("0"..."9").contains(first) else {
            return nil
        }
        let groups = key.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard groups.dropFirst().allSatisfy({ $0.prefix(3).count == 3
                && ($0.count == 3 || $0.dropFirst(3).first == ".") }) else { return nil }
        }
        return Double(groups.joined())
    }
}
