import Foundation
import TextAnalysis

/// TempEval-3 Task A scoring of TIMEX3s, equivalent to `shared/tools/timex_score.py`.
///
/// Relaxed match: a system and a gold timex share a non-space character (each used once,
/// system timexes in text order paired with the first free overlapping gold one); strict
/// match: identical extents. Type and value are scored over relaxed pairs, and their F1 is
/// accuracy × relaxed F1, as the official scorer does. Timexes with no visible text are
/// ignored. A system file that is missing, unreadable or whose text differs from the gold
/// text counts as finding nothing.
public enum TimexScorer {
    /// Counts for one file or a whole corpus.
    public struct Counts: Sendable, Hashable, Codable {
        /// Gold timexes with visible text.
        public var gold = 0
        /// System timexes with visible text.
        public var system = 0
        /// Pairs sharing a non-space character.
        public var relaxed = 0
        /// Relaxed pairs with identical extents.
        public var strict = 0
        /// Relaxed pairs with the same type.
        public var type = 0
        /// Relaxed pairs with the same value.
        public var value = 0

        /// All counts zero.
        public init() {}

        static func + (lhs: Counts, rhs: Counts) -> Counts {
            var sum = lhs
            sum.gold += rhs.gold
            sum.system += rhs.system
            sum.relaxed += rhs.relaxed
            sum.strict += rhs.strict
            sum.type += rhs.type
            sum.value += rhs.value
            return sum
        }
    }

    /// Precision, recall and F1 as fractions in [0, 1]; `accuracy` for type and value.
    public struct Rates: Sendable, Hashable, Codable {
        /// Matches / system timexes.
        public var precision: Double
        /// Matches / gold timexes.
        public var recall: Double
        /// Harmonic mean of precision and recall.
        public var f1: Double
        /// Correct attributes / relaxed pairs (type and value rows only).
        public var accuracy: Double?
    }

    /// The four rows of the TempEval-3 table.
    public struct Summary: Sendable, Hashable, Codable {
        /// Exact extents.
        public var strict: Rates
        /// Overlapping extents.
        public var relaxed: Rates
        /// Type attribute over relaxed pairs.
        public var type: Rates
        /// Value attribute over relaxed pairs (the Task A headline figure).
        public var value: Rates

        /// Rates from counts, as the reference scorer computes them.
        public init(_ counts: Counts) {
            if counts.gold == 0 && counts.system == 0 {
                let one = Rates(precision: 1, recall: 1, f1: 1, accuracy: nil)
                strict = one
                relaxed = one
                type = Rates(precision: 1, recall: 1, f1: 1, accuracy: 1)
                value = type
                return
            }
            func prf(_ matches: Int) -> Rates {
                let p = counts.system > 0 ? Double(matches) / Double(counts.system) : 0
                let r = counts.gold > 0 ? Double(matches) / Double(counts.gold) : 0
                return Rates(precision: p, recall: r, f1: p + r > 0 ? 2 * p * r / (p + r) : 0)
            }
            strict = prf(counts.strict)
            let relaxed = prf(counts.relaxed)
            self.relaxed = relaxed
            func attribute(_ correct: Int) -> Rates {
                let accuracy = counts.relaxed > 0 ? Double(correct) / Double(counts.relaxed) : 0
                return Rates(precision: accuracy * relaxed.precision,
                             recall: accuracy * relaxed.recall, f1: accuracy * relaxed.f1,
                             accuracy: accuracy)
            }
            type = attribute(counts.type)
            value = attribute(counts.value)
        }
    }

    /// The result for one document, with the pairs that went wrong.
    public struct FileResult: Sendable {
        /// Path relative to the gold folder.
        public var name: String
        /// This file's counts.
        public var counts: Counts
        /// Why the system file was counted as finding nothing, if it was.
        public var error: String?
        /// Gold timexes no system timex overlaps.
        public var missed: [TimeMLDocument.Timex] = []
        /// System timexes no gold timex overlaps.
        public var falseAlarms: [TimeMLDocument.Timex] = []
        /// Relaxed pairs whose values differ.
        public var wrongValues: [(gold: TimeMLDocument.Timex, system: TimeMLDocument.Timex)]
            = []
    }

    /// Scores one system document against its gold document.
    public static func score(gold: TimeMLDocument, system: TimeMLDocument,
                             name: String) -> FileResult {
        let goldScalars = Array(gold.text.unicodeScalars)
        let goldSpans = visible(gold.timexes, goldScalars)
        var result = FileResult(name: name, counts: Counts())
        result.counts.gold = goldSpans.count
        guard system.text == gold.text else {
            result.error = "system <TEXT> differs from gold text"
            result.missed = goldSpans
            return result
        }
        let systemSpans = visible(system.timexes, goldScalars)
        result.counts.system = systemSpans.count
        var used = Set<Int>()
        var firstGold = 0
        var pairedSystem = Set<Int>()
        for (systemIndex, candidate) in systemSpans.enumerated() {
            while firstGold < goldSpans.count,
                  goldSpans[firstGold].span.end <= candidate.span.start {
                firstGold += 1
            }
            var index = firstGold
            while index < goldSpans.count, goldSpans[index].span.start < candidate.span.end {
                let goldTimex = goldSpans[index]
                if !used.contains(index),
                   sharesVisible(goldTimex.span, candidate.span, goldScalars) {
                    used.insert(index)
                    pairedSystem.insert(systemIndex)
                    result.counts.relaxed += 1
                    if goldTimex.span == candidate.span { result.counts.strict += 1 }
                    if goldTimex.type == candidate.type { result.counts.type += 1 }
                    if goldTimex.value == candidate.value {
                        result.counts.value += 1
                    } else {
                        result.wrongValues.append((goldTimex, candidate))
                    }
                    break
                }
                index += 1
            }
        }
        result.missed = goldSpans.enumerated().filter { !used.contains($0.offset) }.map(\.element)
        result.falseAlarms = systemSpans.enumerated()
            .filter { !pairedSystem.contains($0.offset) }.map(\.element)
        return result
    }

    /// Scores every `.tml` file under `goldFolder` (recursively) against the file at the same
    /// relative path under `systemFolder`. Throws only when a gold file is unusable.
    public static func score(goldFolder: String, systemFolder: String,
                             fileExtension: String = ".tml") throws(TimeMLError)
        -> (summary: Summary, counts: Counts, files: [FileResult]) {
        let manager = FileManager.default
        let names = (manager.subpaths(atPath: goldFolder) ?? [])
            .filter { $0.hasSuffix(fileExtension) && !($0 as NSString).lastPathComponent
                .hasPrefix("._") }
            .sorted()
        var total = Counts()
        var files: [FileResult] = []
        for name in names {
            let goldPath = (goldFolder as NSString).appendingPathComponent(name)
            guard let goldText = try? String(contentsOfFile: goldPath, encoding: .utf8) else {
                throw .malformed(file: goldPath, offset: 0, message: "cannot read file")
            }
            let gold = try TimeMLDocument(markup: goldText, file: goldPath, requireDate: false)
            let systemPath = (systemFolder as NSString).appendingPathComponent(name)
            var result: FileResult
            if let systemText = try? String(contentsOfFile: systemPath, encoding: .utf8) {
                do throws(TimeMLError) {
                    let system = try TimeMLDocument(markup: systemText, file: systemPath,
                                                    requireDate: false)
                    result = score(gold: gold, system: system, name: name)
                } catch {
                    result = FileResult(name: name, counts: Counts())
                    result.error = "system file unparsable (\(error))"
                }
            } else {
                result = FileResult(name: name, counts: Counts())
                result.error = "system file missing"
            }
            if result.error != nil {
                result.counts = Counts()
                result.counts.gold = visible(gold.timexes, Array(gold.text.unicodeScalars)).count
            }
            total = total + result.counts
            files.append(result)
        }
        return (Summary(total), total, files)
    }

    private static func visible(_ timexes: [TimeMLDocument.Timex],
                                _ scalars: [Unicode.Scalar]) -> [TimeMLDocument.Timex] {
        timexes.filter { timex in
            timex.span.end <= scalars.count && scalars[timex.span.start..<timex.span.end]
                .contains { !isSpace($0) }
        }
        .sorted { $0.span < $1.span }
    }

    private static func sharesVisible(_ a: Span, _ b: Span, _ scalars: [Unicode.Scalar]) -> Bool {
        let low = Swift.max(a.start, b.start)
        let high = Swift.min(a.end, b.end)
        guard low < high else { return false }
        return scalars[low..<high].contains { !isSpace($0) }
    }

    /// Python's `str.isspace`, which the reference scorer uses through `strip()`.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }
}
