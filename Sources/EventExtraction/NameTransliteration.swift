import Foundation
import TextAnalysis

/// Folds a name to a key that the usual transliterations of one name share ("Zelenskiy",
/// "Zelenskyy" and "Zelensky" → `zelenski`; "Gaddafi", "Qaddafi", "Gadhafi" → `kadafi`),
/// from `Resources/en/lexicons/transliteration-variants.tsv`.
///
/// The key only finds candidates: two people whose names fold alike are merged only under
/// the further conditions of `EventGraph`'s `PersonVariants`.
public struct NameTransliteration: Sendable {
    /// Spellings and their keys, longest spelling first.
    let alternations: [(spelling: [Character], key: String)]

    /// The bundled table, loaded and validated once.
    public static func bundled() throws(ExtractionError) -> NameTransliteration {
        switch cached {
        case .success(let table): return table
        case .failure(let error): throw error
        }
    }

    private static let cached: Result<NameTransliteration, ExtractionError> = {
        do throws(ExtractionError) {
            let table = try TSVTable.resource("transliteration-variants.tsv",
                                              required: ["spelling", "key"])
            var alternations: [(spelling: [Character], key: String)] = []
            for row in table.rows {
                let spelling = MatchKey.normalize(row["spelling"])
                guard !spelling.isEmpty else {
                    throw .badLexicon(file: table.file, line: row.line,
                                      message: "empty spelling")
                }
                alternations.append((Array(spelling), MatchKey.normalize(row["key"])))
            }
            alternations.sort { $0.spelling.count > $1.spelling.count }
            return .success(NameTransliteration(alternations: alternations))
        } catch {
            return .failure(error)
        }
    }()

    /// The name without accents, in lower case ("Erdoğan" → erdogan): what the edit
    /// distance of two spellings is measured on.
    public static func plain(_ name: String) -> String {
        // ASCII carries no diacritics: folding would return it unchanged.
        if !name.utf8.contains(where: { $0 >= 0x80 }) { return MatchKey.normalize(name) }
        return MatchKey.normalize(name.folding(options: [.diacriticInsensitive],
                                               locale: Locale(identifier: "en_US_POSIX")))
    }

    /// The key of one name word (see the type's summary).
    public func key(_ word: String) -> String {
        let letters = Array(Self.plain(word))
        var folded = ""
        var index = 0
        scanning: while index < letters.count {
            for alternation in alternations
            where letters[index...].starts(with: alternation.spelling) {
                folded += alternation.key
                index += alternation.spelling.count
                continue scanning
            }
            folded.append(letters[index])
            index += 1
        }
        // A doubled letter is written once ("Qaddafi" → qadafi).
        var result = ""
        for character in folded where character != result.last { result.append(character) }
        return result
    }
}
