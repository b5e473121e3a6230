import EventExtraction

/// An extracted article ready to be stored: its extraction, the SHA-256 of its text (its
/// identity in the store) and the URL its record gave.
public struct StoredArticle: Sendable {
    /// What the extractor found.
    public var extraction: DocumentExtraction
    /// Hex SHA-256 of the text (`ContentHash`).
    public var hash: String
    /// The record's or metadata's URL.
    public var url: String?

    /// An article to store.
    public init(extraction: DocumentExtraction, hash: String, url: String? = nil) {
        self.extraction = extraction
        self.hash = hash
        self.url = url
    }
}

/// What writing a batch did.
public struct WriteOutcome: Sendable, Hashable {
    /// Articles stored.
    public var added = 0
    /// Articles skipped because their text was already stored.
    public var alreadyStored = 0
    /// Listed events that were new.
    public var newEvents = 0
    /// Reports merged into an event of an earlier article.
    public var merged = 0

    public init() {}

    public static func + (lhs: WriteOutcome, rhs: WriteOutcome) -> WriteOutcome {
        var sum = lhs
        sum.added += rhs.added
        sum.alreadyStored += rhs.alreadyStored
        sum.newEvents += rhs.newEvents
        sum.merged += rhs.merged
        return sum
    }
}
