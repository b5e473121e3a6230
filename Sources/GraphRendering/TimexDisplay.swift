import EventGraph

/// A TIMEX3 value as a reader sees it: calendar values at the precision the text gave
/// (`2023-02` stays a month, never "1 February"), reference values in words.
enum TimexDisplay {
    /// Shown for an event the text gives no way to date.
    static let undated = "undated"

    /// `2023-02` → `2023-02`; `PRESENT_REF` → `now`; nil → `undated`.
    static func text(for date: EventDate?) -> String {
        guard let value = date?.value, !value.isEmpty else { return undated }
        return switch value {
        case "PRESENT_REF": "now"
        case "PAST_REF": "in the past"
        case "FUTURE_REF": "in the future"
        default: value
        }
    }
}
