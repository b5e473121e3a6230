import Testing
@testable import TimeExpressions

/// Rule and lexicon files may come with Windows line ends.
struct TSVTableTests {
    @Test(arguments: ["\n", "\r\n"])
    func readsRowsWhateverTheLineEnd(lineEnd: String) throws {
        let contents = ["entry\tvalue", "# a comment", "may\t5", "june\t6"]
            .joined(separator: lineEnd) + lineEnd
        let table = try TSVTable(file: "months.tsv", contents: contents,
                                 required: ["entry", "value"])
        #expect(table.rows.map { table.cell($0, "value") } == ["5", "6"])
        #expect(table.rows.map(\.line) == [3, 4])
    }
}
