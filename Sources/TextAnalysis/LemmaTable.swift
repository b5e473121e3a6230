import Foundation

/// Exceptions to `LemmaRules`: (lower-cased form, XPOS) → lemma, learned from the treebanks.
///
/// Stored as `Models/lemmas.tsv` (`form<TAB>xpos<TAB>lemma`, sorted) so a wrong lemma can be
/// fixed by editing one line. Keys are hashed once at load; lookups build no strings.
public struct LemmaTable: Sendable {
    /// The file name in `Models/`.
    public static let fileName = "lemmas.tsv"
    private let entries: [UInt64: String]

    /// Number of exceptions.
    public var count: Int { entries.count }

    init(rows: [(form: String, xpos: String, lemma: String)]) {
        var entries: [UInt64: String] = [:]
        for row in rows {
            entries[Self.key(lower: WordShape(row.form).lower, xpos: row.xpos)] = row.lemma
        }
        self.entries = entries
    }

    static func key(lower: UInt64, xpos: String) -> UInt64 {
        FeatureHash.feature(31, lower, FeatureHash.string(xpos))
    }

    /// The exception for a word whose lower-case hash is `lower`, if any.
    func lemma(lower: UInt64, xpos: String) -> String? {
        entries[Self.key(lower: lower, xpos: xpos)]
    }

    /// The table shipped in `Models/`, read once on first use.
    public static func shipped() throws(PipelineError) -> LemmaTable {
        try cached.get()
    }

    private static let cached: Result<LemmaTable, PipelineError> = {
        do throws(PipelineError) {
            var rows: [(String, String, String)] = []
            for (number, line) in try ModelResources.lines(fileName, stage: "lemmatizer",
                                                           header: true) {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count == 3 else {
                    throw PipelineError(stage: "lemmatizer",
                                        message: "\(fileName):\(number): expected "
                                            + "`form<TAB>xpos<TAB>lemma`")
                }
                rows.append((String(fields[0]), String(fields[1]), String(fields[2])))
            }
            // Hand-written irregular verbs fill in forms the treebanks never showed and win
            // over treebank noise (`fled` once annotated `flead`).
            for (number, line) in try ModelResources.lines("irregular-verbs.tsv",
                                                           stage: "lemmatizer", header: true) {
                let fields = line.split(separator: "\t").map(String.init)
                guard fields.count == 3 else {
                    throw PipelineError(stage: "lemmatizer",
                                        message: "irregular-verbs.tsv:\(number): expected "
                                            + "`base<TAB>past<TAB>participle`")
                }
                let extra = [(fields[1], "VBD", fields[0]), (fields[2], "VBN", fields[0])]
                rows.append(contentsOf: extra)
            }
            return .success(LemmaTable(rows: rows))
        } catch { return .failure(error) }
    }()

    /// Learns the exceptions from treebank sentences: for each (form, XPOS) the most frequent
    /// gold lemma, kept when the rules (and the default lower-casing) get it wrong.
    /// Returns the TSV text of `Models/lemmas.tsv`.
    public static func build(from sentences: [TreebankSentence]) -> String {
        var counts: [String: [String: Int]] = [:]
        for sentence in sentences {
            for word in sentence.words where word.upos != "PROPN" && word.lemma != "_" {
                let lower = word.form.lowercased()
                if lower.contains("\t") || word.lemma.contains("\t") { continue }
                counts["\(lower)\t\(word.xpos)", default: [:]][word.lemma, default: 0] += 1
            }
        }
        var lines: [String] = []
        for (key, lemmas) in counts {
            guard let best = lemmas.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })
            else { continue }
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            let form = String(parts[0]), xpos = String(parts[1])
            if LemmaRules.lemma(of: form, xpos: xpos) != best.key {
                lines.append("\(form)\t\(xpos)\t\(best.key)")
            }
        }
        lines.sort()
        return "# Lemma exceptions learned from UD English train (EWT + GUM) by\n"
            + "# `eventgraph train lemmas`; rules in LemmaRules.swift cover the rest.\n"
            + "form\txpos\tlemma\n" + lines.joined(separator: "\n") + "\n"
    }
}
