import Foundation

/// A UTF-8 tab-separated table with a header row, `#` comments and blank lines skipped.
///
/// Every resource and user lexicon goes through this one reader, so every malformed line is
/// reported the same way: `file:line: what is wrong`.
struct TSVTable: Sendable {
    struct Row: Sendable {
        /// 1-based line number in the file, for error messages.
        let line: Int
        let fields: [String: String]

        /// The field, or "" when the column is empty.
        subscript(_ column: String) -> String { fields[column] ?? "" }

        /// A `|`-separated list field, empty parts dropped.
        func list(_ column: String) -> [String] {
            self[column].split(separator: "|").map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }
        }
    }

    let name: String
    let columns: [String]
    let rows: [Row]

    /// Parses `text`; `required` columns must be in the header.
    init(name: String, text: String, required: [String]) throws(ExtractionError) {
        self.name = name
        var header: [String]?
        var rows: [Row] = []
        // `isNewline` also matches "\r\n", which Swift reads as one Character.
        for (offset, line) in text.split(omittingEmptySubsequences: false,
                                         whereSeparator: \.isNewline).enumerated() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") {
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { String($0) }
            guard let columns = header else {
                let missing = required.filter { !fields.contains($0) }
                if !missing.isEmpty {
                    throw .badLexicon(file: name, line: offset + 1, message:
                        "header lacks column(s) \(missing.joined(separator: ", ")); "
                        + "found \(fields.joined(separator: ", "))")
                }
                header = fields
                continue
            }
            if fields.count > columns.count {
                throw .badLexicon(file: name, line: offset + 1, message:
                    "\(fields.count) fields but the header has \(columns.count) columns")
            }
            var values: [String: String] = [:]
            for (index, value) in fields.enumerated() { values[columns[index]] = value }
            rows.append(Row(line: offset + 1, fields: values))
        }
        guard let header else {
            throw .badLexicon(file: name, line: 1, message: "no header row")
        }
        self.columns = header
        self.rows = rows
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
