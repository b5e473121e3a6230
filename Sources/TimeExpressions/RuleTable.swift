import TextAnalysis

/// Reading the tagger's rule and lexicon files as `TSVTable`s, with their errors reported as
/// `TemporalResourceError.invalidLine`.
extension TSVTable {
    /// Parses `contents`; a row may carry more cells than the header (a rule's examples).
    init(file: String, contents: String, required: [String]) throws(TemporalResourceError) {
        do throws(TSVTableError) {
            self = try TSVTable(file: file, contents: contents, required: required,
                                allowsExtraCells: true)
        } catch {
            throw .invalidLine(file: error.file, line: error.line, message: error.message)
        }
    }
}
