import EventGraph
import Foundation
import Testing
@testable import GraphRendering

@Suite("HTML report")
struct HTMLReportTests {
    static func page(_ graph: EventGraph = ExportFixtures.graph) throws -> String {
        let svg = String(decoding: try GraphExporter().export(graph, as: .svg), as: UTF8.self)
        return HTMLReportWriter(title: "Grain <corridor>").write(graph, diagramSVG: svg)
    }

    @Test func isSelfContainedAndOffline() throws {
        let html = try Self.page()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("content=\"default-src 'none';"))
        for request in ["src=", "href=\"http", "@import", "url(", "<link", "fetch(",
                        "XMLHttpRequest"] {
            #expect(!html.contains(request), "\(request)")
        }
        #expect(!html.contains("<?xml"), "the SVG is inlined without its prolog")
        #expect(html.contains("<title>Grain &lt;corridor&gt;</title>"))
        #expect(html.contains(">Riga &lt;Port&gt; &amp; &quot;Docks&quot;</option>"))
        #expect(html.components(separatedBy: "<li class=\"event\"").count - 1
                == ExportFixtures.events.count)
        #expect(html.contains("<blockquote>Sentence 3: Latvia blockaded Estonia at Riga."
                              + "</blockquote>"))
    }

    @Test func sameGraphGivesTheSamePage() throws {
        #expect(try Self.page() == Self.page())
    }

    @Test(.enabled(if: Chromium.path != nil,
                   Comment(rawValue: "skipped: chromium is not installed (apt-get install "
                           + "chromium); the report was NOT checked in a browser")))
    func loadsInHeadlessChromiumAndShowsEvidenceOnClick() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("story.html")
        try Data(Self.page().utf8).write(to: file)
        let run = try Chromium.dumpDOM(url: file.absoluteString + "#selftest", profile: folder)
        let result = try #require(Chromium.selftestResult(in: run.dom), "no self-test output")
        #expect(result["pass"] as? Bool == true, "\(result)")
        #expect(result["svgVisible"] as? Bool == true)
        #expect(result["timelineVisible"] as? Bool == true)
        #expect(result["evidenceShown"] as? Bool == true)
        #expect(result["typeFilterHides"] as? Bool == true)
        #expect((result["problems"] as? [Any])?.isEmpty == true)
        let console = run.log.split(separator: "\n").filter { $0.contains(":CONSOLE") }
        #expect(console.isEmpty, "console messages: \(console)")
    }
}

/// Debian's headless Chromium, when installed.
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Loads `url`, runs its scripts, and returns the DOM and the browser's log (console
    /// messages appear as `INFO:CONSOLE` lines). Killed after 90 s so a test cannot hang.
    static func dumpDOM(url: String, profile: URL) throws -> (dom: String, log: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path ?? "/usr/bin/chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu",
                             "--no-first-run", "--enable-logging=stderr", "--v=0",
                             "--user-data-dir=" + profile.appendingPathComponent("profile").path,
                             "--dump-dom", url]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: watchdog)
        // The log is drained on another thread, so neither pipe can fill up and block.
        let log = LogBox()
        let drained = DispatchSemaphore(value: 0)
        Thread {
            log.data = errors.fileHandleForReading.readDataToEndOfFile()
            drained.signal()
        }.start()
        let dom = output.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        watchdog.cancel()
        return (String(decoding: dom, as: UTF8.self), String(decoding: log.data, as: UTF8.self))
    }

    /// Written once by the draining thread before the semaphore is signalled.
    final class LogBox: @unchecked Sendable { var data = Data() }

    /// The JSON the page's self-test wrote into `#selftest-result`.
    static func selftestResult(in dom: String) -> [String: Any]? {
        guard let start = dom.range(of: "<pre id=\"selftest-result\""),
              let open = dom[start.upperBound...].firstIndex(of: ">"),
              let close = dom[open...].range(of: "</pre>") else { return nil }
        let text = String(dom[dom.index(after: open)..<close.lowerBound])
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
        return (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }
}
