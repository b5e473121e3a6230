import TextAnalysis

/// A document with a fixed date, for stage tests that do not look at dates.
func makeDocument(_ text: String) -> Document {
    Document(id: "test", text: text, creationDate: CalendarDate(daysSinceEpoch: 19_723))
}
