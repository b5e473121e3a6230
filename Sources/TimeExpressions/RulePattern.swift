/// A parsed rule pattern: a small regular language over scan tokens.
///
/// Syntax (see `Resources/en/rules/README.md`): literals (`last`, `,`), lexicons
/// (`{months}`), token classes (`<int:4>`, `<number>`), groups `( a | b )`, named captures
/// `(?<day> … )`, quantifiers `? * +`, `^` before an item for a capitalised first word, and
/// contexts `[…]` / `[^…]` at the start (one to four tokens ending just before the extent) or
/// end (text after the extent) that must or must not be there but stay outside the extent. Items written without
/// whitespace between them must be adjacent in the text too.
indirect enum PatternNode: Sendable {
    case word(String)
    case lexicon(String)
    case tokenClass(TokenClass)
    case sequence([PatternNode])
    case choice([PatternNode])
    case repeated(PatternNode, min: Int, max: Int)
    case capture(String, PatternNode)
    /// The first token of the node must follow the previous token with no whitespace.
    case attached(PatternNode)
    /// The first token of the node must start with a capital letter in the text (`^`).
    case capitalized(PatternNode)
}

/// Built-in token classes that are not word lists.
enum TokenClass: Sendable, Hashable {
    /// A run of digits with a digit count in `digits`.
    case integer(digits: ClosedRange<Int>)
    /// A cardinal number in digits or words (`18`, `twenty-four`), using the `numbers` lexicon.
    case number
    /// A year said in words as two numbers (`nineteen ninety-six`, `twenty twelve`).
    case spelledYear
    /// Any word written with a capital initial (`<proper>`): the name after "the daily".
    /// Never the first item of a rule, which must say which words can start it.
    case capitalizedWord
}

/// A whole rule pattern: the extent pattern plus optional contexts.
struct RulePattern: Sendable {
    var core: PatternNode
    /// Tokens ending just before the extent must match (one to four tokens).
    var requiredBefore: PatternNode?
    /// No tokens ending just before the extent may match (one to four tokens).
    var forbiddenBefore: PatternNode?
    /// Text after the extent must match.
    var requiredAfter: PatternNode?
    /// Text after the extent must not match.
    var forbiddenAfter: PatternNode?
    /// Names of the captures, for checking field mappings.
    var captureNames: Set<String>
}

/// Parses pattern text into a `RulePattern`; errors are plain messages the loader places
/// at file:line.
struct RulePatternParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var captures: Set<String> = []
    private let lexicons: Set<String>

    init(_ text: String, lexicons: Set<String>) {
        scalars = Array(text.unicodeScalars)
        self.lexicons = lexicons
    }

    static func parse(_ text: String, lexicons: Set<String>) throws(PatternError) -> RulePattern {
        var parser = RulePatternParser(text, lexicons: lexicons)
        return try parser.parseRule()
    }

    struct PatternError: Error { var message: String }

    private mutating func parseRule() throws(PatternError) -> RulePattern {
        var result = RulePattern(core: .sequence([]), captureNames: [])
        skipSpaces()
        if peek == "[" {
            let (node, negated) = try parseContext()
            if negated { result.forbiddenBefore = node } else { result.requiredBefore = node }
        }
        result.core = try parseAlternatives(stopAt: ["["])
        if peek == "[" {
            let attachedContext = index > 0 && !isSpace(scalars[index - 1])
            var (node, negated) = try parseContext()
            if attachedContext { node = .attached(node) }
            if negated { result.forbiddenAfter = node } else { result.requiredAfter = node }
        }
        skipSpaces()
        if index < scalars.count {
            throw PatternError(message: "unexpected '\(scalars[index])' at column \(index + 1)")
        }
        if case .sequence(let items) = result.core, items.isEmpty {
            throw PatternError(message: "empty pattern")
        }
        result.captureNames = captures
        return result
    }

    private mutating func parseContext() throws(PatternError) -> (PatternNode, Bool) {
        index += 1
        var negated = false
        if peek == "^" {
            negated = true
            index += 1
        }
        let node = try parseAlternatives(stopAt: ["]"])
        guard peek == "]" else { throw PatternError(message: "missing ']'") }
        index += 1
        return (node, negated)
    }

    private mutating func parseAlternatives(stopAt: Set<Unicode.Scalar>)
        throws(PatternError) -> PatternNode {
        var options = [try parseSequence(stopAt: stopAt)]
        while peek == "|" {
            index += 1
            options.append(try parseSequence(stopAt: stopAt))
        }
        return options.count == 1 ? options[0] : .choice(options)
    }

    private mutating func parseSequence(stopAt: Set<Unicode.Scalar>)
        throws(PatternError) -> PatternNode {
        var items: [PatternNode] = []
        var spaced = true
        while index < scalars.count {
            let scalar = scalars[index]
            if isSpace(scalar) {
                spaced = true
                index += 1
                continue
            }
            if scalar == "|" || scalar == ")" || stopAt.contains(scalar) { break }
            var item = try parseQuantified()
            if !spaced && !items.isEmpty { item = .attached(item) }
            items.append(item)
            spaced = false
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func parseQuantified() throws(PatternError) -> PatternNode {
        let atom = try parseAtom()
        switch peek {
        case "?": index += 1; return .repeated(atom, min: 0, max: 1)
        case "*": index += 1; return .repeated(atom, min: 0, max: 8)
        case "+": index += 1; return .repeated(atom, min: 1, max: 8)
        default: return atom
        }
    }

    private mutating func parseAtom() throws(PatternError) -> PatternNode {
        let scalar = scalars[index]
        switch scalar {
        case "^":
            index += 1
            guard index < scalars.count else { throw PatternError(message: "dangling '^'") }
            return .capitalized(try parseAtom())
        case "(":
            index += 1
            var name: String?
            if peek == "?" {
                index += 1
                guard peek == "<" else { throw PatternError(message: "expected (?<name>") }
                index += 1
                let text = readWhile { $0 != ">" }
                guard peek == ">", !text.isEmpty else {
                    throw PatternError(message: "unterminated capture name")
                }
                index += 1
                if captures.contains(text) {
                    throw PatternError(message: "capture '\(text)' is used twice")
                }
                captures.insert(text)
                name = text
            }
            let inner = try parseAlternatives(stopAt: [])
            guard peek == ")" else { throw PatternError(message: "missing ')'") }
            index += 1
            return name.map { .capture($0, inner) } ?? inner
        case "{":
            index += 1
            let name = readWhile { $0 != "}" }
            guard peek == "}" else { throw PatternError(message: "missing '}'") }
            index += 1
            guard lexicons.contains(name) else {
                throw PatternError(message: "unknown lexicon {\(name)}; known: "
                                    + lexicons.sorted().joined(separator: ", "))
            }
            return .lexicon(name)
        case "<":
            index += 1
            let name = readWhile { $0 != ">" }
            guard peek == ">" else { throw PatternError(message: "missing '>'") }
            index += 1
            return .tokenClass(try tokenClass(name))
        case "\\":
            index += 1
            guard index < scalars.count else { throw PatternError(message: "dangling '\\'") }
            index += 1
            return .word(String(TextScanner.foldPunctuation(scalars[index - 1])))
        case "?", "*", "+", "]", "}", ">":
            throw PatternError(message: "unexpected '\(scalar)' at column \(index + 1)")
        default:
            if TextScanner.isLetter(scalar) {
                let text = readWhile { TextScanner.isLetter($0) }
                guard text == text.lowercased() else {
                    throw PatternError(message: "literal '\(text)' must be lower-case")
                }
                return .word(text)
            }
            if TextScanner.isDigit(scalar) {
                return .word(readWhile { TextScanner.isDigit($0) })
            }
            index += 1
            return .word(String(TextScanner.foldPunctuation(scalar)))
        }
    }

    private func tokenClass(_ name: String) throws(PatternError) -> TokenClass {
        if name == "number" { return .number }
        if name == "spelled-year" { return .spelledYear }
        if name == "proper" { return .capitalizedWord }
        if name == "int" { return .integer(digits: 1...9) }
        if name.hasPrefix("int:") {
            let bounds = name.dropFirst(4).split(separator: "-").compactMap { Int($0) }
            if bounds.count == 1 { return .integer(digits: bounds[0]...bounds[0]) }
            if bounds.count == 2, bounds[0] <= bounds[1] {
                return .integer(digits: bounds[0]...bounds[1])
            }
        }
        throw PatternError(message: "unknown token class <\(name)>; known: <int>, <int:N>, "
                            + "<int:N-M>, <number>, <spelled-year>, <proper>")
    }

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    private mutating func skipSpaces() {
        while let scalar = peek, isSpace(scalar) { index += 1 }
    }

    private mutating func readWhile(_ predicate: (Unicode.Scalar) -> Bool) -> String {
        var text = String.UnicodeScalarView()
        while let scalar = peek, predicate(scalar) {
            text.append(scalar)
            index += 1
        }
        return String(text)
    }
}
