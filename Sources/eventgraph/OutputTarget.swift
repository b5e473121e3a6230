import ArgumentParser
import Foundation

/// Where a command's result goes: standard output, or a file written atomically.
///
/// The destination folder is checked before any work starts, and a file is written to a
/// temporary name in the same folder and renamed into place, so a failure never leaves a
/// truncated or half-written output and an existing file is replaced only on success.
struct OutputTarget {
    let path: String?

    /// Fails early when the output's folder is missing or not writable.
    func validate() throws {
        guard let path else { return }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw ValidationError("output folder \(folder) does not exist; create it first")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
           isDirectory.boolValue {
            throw ValidationError("output \(path) is a directory; give a file name")
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw ValidationError("output folder \(folder) is not writable")
        }
    }

    func write(_ data: Data) throws {
        guard let path else {
            Console.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
            // rename(2) replaces an existing file atomically within one file system.
            guard rename(temporary.path, url.path) == 0 else {
                throw CLIError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
        } catch let error as CLIError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError.cannotWrite(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    func write(_ text: String) throws {
        try write(Data(text.utf8))
    }
}

/// Errors of the command-line tool itself.
enum CLIError: Error, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)
    /// Article files and `--db` together, for a command that reads one or the other.
    case filesAndDatabase(db: String)

    var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        case .filesAndDatabase(let db):
            return "give article files or --db, not both; add the articles first with "
                + "`eventgraph add --db \(db) FILE…`"
        }
    }
}
