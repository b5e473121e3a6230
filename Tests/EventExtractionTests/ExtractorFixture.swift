import EventExtraction
import TextAnalysis

/// Runs the standard pipeline on a short text, as the CLI would.
enum ExtractorFixture {
    static func annotate(_ text: String, date: String = "2025-11-21") throws -> Document {
        let extractor = try Extractor.standard()
        let document = Document(id: "test", text: text,
                                creationDate: CalendarDate(iso: date)!)
        return try extractor.annotate(document)
    }

    /// The names of the actors that take part (mentioned other than as places or modifiers).
    static func participants(_ document: Document) -> Set<String> {
        Set(document.actorMentions.filter(\.isParticipant).map(\.actorID))
    }
}
