extension ClauseView {
    /// The function-word classes of a token key that clause reading tests, as bits
    /// (`TokenView.clauseWords` holds them per token, looked up once per document).
    ///
    /// The clause scans ask "is this a clause opener / a form of be / an auxiliary / a
    /// coordinator / a negation?" for the same tokens many times, and each question hashed
    /// the token's key into a set of strings again.
    enum WordClass {
        static let opener: UInt8 = 1
        static let be: UInt8 = 2
        static let auxiliary: UInt8 = 4
        static let coordinator: UInt8 = 8
        static let negation: UInt8 = 16

        /// Words of no class are absent.
        private static let classes: [String: UInt8] = {
            var classes: [String: UInt8] = [:]
            let sets: [(Set<String>, UInt8)] = [
                (clauseOpeners, opener), (beForms, be), (auxiliaryForms, auxiliary),
                (coordinators, coordinator), (negations, negation),
            ]
            for (words, bit) in sets {
                for word in words { classes[word, default: 0] |= bit }
            }
            return classes
        }()

        /// The class bits of a token key (0 for most words).
        static func of(_ key: String) -> UInt8 { classes[key] ?? 0 }
    }

    /// Words that negate a verb group ("has not confirmed", "did n't attend").
    static let negations: Set<String> = ["not", "n't", "never", "no"]

    /// Whether the token's key is of class `bit` (`WordClass`).
    @inline(__always)
    func isWord(_ index: Int, of bit: UInt8) -> Bool { view.clauseWords[index] & bit != 0 }
}
