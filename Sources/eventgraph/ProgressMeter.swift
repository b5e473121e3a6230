import EventStore
import Foundation

/// The progress line of `eventgraph add` on a terminal (articles done, rate, ETA), redrawn
/// at most four times a second; nothing when standard error is not a terminal (the command
/// prints one summary line instead).
final class ProgressMeter {
    let interactive: Bool
    let clock = ContinuousClock()
    let start: ContinuousClock.Instant
    var lastDraw: ContinuousClock.Instant?

    init(interactive: Bool) {
        self.interactive = interactive
        start = clock.now
    }

    var elapsed: Double {
        let duration = clock.now - start
        return Double(duration.components.seconds)
            + Double(duration.components.attoseconds) / 1e18
    }

    var elapsedText: String { String(format: "%.1f s", elapsed) }

    func rateText(_ count: Int) -> String {
        String(format: "%.1f articles/s", Double(count) / max(elapsed, 0.001))
    }

    func update(_ progress: IngestProgress) {
        guard interactive else { return }
        let now = clock.now
        if let lastDraw, now - lastDraw < .milliseconds(250), progress.done != progress.total {
            return
        }
        lastDraw = now
        let rate = Double(progress.done) / max(elapsed, 0.001)
        var line = "\(progress.done)"
        if let total = progress.total, total > 0 {
            let width = 24
            let filled = min(width, progress.done * width / total)
            let bar = String(repeating: "#", count: filled)
                + String(repeating: ".", count: width - filled)
            let remaining = rate > 0 ? Double(total - progress.done) / rate : 0
            line = "[\(bar)] \(progress.done)/\(total) articles  "
                + String(format: "%.1f/s", rate) + "  ETA " + Self.duration(remaining)
        } else {
            line += " articles  " + String(format: "%.1f/s", rate)
        }
        if progress.skipped > 0 { line += "  (\(progress.skipped) already stored)" }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    func finish() {
        if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total >= 60 ? "\(total / 60)m\(String(format: "%02d", total % 60))s" : "\(total)s"
    }
}
