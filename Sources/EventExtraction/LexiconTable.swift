import Foundation
import TextAnalysis

/// Reading the extractor's lexicons (bundled and the user's) as `TSVTable`s, with their
/// errors reported as `ExtractionError.badLexicon`.
extension TSVTable {
    /// Parses `text`; `required` columns must be in the header.
    init(name: String, text: String, required: [String]) throws(ExtractionError) {
        do throws(TSVTableError) {
            self = try TSVTable(file: name, contents: text, required: required)
        } catch {
            throw .badLexicon(file: error.file, line: error.line, message: error.message)
        }
    }

    /// Loads a bundled resource under `Resources/en/lexicons/`.
    static func resource(_ file: String, required: [String]) throws(ExtractionError) -> TSVTable {
        guard let url = Bundle.module.url(
            forResource: file, withExtension: nil, subdirectory: "Resources/en/lexicons"),
            let data = try? Data(contentsOf: url),
            let text = String(data: data, encoding: .utf8)
        else { throw .missingResource("en/lexicons/\(file)") }
        return try TSVTable(name: "en/lexicons/\(file)", text: text, required: required)
    }
}
