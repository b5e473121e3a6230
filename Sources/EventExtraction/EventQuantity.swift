import TextAnalysis

/// How a reported figure is hedged: "at least 12" and "12" are different readings, and two
/// outlets that differ only in the hedge have not given the same number.
public enum QuantityBound: String, Sendable, Hashable, Codable, CaseIterable {
    /// The figure as written, with no hedge.
    case exact
    /// "at least", "more than", "over": the true figure may be higher.
    case atLeast = "at-least"
    /// "up to", "fewer than", "nearly": the true figure may be lower.
    case atMost = "at-most"
    /// "about", "some", "an estimated": an estimate.
    case about

    /// The hedge as a reader writes it before the number ("at least "), empty for `exact`.
    public var prefix: String {
        switch self {
        case .exact: ""
        case .atLeast: "at least "
        case .atMost: "up to "
        case .about: "about "
        }
    }
}

/// A number an event's report gives for what was done or suffered ("shot down 58 drones",
/// "killed at least 12 people", "pledged $3 billion"): the figure sources most often disagree
/// on, so every reading is kept with where it was read (`QuantityFinder`).
public struct EventQuantity: Sendable, Hashable, Codable {
    /// The figure with its hedge ("at least 12", "two dozen", "1.2 million").
    public var span: Span
    /// The figure's value (58, 1_200_000).
    public var value: Double
    public var bound: QuantityBound
    /// What is counted, as the counted noun's lemma (`drone`, `person`, `$`); empty when the
    /// text gives a bare number ("killed 14").
    public var unit: String
    /// Which argument of the trigger holds the figure: `object` or `subject`.
    public var role: String

    public init(span: Span, value: Double, bound: QuantityBound, unit: String, role: String) {
        self.span = span
        self.value = value
        self.bound = bound
        self.unit = unit
        self.role = role
    }
}
