import Foundation

/// Finds and reads the files shipped in `Models/` (the target's copied resource folder).
///
/// Every model and word list is read through here, so a missing or broken file always gives
/// the same kind of error: the stage, the file and what to do.
enum ModelResources {
    /// The URL of `Models/<name>` in the resource bundle.
    static func url(_ name: String, stage: String) throws(PipelineError) -> URL {
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        if let url = Bundle.module.url(forResource: base, withExtension: ext,
                                       subdirectory: "Models") {
            return url
        }
        throw PipelineError(
            stage: stage,
            message: "model file Models/\(name) is missing from the resource bundle; "
                + "rebuild, or run `eventgraph train` to create it")
    }

    /// The bytes of `Models/<name>`.
    static func data(_ name: String, stage: String) throws(PipelineError) -> Data {
        let url = try url(name, stage: stage)
        do {
            return try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw PipelineError(stage: stage, message: "cannot read \(url.path): \(error)")
        }
    }

    /// The non-comment, non-empty lines of a UTF-8 text resource, with their line numbers.
    /// When `header` is true the first such line is a column header and is skipped.
    static func lines(_ name: String, stage: String,
                      header: Bool) throws(PipelineError) -> [(number: Int, text: String)] {
        let bytes = try data(name, stage: stage)
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw PipelineError(stage: stage, message: "Models/\(name) is not UTF-8")
        }
        var result: [(Int, String)] = []
        var skippedHeader = !header
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if !skippedHeader { skippedHeader = true; continue }
            result.append((index + 1, line))
        }
        return result
    }
}
