import Foundation

/// Appends little-endian numbers, strings and arrays to a model file's bytes.
///
/// Model files are plain sequences of fixed-width values, so a reader can check every length
/// against the bytes left and report a truncated or foreign file instead of crashing.
struct ModelWriter {
    private(set) var data = Data()

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func write(_ value: Float) { write(value.bitPattern) }

    mutating func write(_ string: String) {
        let bytes = Array(string.utf8)
        write(UInt32(bytes.count))
        data.append(contentsOf: bytes)
    }

    mutating func write(strings: [String]) {
        write(UInt32(strings.count))
        for string in strings { write(string) }
    }

    mutating func write<T: FixedWidthInteger>(array: [T]) {
        write(UInt64(array.count))
        for value in array { write(value) }
    }

    mutating func write(array: [Float]) {
        write(UInt64(array.count))
        for value in array { write(value.bitPattern) }
    }
}

/// Reads what `ModelWriter` wrote, failing with a `PipelineError` on a short or bad file.
struct ModelReader {
    private let data: Data
    private var offset: Int
    let stage: String
    let file: String

    init(data: Data, stage: String, file: String) {
        self.data = data
        self.offset = data.startIndex
        self.stage = stage
        self.file = file
    }

    func failure(_ message: String) -> PipelineError {
        PipelineError(stage: stage,
                      message: "\(file): \(message); retrain with `eventgraph train`")
    }

    mutating func read<T: FixedWidthInteger>(_ type: T.Type) throws(PipelineError) -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= data.endIndex else {
            throw failure("file ends early at byte \(offset)")
        }
        var value = T.zero
        withUnsafeMutableBytes(of: &value) { target in
            data.copyBytes(to: target.bindMemory(to: UInt8.self), from: offset..<offset + size)
        }
        offset += size
        return T(littleEndian: value)
    }

    mutating func readFloat() throws(PipelineError) -> Float {
        Float(bitPattern: try read(UInt32.self))
    }

    mutating func readString() throws(PipelineError) -> String {
        let count = Int(try read(UInt32.self))
        guard count >= 0, offset + count <= data.endIndex else {
            throw failure("string runs past the end at byte \(offset)")
        }
        let string = String(decoding: data[offset..<offset + count], as: UTF8.self)
        offset += count
        return string
    }

    mutating func readStrings() throws(PipelineError) -> [String] {
        let count = Int(try read(UInt32.self))
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try readString()) }
        return result
    }

    mutating func readArray<T: FixedWidthInteger>(_ type: T.Type) throws(PipelineError) -> [T] {
        let count = Int(try read(UInt64.self))
        let size = MemoryLayout<T>.size
        guard count >= 0, offset + count * size <= data.endIndex else {
            throw failure("array of \(count) runs past the end at byte \(offset)")
        }
        var result = [T](repeating: 0, count: count)
        result.withUnsafeMutableBytes { target in
            data.copyBytes(to: target.bindMemory(to: UInt8.self),
                           from: offset..<offset + count * size)
        }
        offset += count * size
        if T.self != UInt8.self, UInt32(littleEndian: 1) != 1 {
            for i in result.indices { result[i] = T(littleEndian: result[i]) }
        }
        return result
    }

    mutating func readFloats() throws(PipelineError) -> [Float] {
        try readArray(UInt32.self).map { Float(bitPattern: $0) }
    }

    /// Checks the magic and accepts any version in `versions`; returns the version found.
    mutating func expectHeader(magic: String,
                               versions: ClosedRange<UInt32>) throws(PipelineError) -> UInt32 {
        let found = try readString()
        guard found == magic else { throw failure("not a \(magic) model (found \(found))") }
        let version = try read(UInt32.self)
        guard versions.contains(version) else {
            throw failure("model version \(version), this build reads \(versions)")
        }
        return version
    }

    /// Checks the magic and version at the start of a model file.
    mutating func expectHeader(magic: String, version: UInt32) throws(PipelineError) {
        let found = try readString()
        guard found == magic else { throw failure("not a \(magic) model (found \(found))") }
        let foundVersion = try read(UInt32.self)
        guard foundVersion == version else {
            throw failure("model version \(foundVersion), this build reads \(version)")
        }
    }
}
