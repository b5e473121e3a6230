import TextAnalysis
import TimeExpressions

/// Finds the document date in a dateline: a short first line, or the start of the first
/// line, that holds a full date ("MOSCOW, November 21, 2025 (Reuters) -",
/// "21 November 2025", "2025-11-21"). Uses the temporal tagger, so any date form it reads
/// works; a date without a year is resolved against the reference (the run date).
struct DatelineReader: Sendable {
    /// How far into the first line the date may start, in characters.
    let maximumOffset = 80

    let tagger: TemporalTagger
    let normalizer = TemporalNormalizer(policy: .documentDate)

    init() throws(ExtractionError) {
        do {
            tagger = try TemporalTagger.load()
        } catch {
            throw .stageFailed(stage: "temporal-tagger", message: "\(error)")
        }
    }

    func date(in text: String, reference: CalendarDate) -> CalendarDate? {
        let firstLine = text.split(separator: "\n", maxSplits: 1,
                                   omittingEmptySubsequences: true).first.map(String.init) ?? ""
        guard !firstLine.isEmpty else { return nil }
        let head = String(firstLine.unicodeScalars.prefix(200))
        var document = Document(id: "dateline", text: head, creationDate: reference,
                                creationDateSource: .today)
        do {
            try tagger.process(&document)
            try normalizer.process(&document)
        } catch {
            return nil
        }
        for mention in document.timexes where mention.span.start <= maximumOffset
            && mention.type == .date {
            // Only a date the text spells out: "on Friday" in a first sentence is no dateline.
            guard mention.resolved?.month?.isKnown == true,
                  mention.resolved?.day?.isKnown == true else { continue }
            if let date = CalendarDate(iso: mention.value), mention.value.count == 10 {
                return date
            }
        }
        return nil
    }
}
