import Foundation

/// A TSV corpus from `Tests/TimeExpressionsTests/Corpus/`, read by column name.
struct CorpusTable {
    struct Row: CustomTestStringConvertible, Sendable {
        var line: Int
        var cells: [String: String]
        var testDescription: String { "line \(line): \(cells["text"] ?? "")" }
        subscript(_ column: String) -> String { cells[column] ?? "" }
    }

    static func rows(_ name: String) -> [Row] {
        guard let url = Bundle.module.url(forResource: "Corpus/\(name)", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var header: [String]?
        var rows: [Row] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map(String.init)
            guard let names = header else {
                header = cells
                continue
            }
            var row: [String: String] = [:]
            for (index, name) in names.enumerated() where index < cells.count {
                row[name] = cells[index]
            }
            rows.append(Row(line: number + 1, cells: row))
        }
        return rows
    }
}

import Testing
