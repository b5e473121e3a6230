import TextAnalysis

/// Chooses an article's document date (DCT) from the places that can give one, and says
/// when they disagree.
///
/// Order of precedence: the caller's explicit date (`--date`), the corpus record's `date`
/// or the `.meta.json` beside the file, the dateline at the top of the text, and finally the
/// fallback (the run date). A dateline without a year ("MOSCOW, Nov 21 (Reuters) -") is read
/// against the record's date when there is one, so the two can be compared. Every source
/// that gives a different day than the chosen one becomes a note, so a wrong record date
/// or a stale dateline is visible rather than silently overruled.
public struct DocumentDating: Sendable {
    let datelines: DatelineReader

    public init() throws(ExtractionError) {
        datelines = try DatelineReader()
    }

    /// The date chosen, where it came from, and one note per disagreeing source.
    public struct Choice: Sendable, Hashable {
        public var date: CalendarDate
        public var source: DateSource
        public var conflicts: [String]
    }

    /// Decides the date of `text`; `recordDate` is the record's or metadata's date.
    public func choose(text: String, explicitDate: CalendarDate?, recordDate: CalendarDate?,
                       fallbackDate: CalendarDate) -> Choice {
        let dateline = datelines.date(in: text, reference: recordDate ?? fallbackDate)
        let candidates: [(DateSource, CalendarDate?)] = [
            (.option, explicitDate), (.metadata, recordDate), (.dateline, dateline),
        ]
        guard let chosen = candidates.first(where: { $0.1 != nil }), let date = chosen.1 else {
            return Choice(date: fallbackDate, source: .today, conflicts: [])
        }
        let conflicts = candidates.compactMap { source, other -> String? in
            guard let other, other != date else { return nil }
            return "document date \(date) (\(Self.name(chosen.0))) but the "
                + "\(Self.name(source)) says \(other); using \(date)"
        }
        return Choice(date: date, source: chosen.0, conflicts: conflicts)
    }

    static func name(_ source: DateSource) -> String {
        switch source {
        case .option: "--date option"
        case .metadata: "record"
        case .dateline: "dateline"
        case .timeml: "TimeML DCT"
        case .today: "run date"
        }
    }
}
