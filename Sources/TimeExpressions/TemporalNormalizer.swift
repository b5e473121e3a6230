import TextAnalysis

/// Resolves the mentions found by `TemporalTagger` to TIMEX3 values.
///
/// Deictic expressions ("yesterday", "last month", "in April") resolve against the document
/// creation date; narrative ones ("the next day", "a year earlier") against the running
/// reference — the last resolved date or time before them — as `policy` says. Bare weekdays
/// and months take the clause's tense to pick the last or the next one; when that choice
/// is a guess it is recorded as a `Diagnostic`, never hidden.
public struct TemporalNormalizer: PipelineStage {
    /// Stable stage name, recorded in diagnostics and used to disable the stage.
    public let name = "temporal-normalizer"
    /// How narrative expressions find their reference.
    public var policy: ReferencePolicy

    /// Where narrative expressions take their reference from.
    public enum ReferencePolicy: String, Sendable, Hashable, Codable {
        /// The previous resolved date or time in the text, else the document date (news).
        case runningReference
        /// Always the document date.
        case documentDate
    }

    /// A normaliser; news wants the default, narrative references from the running date.
    public init(policy: ReferencePolicy = .runningReference) {
        self.policy = policy
    }

    /// Fills the values of `document.timexes` against `document.creationDate` and appends
    /// notes about guesses to `document.diagnostics`.
    public func process(_ document: inout Document) throws(PipelineError) {
        var diagnostics: [Diagnostic] = []
        document.timexes = normalize(document.timexes, against: document.creationDate,
                                     diagnostics: &diagnostics)
        document.diagnostics.append(contentsOf: diagnostics)
    }

    /// Returns `mentions` with `value`, `mod` and `resolved` filled, in the same order.
    public func normalize(_ mentions: [TemporalMention], against documentDate: CalendarDate,
                          diagnostics: inout [Diagnostic]) -> [TemporalMention] {
        var running: CalendarPoint?
        // A retrospective text (a biography, a history): at least three dates that name their
        // year, fewer than a third of them within a year of the document's, and not one day
        // counted from the document date ("today", "yesterday", a weekday). There a bare month
        // or day belongs to the year the text last named ("Holt opened 2012 with Altoona …
        // expanded on September 1"); news, which always has such days, keeps reading bare
        // months from the document date.
        let namedYears = mentions.compactMap { $0.parse.unit == nil ? $0.parse.year : nil }
        let nearDocument = namedYears.filter { abs($0 - documentDate.year) <= 1 }.count
        let deictic = mentions.contains {
            ($0.parse.unit == .day && $0.parse.shift != nil) || ($0.parse.weekday != nil
                && $0.parse.year == nil && $0.parse.month == nil)
        }
        let retrospective = policy == .runningReference && namedYears.count >= 3 && !deictic
            && nearDocument * 3 < namedYears.count
        var namedYear: Int?
        var result: [TemporalMention] = []
        result.reserveCapacity(mentions.count)
        for (index, var mention) in mentions.enumerated() {
            var reference = policy == .runningReference ? running : nil
            // "2:15 a.m. local time on March 11": the time is on the day named after it.
            if mention.parse.datedByNext, index + 1 < mentions.count {
                var next = Resolution(documentDate: documentDate, running: reference,
                                      span: mentions[index + 1].span, stage: name)
                if let day = next.resolve(mentions[index + 1].parse,
                                          type: mentions[index + 1].type).point,
                   day.granularity == .day {
                    reference = day
                }
            }
            var context = Resolution(documentDate: documentDate, running: reference,
                                     span: mention.span, stage: name)
            let bare = mention.parse.year == nil && mention.parse.month != nil
                && mention.parse.shift == nil && mention.parse.holiday == nil
            let outcome = context.resolve(mention.parse, type: mention.type,
                                          narrativeYear: retrospective && bare ? namedYear : nil)
            if mention.parse.year != nil, mention.parse.unit == nil, let point = outcome.point {
                namedYear = point.year
            }
            diagnostics.append(contentsOf: context.diagnostics)
            mention.value = outcome.value
            mention.mod = mention.parse.mod
            mention.quant = mention.parse.quant
            mention.resolved = outcome.point?.resolvedFields
            if let point = outcome.point, context.becomesReference,
               mention.type == .date || mention.type == .time {
                running = point
            } else if mention.type == .duration, mention.parse.narrative,
                      mention.parse.shift != nil, policy == .runningReference {
                // "[three days] later": TimeML tags the length, but the narrative has moved on
                // to the date it reaches, which "the next day" after it counts from.
                var reach = Resolution(documentDate: documentDate, running: running,
                                       span: mention.span, stage: name)
                if let point = reach.resolve(mention.parse, type: .date).point,
                   reach.becomesReference {
                    running = point
                }
            }
            result.append(mention)
        }
        return result
    }
}
