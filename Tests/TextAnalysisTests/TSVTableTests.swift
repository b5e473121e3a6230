import Testing
@testable import TextAnalysis

/// Rule files, lexicons and user tables all read through `TSVTable`.
struct TSVTableTests {
    /// Files may come with Windows line ends.
    @Test(arguments: ["\n", "\r\n"])
    func readsRowsWhateverTheLineEnd(lineEnd: String) throws {
        let contents = ["entry\tvalue", "# a comment", "may\t5", "june \t 6"]
            .joined(separator: lineEnd) + lineEnd
        let table = try TSVTable(file: "months.tsv", contents: contents,
                                 required: ["entry", "value"])
        #expect(table.rows.map { $0["value"] } == ["5", "6"])
        #expect(table.rows.map { $0["entry"] } == ["may", "june"])
        #expect(table.rows.map(\.line) == [3, 4])
    }

    @Test func listsAndRepeatedLastColumns() throws {
        let table = try TSVTable(file: "rules.tsv",
                                 contents: "id\taliases\texample\nr1\ta| b ||c\tx\t\ty\n",
                                 required: ["id"], allowsExtraCells: true)
        let row = try #require(table.rows.first)
        #expect(row.list("aliases") == ["a", "b", "c"])
        #expect(row.cells(from: "example") == ["x", "y"])
        #expect(row["missing"] == "")
    }

    @Test(arguments: [
        ("word\tkind\nmilitants\tgroup\textra\n", 2, "3 fields but the header has 2 columns"),
        ("term\tkind\n", 1, "header lacks column(s) word; found term, kind"),
        ("# only a comment\n\n", 1, "no header row"),
    ])
    func badTablesNameTheirLine(contents: String, line: Int, message: String) {
        #expect(throws: TSVTableError(file: "t.tsv", line: line, message: message)) {
            _ = try TSVTable(file: "t.tsv", contents: contents, required: ["word", "kind"])
        }
    }
}
