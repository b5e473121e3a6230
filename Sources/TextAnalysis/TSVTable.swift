/// A UTF-8 tab-separated table with a header row; `#` comment lines and blank lines are
/// skipped and cells are trimmed of spaces.
///
/// Every rule file, resource lexicon and user table of the project goes through this one
/// reader, so a malformed line is reported the same way everywhere: `file:line: what is
/// wrong`. Each module wraps `TSVTableError` into its own error type.
public struct TSVTable: Sendable {
    /// One data row and where it stands in the file.
    public struct Row: Sendable {
        /// 1-based line number in the file, for error messages.
        public let line: Int
        /// The cells in file order (a row may be shorter than the header).
        public let cells: [String]
        let columns: [String: Int]

        /// The cell of `column`, or "" when the column is missing or the row is short.
        public subscript(_ column: String) -> String {
            guard let index = columns[column], index < cells.count else { return "" }
            return cells[index]
        }

        /// A `|`-separated list cell, empty parts dropped.
        public func list(_ column: String) -> [String] {
            self[column].split(separator: "|").map { Self.trimmed($0) }.filter { !$0.isEmpty }
        }

        /// The non-empty cells from `column` to the end of the row (for a last column that
        /// may repeat, such as a rule's examples).
        public func cells(from column: String) -> [String] {
            guard let index = columns[column] else { return [] }
            return cells[min(index, cells.count)...].filter { !$0.isEmpty }
        }

        static func trimmed(_ text: Substring) -> String {
            var slice = text
            while slice.first == " " { slice = slice.dropFirst() }
            while slice.last == " " { slice = slice.dropLast() }
            return String(slice)
        }
    }

    /// The file name used in error messages.
    public let file: String
    /// The header's column names, in file order.
    public let header: [String]
    public let rows: [Row]

    /// Parses `contents`. `required` columns must be in the header; a row with more cells
    /// than the header has columns is an error unless `allowsExtraCells` (a missing tab
    /// shows up that way).
    public init(file: String, contents: String, required: [String],
                allowsExtraCells: Bool = false) throws(TSVTableError) {
        self.file = file
        var header: [String]?
        var columns: [String: Int] = [:]
        var rows: [Row] = []
        // `isNewline` also matches "\r\n", which Swift reads as one Character.
        for (offset, line) in contents.split(omittingEmptySubsequences: false,
                                             whereSeparator: \.isNewline).enumerated() {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { Row.trimmed($0) }
            guard let names = header else {
                let missing = required.filter { !cells.contains($0) }
                if !missing.isEmpty {
                    throw TSVTableError(file: file, line: offset + 1, message:
                        "header lacks column(s) \(missing.joined(separator: ", ")); "
                        + "found \(cells.joined(separator: ", "))")
                }
                header = cells
                for (index, name) in cells.enumerated() where columns[name] == nil {
                    columns[name] = index
                }
                continue
            }
            if !allowsExtraCells, cells.count > names.count {
                throw TSVTableError(file: file, line: offset + 1, message:
                    "\(cells.count) fields but the header has \(names.count) columns")
            }
            rows.append(Row(line: offset + 1, cells: cells, columns: columns))
        }
        guard let header else {
            throw TSVTableError(file: file, line: 1, message: "no header row")
        }
        self.header = header
        self.rows = rows
    }
}

/// A malformed line of a TSV table.
public struct TSVTableError: Error, Sendable, Hashable {
    public let file: String
    public let line: Int
    public let message: String
}
