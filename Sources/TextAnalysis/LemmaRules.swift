/// English inflection rules that turn a lower-cased word and its Penn tag into a lemma.
///
/// They cover regular morphology (`seized`→`seize`, `expelled`→`expel`, `cities`→`city`,
/// `bigger`→`big`); irregular and rule-breaking words come from the exception table that
/// `LemmaTableBuilder` learns from the treebanks (`Models/lemmas.tsv`), which is consulted first.
enum LemmaRules {
    /// The lemma of `lower` (already lower-cased) tagged `xpos`.
    static func lemma(of lower: String, xpos: String) -> String {
        let word = Array(lower.unicodeScalars)
        let result: [Unicode.Scalar]
        switch xpos {
        case "NNS": result = plural(word)
        case "VBZ": result = plural(word)
        case "VBD", "VBN": result = suffixed(word, "ed")
        case "VBG": result = suffixed(word, "ing")
        case "JJR", "RBR": result = suffixed(word, "er")
        case "JJS", "RBS": result = suffixed(word, "est")
        default: return lower
        }
        return String(scalars: result[...])
    }

    private static func isVowel(_ s: Unicode.Scalar) -> Bool {
        s == "a" || s == "e" || s == "i" || s == "o" || s == "u"
    }

    private static func isConsonant(_ s: Unicode.Scalar) -> Bool {
        CharacterClass.isLetter(s) && !isVowel(s) && s != "y"
    }

    private static func ends(_ word: [Unicode.Scalar], _ suffix: String) -> Bool {
        let tail = Array(suffix.unicodeScalars)
        return word.count >= tail.count && Array(word.suffix(tail.count)) == tail
    }

    private static func plural(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let n = word.count
        guard n >= 3, word[n - 1] == "s" else { return word }
        if ends(word, "ies") { return n <= 4 ? Array(word.dropLast()) : word.dropLast(3) + ["y"] }
        if ends(word, "ss") || ends(word, "us") || ends(word, "is") { return word }
        if ends(word, "sses") || ends(word, "xes") || ends(word, "zzes") || ends(word, "ches")
            || ends(word, "shes") {
            return Array(word.dropLast(2))
        }
        if ends(word, "oes"), n > 5 { return Array(word.dropLast(2)) }
        return Array(word.dropLast())
    }

    /// Strips `-ed`, `-ing`, `-er`, `-est` and repairs the stem (doubling, `y`, final `e`).
    private static func suffixed(_ word: [Unicode.Scalar], _ suffix: String) -> [Unicode.Scalar] {
        let length = suffix.unicodeScalars.count
        guard word.count > length + 1, ends(word, suffix) else { return word }
        var stem = Array(word.dropLast(length))
        let n = stem.count
        if suffix == "ed" {
            if ends(word, "eed") { return Array(word.dropLast()) }
            if ends(word, "ied") {
                return n <= 2 ? Array(word.dropLast()) : stem.dropLast() + ["y"]
            }
        }
        if suffix != "ing", stem.last == "i", n >= 3 { return stem.dropLast() + ["y"] }
        if stem.last == "e" || stem.last == "y" && isVowel(stem[n - 2]) { return stem }
        // Doubled final consonant: stopped, expelled, bigger (but called, passed, buzzed).
        if n >= 3, stem[n - 1] == stem[n - 2], isConsonant(stem[n - 1]) {
            let c = stem[n - 1]
            if c == "s" || c == "f" || c == "z" { return stem }
            if c == "l" {
                let keep = n < 6 || ends(stem, "all") || ends(stem, "ill") || ends(stem, "ull")
                return keep ? stem : Array(stem.dropLast())
            }
            return Array(stem.dropLast())
        }
        if needsFinalE(stem) { stem.append("e") }
        return stem
    }

    /// Whether a stem left by `-ed`/`-ing`/`-er` lost a silent `e` (seiz→seize, us→use).
    private static func needsFinalE(_ stem: [Unicode.Scalar]) -> Bool {
        let n = stem.count
        guard n >= 2 else { return false }
        let last = stem[n - 1], before = stem[n - 2]
        let third: Unicode.Scalar = n >= 3 ? stem[n - 3] : " "
        // A "u" after "q" behaves as a consonant (requir → require).
        let beforeIsVowelSound = isVowel(before) && !(before == "u" && third == "q")
        let thirdIsConsonant = isConsonant(third) || (third == "u" && n >= 4 && stem[n - 4] == "q")
        switch last {
        case "v", "c", "u": return true
        case "z": return before != "z"
        case "s": return before != "s"
        case "g":
            if before == "n" { return third == "a" || third == "e" || third == "u" }
            return before == "r" || before == "d" || before == "a" || before == "i"
                || before == "u"
        case "l":
            if before == "b" || before == "p" || before == "t" || before == "d" || before == "g"
                || before == "k" || before == "c" || before == "z" {
                return true
            }
            return thirdIsConsonant && (before == "a" || before == "i" || before == "o"
                                        || before == "u")
        case "t":
            if before == "a" { return third != "e" && third != "o" && third != "a" }
            if before == "o" || before == "u" { return thirdIsConsonant }
            if before == "e" { return third == "l" || third == "p" }
            return false
        case "d", "r", "k", "m":
            guard thirdIsConsonant else { return false }
            return before == "a" || before == "i" || before == "u" || before == "o" && last != "d"
        case "n":
            return thirdIsConsonant && (before == "a" || before == "i" || before == "u")
        case "p":
            return thirdIsConsonant && (before == "a" || before == "i" || before == "y")
        default:
            _ = beforeIsVowelSound
            return false
        }
    }
}
