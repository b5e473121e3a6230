/// A half-open range of Unicode scalar offsets into a document's original text.
///
/// Scalar offsets are the unit TimeML and most annotation tools count in, so a span can be
/// handed to a user, a test or a TimeML file and still point at the exact characters.
public struct Span: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar (exclusive).
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    /// Number of scalars covered.
    public var length: Int { end - start }

    /// Whether `other` lies entirely inside this span.
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    /// The smallest span covering both.
    public func union(_ other: Span) -> Span {
        Span(start: Swift.min(start, other.start), end: Swift.max(end, other.end))
    }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
