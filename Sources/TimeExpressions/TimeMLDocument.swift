import TextAnalysis

/// A TimeML file read into its parts: the raw text inside `<TEXT>` (tags removed, entities
/// decoded), the creation date from `<DCT>`, and the gold TIMEX3s it already holds.
///
/// The text is exactly what TempEval scorers compare, so a tagger's output written back with
/// `TimeMLWriter` lines up character for character with the gold file.
public struct TimeMLDocument: Sendable {
    /// A TIMEX3 found inside `<TEXT>` (gold annotation), offsets in `text`'s scalars.
    public struct Timex: Sendable, Hashable {
        /// Extent in scalar offsets into `TimeMLDocument.text`.
        public var span: Span
        /// The `tid` attribute.
        public var tid: String
        /// The `type` attribute as written (DATE, TIME, DURATION, SET).
        public var type: String
        /// The `value` attribute.
        public var value: String
        /// The `mod` attribute, if any.
        public var mod: String?
    }

    /// Document id from `<DOCID>`, or the file name given to the reader.
    public var id: String
    /// `<TEXT>` content with markup removed and entities decoded.
    public var text: String
    /// Creation date from the `<DCT>` TIMEX3, nil if it has none.
    public var creationDate: CalendarDate?
    /// The raw DCT value (may carry a time, `1998-02-13T14:35:00`).
    public var creationValue: String?
    /// TIMEX3 elements inside `<TEXT>`, in document order.
    public var timexes: [Timex]

    /// Assembles a document from its parts (used by the reader).
    public init(id: String, text: String, creationDate: CalendarDate?, creationValue: String?,
                timexes: [Timex]) {
        self.id = id
        self.text = text
        self.creationDate = creationDate
        self.creationValue = creationValue
        self.timexes = timexes
    }

    /// Reads TimeML markup; `file` only names the source in errors.
    /// With `requireDate` false a missing or malformed `<DCT>` is not an error (scoring only
    /// needs the text).
    public init(markup: String, file: String, requireDate: Bool = true) throws(TimeMLError) {
        var reader = TimeMLReader(markup: markup, file: file, requireDate: requireDate)
        self = try reader.read()
    }

    /// A `Document` for the pipeline, dated by the DCT (or `fallbackDate` when absent).
    public func document(fallbackDate: CalendarDate? = nil) throws(TimeMLError) -> Document {
        guard let date = creationDate ?? fallbackDate else {
            throw .invalidCreationTime(file: id, value: creationValue)
        }
        return Document(id: id, text: text, creationDate: date,
                        creationDateSource: creationDate == nil ? .option : .timeml)
    }
}
