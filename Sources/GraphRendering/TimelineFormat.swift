/// The views `TimelineFormatter` can produce; raw values are what a user types
/// (`--format markdown`), so the CLI can parse them directly.
public enum TimelineFormat: String, Sendable, Hashable, CaseIterable {
    /// Aligned columns for a terminal: date, summary, type, certainty marker.
    case text
    /// A Markdown (GFM) table.
    case markdown
    /// RFC 4180 CSV with a header row, CRLF line ends, for spreadsheets.
    case csv
    /// The `events` array of the extraction schema, pretty printed with sorted keys.
    case json
    /// A TimelineJS 3 JSON file (https://timeline.knightlab.com/docs/json-format.html).
    case timelinejs
    /// A Mermaid `timeline` diagram, sections per year, for Markdown documents.
    case mermaid
}
