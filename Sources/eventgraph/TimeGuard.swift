import Foundation

/// Runs a Graphviz layout with a deadline, so `graph` and `report` never hang.
///
/// Graphviz cannot be interrupted inside a layout, and its thread holds the process-wide
/// render lock; so the work runs on a worker thread and, past the deadline, the command
/// reports what to do and exits the whole process, which is the only safe way to stop it.
enum TimeGuard {
    /// Written by the worker thread before it signals; read only after the wait succeeds.
    private final class Outcome<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }

    /// `body`'s result, or exit status 1 with a message after `seconds`.
    static func run<T>(seconds: Double, _ what: String,
                       _ body: @escaping @Sendable () throws -> T) throws -> T {
        let outcome = Outcome<T>()
        let done = DispatchSemaphore(value: 0)
        let worker = Thread {
            outcome.result = Result { try body() }
            done.signal()
        }
        worker.stackSize = 16 << 20
        worker.start()
        guard done.wait(timeout: .now() + seconds) == .success, let result = outcome.result
        else {
            Console.error("error: \(what) took longer than \(seconds) s and was stopped; "
                          + "draw fewer actors (--max-actors), slice the story (--since, "
                          + "--until, --actor), or raise --timeout")
            exit(1)
        }
        return try result.get()
    }
}
