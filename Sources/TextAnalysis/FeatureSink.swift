/// A fixed-capacity buffer that feature templates write their hashes into, one plain store
/// per feature.
///
/// A template function appends a hundred features or more per parser transition; through
/// `Array.append` each one is an out-of-line call checking uniqueness and capacity, which cost
/// about as much as computing the hashes. The templates write here instead and the finished
/// features are copied to the caller's array at once (`append(to:limit:_:)`), so callers,
/// training included, see the same features in the same order.
struct FeatureSink {
    private let buffer: UnsafeMutableBufferPointer<UInt64>
    /// Number of features written.
    private(set) var count = 0

    private init(_ buffer: UnsafeMutableBufferPointer<UInt64>) { self.buffer = buffer }

    /// Writes one feature; stops the program when more than the promised `limit` are written
    /// (a template set outgrew its limit: a programming error, never input-dependent).
    @inline(__always)
    mutating func append(_ feature: UInt64) {
        precondition(count < buffer.count, "more features than the template limit")
        buffer[count] = feature
        count += 1
    }

    /// Runs `body` on a sink of `limit` features and appends what it wrote to `array`.
    @inline(__always)
    static func append(to array: inout [UInt64], limit: Int,
                       _ body: (inout FeatureSink) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: limit) { buffer in
            var sink = FeatureSink(buffer)
            body(&sink)
            array.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<sink.count]))
        }
    }
}
