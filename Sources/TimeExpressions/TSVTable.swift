/// A parsed TSV resource: header names and the data rows with their 1-based line numbers.
///
/// Comment lines (`#`) and blank lines are skipped; every row must have at least as many
/// cells as the header has required columns, so a missing tab is reported with its line.
struct TSVTable: Sendable {
    struct Row: Sendable {
        var line: Int
        var cells: [String]
    }

    var file: String
    var header: [String]
    var rows: [Row]

    init(file: String, contents: String, required: [String]) throws(TemporalResourceError) {
        self.file = file
        var header: [String]?
        var rows: [Row] = []
        var lineNumber = 0
        // `isNewline` also splits "\r\n", which Swift reads as one Character.
        for line in contents.split(omittingEmptySubsequences: false,
                                   whereSeparator: \.isNewline) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingSpaces() }
            if header == nil {
                for name in required where !cells.contains(name) {
                    throw .invalidLine(file: file, line: lineNumber,
                                       message: "header lacks column '\(name)'; it has "
                                        + cells.joined(separator: ", "))
                }
                header = cells
                continue
            }
            rows.append(Row(line: lineNumber, cells: cells))
        }
        guard let header else {
            throw .invalidLine(file: file, line: 1, message: "no header row")
        }
        self.header = header
        self.rows = rows
    }

    /// Index of a header column.
    func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// The cell of `row` in column `name`, empty when the row is short.
    func cell(_ row: Row, _ name: String) -> String {
        guard let index = column(name), index < row.cells.count else { return "" }
        return row.cells[index]
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        var slice = self[...]
        while let first = slice.first, first == " " { slice = slice.dropFirst() }
        while let last = slice.last, last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
