import Foundation
import TextAnalysis

/// All rules and lexicons of one language, compiled once into a dispatch table.
///
/// Each rule is indexed by the tokens that can start it, so a pass over the text tries, at
/// each token, only the few rules that could begin there (never every rule everywhere).
/// Loaded from `Resources/<lang>/rules/*.tsv` and `Resources/<lang>/lexicons/*.tsv`.
public struct TemporalRuleSet: Sendable {
    var rules: [TemporalRule]
    var lexicons: [String: Lexicon]
    /// The rules compiled to flat ops; `compiled[i]` holds rule i's op indices.
    let program: PatternProgram
    private(set) var compiled: [CompiledRule] = []
    /// Rule indices by the vocabulary id of a word that can start them.
    private(set) var rulesByWord: [[Int]] = []
    /// Rules that can start at a run of digits.
    private(set) var rulesByNumber: [Int] = []

    /// Op indices of a rule's pattern parts; -1 when absent.
    struct CompiledRule: Sendable {
        var core: Int32
        var requiredBefore: Int32
        var forbiddenBefore: Int32
        var requiredAfter: Int32
        var forbiddenAfter: Int32
    }

    /// The English rules bundled with this module, loaded and validated once per process.
    public static let english: Result<TemporalRuleSet, TemporalResourceError> = {
        do throws(TemporalResourceError) {
            return .success(try TemporalRuleSet(directory: bundledDirectory(language: "en")))
        } catch {
            return .failure(error)
        }
    }()

    /// The folder holding `rules/` and `lexicons/` for `language` inside `Bundle.module`.
    public static func bundledDirectory(language: String) -> URL {
        (Bundle.module.url(forResource: "Resources", withExtension: nil)
            ?? Bundle.module.bundleURL.appendingPathComponent("Resources"))
            .appendingPathComponent(language)
    }

    /// Loads every `lexicons/*.tsv` and `rules/*.tsv` under `directory`, in file-name order.
    public init(directory: URL) throws(TemporalResourceError) {
        lexicons = [:]
        for (name, contents) in try Self.readFolder(directory.appendingPathComponent("lexicons")) {
            let file = "lexicons/\(name).tsv"
            let table = try TSVTable(file: file, contents: contents, required: ["entry", "value"])
            lexicons[name] = try Lexicon(name: name, table: table)
        }
        rules = []
        let names = Set(lexicons.keys)
        for (name, contents) in try Self.readFolder(directory.appendingPathComponent("rules")) {
            let file = "rules/\(name).tsv"
            let table = try TSVTable(file: file, contents: contents,
                                     required: ["id", "type", "pattern", "fields", "example"])
            for row in table.rows {
                rules.append(try Self.compile(row, of: table, file: name, lexicons: names))
            }
        }
        program = PatternProgram(lexicons: lexicons)
        var seen: Set<String> = []
        for rule in rules where !seen.insert(rule.id).inserted {
            throw .invalidLine(file: "rules/\(rule.file).tsv", line: rule.line,
                               message: "rule id '\(rule.id)' is used twice")
        }
        for (index, rule) in rules.enumerated() {
            let first = firstTokens(of: rule.pattern.core)
            if first.nullable {
                throw .invalidLine(file: "rules/\(rule.file).tsv", line: rule.line,
                                   message: "pattern can match no text at all")
            }
            if first.words.isEmpty && !first.numbers {
                throw .invalidLine(file: "rules/\(rule.file).tsv", line: rule.line,
                                   message: "pattern must start with a word, lexicon or number, "
                                    + "not <proper>")
            }
            let contexts = [rule.pattern.requiredBefore, rule.pattern.forbiddenBefore,
                            rule.pattern.requiredAfter, rule.pattern.forbiddenAfter]
            if contexts.contains(where: { $0.map { firstTokens(of: $0).nullable } ?? false }) {
                throw .invalidLine(file: "rules/\(rule.file).tsv", line: rule.line,
                                   message: "a context [...] can match no text at all")
            }
            let pattern = rule.pattern
            let program = self.program
            func op(_ node: PatternNode?) -> Int32 { node.map { program.compile($0) } ?? -1 }
            compiled.append(CompiledRule(core: op(pattern.core),
                                         requiredBefore: op(pattern.requiredBefore),
                                         forbiddenBefore: op(pattern.forbiddenBefore),
                                         requiredAfter: op(pattern.requiredAfter),
                                         forbiddenAfter: op(pattern.forbiddenAfter)))
            for word in first.words.sorted() {
                let id = Int(program.intern(word))
                if rulesByWord.count <= id {
                    rulesByWord.append(contentsOf: Array(repeating: [],
                                                         count: id + 1 - rulesByWord.count))
                }
                rulesByWord[id].append(index)
            }
            if first.numbers { rulesByNumber.append(index) }
        }
        program.seal()
        rulesByWord.append(contentsOf: Array(repeating: [],
                                             count: program.vocabulary.count - rulesByWord.count))
    }

    private static func readFolder(_ url: URL) throws(TemporalResourceError)
        -> [(String, String)] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            throw .missingFile(url.path)
        }
        var result: [(String, String)] = []
        for name in names.sorted() where name.hasSuffix(".tsv") {
            let path = url.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path),
                  let text = String(data: data, encoding: .utf8) else {
                throw .missingFile(path)
            }
            result.append((String(name.dropLast(4)), text))
        }
        return result
    }

    private static func compile(_ row: TSVTable.Row, of table: TSVTable, file: String,
                                lexicons: Set<String>) throws(TemporalResourceError)
        -> TemporalRule {
        func fail(_ message: String) -> TemporalResourceError {
            .invalidLine(file: table.file, line: row.line, message: message)
        }
        let id = row["id"]
        guard !id.isEmpty else { throw fail("rule has no id") }
        let typeName = row["type"]
        let blocks = typeName == "NONE"
        guard let type = blocks ? .date : TimexType(rawValue: typeName) else {
            throw fail("type '\(typeName)' is not DATE, TIME, DURATION, SET or NONE")
        }
        let pattern: RulePattern
        do {
            pattern = try RulePatternParser.parse(row["pattern"], lexicons: lexicons)
        } catch {
            throw fail("rule \(id): \(error.message)")
        }
        var fields: [FieldAssignment] = []
        for item in row["fields"].split(separator: " ") where item != "-" {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let key = FieldKey(rawValue: parts[0]) else {
                throw fail("rule \(id): field '\(item)' is not key=value with a key of "
                            + FieldKey.allCases.map(\.rawValue).joined(separator: ", "))
            }
            var text = parts[1]
            let negated = text.hasPrefix("-$")
            if negated { text.removeFirst() }
            if text.hasPrefix("$") {
                let name = String(text.dropFirst())
                guard pattern.captureNames.contains(name) else {
                    throw fail("rule \(id): field \(key.rawValue) uses unknown capture $\(name)")
                }
                fields.append(FieldAssignment(key: key, source: .capture(name, negated: negated)))
            } else {
                var probe = TemporalParse()
                guard key.apply(text, to: &probe) else {
                    throw fail("rule \(id): '\(text)' is not a valid \(key.rawValue)")
                }
                fields.append(FieldAssignment(key: key, source: .literal(text)))
            }
        }
        let examples = row.cells(from: "example")
        guard !examples.isEmpty else { throw fail("rule \(id) has no example") }
        return TemporalRule(id: "\(file):\(id)", type: type, blocks: blocks, pattern: pattern,
                            fields: fields, examples: examples, file: file, line: row.line)
    }

    private struct FirstTokens {
        var words: Set<String> = []
        var numbers = false
        var nullable = false
    }

    private func firstTokens(of node: PatternNode) -> FirstTokens {
        var result = FirstTokens()
        switch node {
        case .word(let text):
            if TextScanner.isDigit(text.unicodeScalars.first!) {
                result.numbers = true
            } else {
                result.words = [text]
            }
        case .lexicon(let name):
            result.words = Set(lexicons[name]?.firstWords ?? [:].keys)
        case .tokenClass(.integer):
            result.numbers = true
        case .tokenClass(.spelledYear):
            result.words = Set(lexicons["numbers"]?.firstWords ?? [:].keys)
        case .tokenClass(.number):
            result.numbers = true
            result.words = Set(lexicons["numbers"]?.firstWords ?? [:].keys)
        case .tokenClass(.capitalizedWord):
            // Any word at all: no dispatch entry can hold it, so a rule may not start here.
            break
        case .sequence(let items):
            result.nullable = true
            for item in items {
                let inner = firstTokens(of: item)
                result.words.formUnion(inner.words)
                result.numbers = result.numbers || inner.numbers
                if !inner.nullable {
                    result.nullable = false
                    break
                }
            }
        case .choice(let options):
            for option in options {
                let inner = firstTokens(of: option)
                result.words.formUnion(inner.words)
                result.numbers = result.numbers || inner.numbers
                result.nullable = result.nullable || inner.nullable
            }
        case .repeated(let inner, let min, _):
            result = firstTokens(of: inner)
            result.nullable = result.nullable || min == 0
        case .capture(_, let inner), .attached(let inner), .capitalized(let inner):
            result = firstTokens(of: inner)
        }
        return result
    }
}
