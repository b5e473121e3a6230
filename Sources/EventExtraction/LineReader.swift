import Foundation

/// Reads a file (or bytes already in memory) line by line without holding the whole file,
/// so a corpus of any size streams in constant memory.
///
/// Lines are split on `\n` (a trailing `\r` is dropped); line numbers count from 1.
struct LineReader {
    private let handle: FileHandle?
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    private(set) var lineNumber = 0
    /// Bytes read per chunk.
    let chunkSize = 1 << 20

    /// Streams the file at `path`.
    init(path: String) throws {
        handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    }

    /// Reads `data` already in memory (standard input).
    init(data: Data) {
        handle = nil
        buffer = [UInt8](data)
        finished = true
    }

    /// The next line's bytes, or nil at the end.
    mutating func next() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                var line = buffer[position..<newline]
                position = newline + 1
                if line.last == 0x0D { line = line.dropLast() }
                lineNumber += 1
                return line
            }
            if finished {
                guard position < buffer.count else { return nil }
                var line = buffer[position...]
                position = buffer.count
                if line.last == 0x0D { line = line.dropLast() }
                lineNumber += 1
                return line
            }
            buffer.removeFirst(position)
            position = 0
            let chunk = handle?.readData(ofLength: chunkSize) ?? Data()
            if chunk.isEmpty {
                finished = true
                try? handle?.close()
            } else {
                buffer.append(contentsOf: chunk)
            }
        }
    }
}
