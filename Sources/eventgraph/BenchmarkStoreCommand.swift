import ArgumentParser
import EventExtraction
import EventGraph
import EventStore
import Foundation
import GraphRendering
import TextAnalysis

/// `eventgraph benchmark-store`: add a corpus to a fresh store, add it again, and time
/// one-actor timelines over it, printed as JSON; build with `-c release` for real figures.
///
/// The corpus is made by `Scripts/make-bench-corpus.py` (10,000 articles from TempEval-3
/// TBAQ and UD GUM news). Peak RSS is the process's high-water mark (`VmHWM`) after the
/// first run. Queries time what `eventgraph timeline --db … --actor A` does after opening
/// the database: the indexed query, loading the events and their reports, ordering, and
/// formatting the text timeline.
struct BenchmarkStoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark-store",
        abstract: "Time adding a corpus to a store, re-adding it, and one-actor queries (JSON)."
    )

    @Argument(help: "The corpus (JSONL, a folder or files), e.g. /tmp/eventgraph-bench/corpus.jsonl.")
    var corpus: [String]

    @Option(name: .long, help: "The database to create (must not exist; default: a temporary file, deleted after).")
    var db: String?

    @Option(name: .long, help: "Articles written per transaction.")
    var batch = 64

    @Flag(name: .long, help: "Only time the queries, on the existing --db.")
    var queriesOnly = false

    @Option(name: .long, help: "Timed runs of each query; the median is reported.")
    var `repeat` = 11

    @Flag(name: .long, help: "Extract the corpus first, then time only writing it to a new store.")
    var writesOnly = false

    func run() async throws {
        if writesOnly { return try timeWrites() }
        let path = db ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("eventgraph-bench-\(UUID().uuidString).sqlite").path
        if queriesOnly {
            guard db != nil, FileManager.default.fileExists(atPath: path) else {
                throw ValidationError("--queries-only needs the --db of a stored corpus")
            }
        } else if FileManager.default.fileExists(atPath: path) {
            throw ValidationError("\(path) exists; give a new --db path")
        }
        defer { if db == nil { Self.removeDatabase(at: path) } }
        var figures: [String: Double] = [:]
        let clock = ContinuousClock()
        let store = try EventStore(path: path, create: true)
        let extractor = try Extractor.standard()
        let reader = try ArticleReader()
        func corpusReader() throws -> CorpusReader {
            try CorpusReader(inputs: corpus, reader: reader, explicitDate: nil,
                             fallbackDate: CalendarDate(daysSinceEpoch: 0),
                             standardInput: nil)
        }
        let ingester = CorpusIngester(store: store, extractor: extractor, batchSize: batch)
        for pass in queriesOnly ? [] : ["first", "again"] {
            let start = clock.now
            let cpuStart = Self.processCPUSeconds()
            let reading = try corpusReader()
            let total = try reading.validate()
            let validated = clock.now
            let run = try store.beginRun(started: pass, inputs: corpus)
            let outcome = try await ingester.ingest(reading, run: run, total: total)
            let seconds = Self.seconds(clock.now - start)
            figures["\(pass).articles"] = Double(total)
            figures["\(pass).added"] = Double(outcome.added)
            figures["\(pass).seconds"] = seconds
            figures["\(pass).seconds.validation"] = Self.seconds(validated - start)
            figures["\(pass).articlesPerSecond"] = Double(total) / seconds
            figures["\(pass).cpuSeconds"] = Self.processCPUSeconds() - cpuStart
            if pass == "first" {
                figures["first.newEvents"] = Double(outcome.newEvents)
                figures["first.mergedReports"] = Double(outcome.merged)
                figures["first.peakRSSMegabytes"] = Self.peakRSSMegabytes()
            }
        }
        if !queriesOnly {
            figures["again.ratioToFirst"] = (figures["again.seconds"] ?? 0)
                / max(figures["first.seconds"] ?? 1, 0.001)
        }
        figures["peakRSSMegabytes.afterReAdd"] = Self.peakRSSMegabytes()
        let counts = try store.counts()
        figures["store.documents"] = Double(counts.documents)
        figures["store.events"] = Double(counts.events)
        figures["store.reports"] = Double(counts.reports)
        figures["store.megabytes"] = Self.megabytes(ofFileAt: path)

        // Queries as the views run them: on the database opened for reading.
        let viewStore = try EventStore(path: path, create: false, readOnly: true)
        // The busiest actor (the slowest timeline) and one from the middle of the list.
        let busiest = try viewStore.busiestActors(limit: 200)
        let picks = [("busiest", busiest.first), ("median", busiest.dropFirst(busiest.count / 2).first)]
        for (name, pick) in picks {
            guard let pick else { continue }
            var times: [Double] = []
            var cpuTimes: [Double] = []
            var lines = 0
            for _ in 0..<max(1, `repeat`) {
                let start = clock.now
                let cpuStart = Self.processCPUSeconds()
                var query = StoreQuery()
                query.actors = [pick.actor]
                query.includesReportDetails = false
                let graph = try GraphSlice(actor: pick.actor).apply(to: viewStore.graph(for: query))
                let text = try TimelineFormatter(format: .text, includesEvidence: false)
                    .format(events: graph.events.filter(\.salient), actors: graph.actors)
                times.append(Self.seconds(clock.now - start) * 1000)
                cpuTimes.append((Self.processCPUSeconds() - cpuStart) * 1000)
                lines = text.split(separator: "\n").count
            }
            times.sort()
            cpuTimes.sort()
            figures["query.\(name).cpuMilliseconds.median"] = cpuTimes[cpuTimes.count / 2]
            figures["query.\(name).events"] = Double(pick.events)
            figures["query.\(name).timelineLines"] = Double(lines)
            figures["query.\(name).milliseconds.median"] = times[times.count / 2]
            figures["query.\(name).milliseconds.max"] = times.last ?? 0
            Console.error("query.\(name).actor = \(pick.actor)")
        }
        figures["peakRSSMegabytes.afterQueries"] = Self.peakRSSMegabytes()
        try Self.printFigures(figures)
    }

    /// `--writes-only`: the store's share of `add` alone. The corpus is extracted first (one
    /// article at a time), then written `repeat` times to a new temporary store in batches
    /// of `batch` articles, as `add` writes them; nothing else runs meanwhile, so the process
    /// CPU time of that phase is the writer's.
    func timeWrites() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("eventgraph-bench-\(UUID().uuidString).sqlite").path
        defer { Self.removeDatabase(at: path) }
        let extractor = try Extractor.standard()
        let reader = try CorpusReader(inputs: corpus, reader: try ArticleReader(),
                                      explicitDate: nil,
                                      fallbackDate: CalendarDate(daysSinceEpoch: 0),
                                      standardInput: nil)
        var articles: [StoredArticle] = []
        var iterator = reader.makeIterator()
        while let article = try iterator.next() {
            articles.append(StoredArticle(
                extraction: try extractor.extract(article.document),
                hash: ContentHash.of(article.document.text), url: article.url))
        }
        // Each run writes the same articles to a new store; the median run is reported.
        var cpuTimes: [Double] = []
        var times: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<max(1, `repeat`) {
            Self.removeDatabase(at: path)
            let store = try EventStore(path: path, create: true)
            let run = try store.beginRun(started: "writes-only", inputs: corpus)
            let start = clock.now
            let cpuStart = Self.processCPUSeconds()
            let size = max(1, batch)
            for first in stride(from: 0, to: articles.count, by: size) {
                try store.write(Array(articles[first..<min(first + size, articles.count)]),
                                run: run)
            }
            cpuTimes.append(Self.processCPUSeconds() - cpuStart)
            times.append(Self.seconds(clock.now - start))
        }
        cpuTimes.sort()
        times.sort()
        let cpu = cpuTimes[cpuTimes.count / 2]
        let figures: [String: Double] = [
            "write.articles": Double(articles.count),
            "write.runs": Double(cpuTimes.count),
            "write.cpuSeconds.median": cpu,
            "write.cpuSeconds.min": cpuTimes.first ?? 0,
            "write.seconds.median": times[times.count / 2],
            "write.cpuMillisecondsPerArticle": cpu * 1000 / Double(max(1, articles.count)),
        ]
        try Self.printFigures(figures)
    }

    /// Removes a benchmark database with its WAL and shared-memory files.
    static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    /// Prints the figures as one JSON object, keys sorted, values to three decimals.
    static func printFigures(_ figures: [String: Double]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let rounded = figures.mapValues { ($0 * 1000).rounded() / 1000 }
        print(String(decoding: try encoder.encode(rounded), as: UTF8.self))
    }

    /// CPU time of the whole process (all threads), which other programs' load on the
    /// machine does not inflate the way it inflates wall-clock time.
    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// The process's peak resident set (`VmHWM` in /proc/self/status), in MB.
    static func peakRSSMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return -1 }
        return kilobytes / 1024
    }

    static func megabytes(ofFileAt path: String) -> Double {
        let size = ["", "-wal"].compactMap {
            (try? FileManager.default.attributesOfItem(atPath: path + $0))?[.size] as? Int
        }.reduce(0, +)
        return Double(size) / 1_048_576
    }
}
