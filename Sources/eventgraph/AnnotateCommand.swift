import ArgumentParser
import Foundation
import TextAnalysis
import TimeExpressions

/// `eventgraph annotate`: tags and normalises temporal expressions of TimeML or plain text.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Find TIMEX3 temporal expressions and print them as TimeML or JSON.",
        discussion: """
            A .tml file is dated by its <DCT> and its <TEXT> is re-annotated (existing tags \
            are dropped). A plain text file needs --date. With several inputs, give \
            --output-dir: each result is written there under the input's file name.
            """
    )

    @Argument(help: "TimeML (.tml) or plain-text files.")
    var files: [String]

    @Option(help: "Document date (YYYY-MM-DD) for plain text, or to override the DCT.")
    var date: String?

    @Option(help: "Output format: timeml or json.")
    var format: OutputFormat = .timeml

    @Option(help: "Folder to write one output file per input into.")
    var outputDir: String?

    enum OutputFormat: String, ExpressibleByArgument { case timeml, json }

    func validate() throws {
        if files.count > 1 && outputDir == nil {
            throw ValidationError("give --output-dir when annotating more than one file")
        }
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("--date '\(date)' is not a YYYY-MM-DD date")
        }
    }

    func run() throws {
        let tagger = try TemporalTagger.load()
        let normalizer = TemporalNormalizer()
        // Every input is read and annotated before anything is written, so one bad file
        // among several leaves the output folder as it was.
        let outputs = try files.map { try annotate($0, tagger: tagger, normalizer: normalizer) }
        for (file, output) in zip(files, outputs) {
            if let outputDir {
                let name = (file as NSString).lastPathComponent
                let target = (outputDir as NSString).appendingPathComponent(name)
                try FileManager.default.createDirectory(atPath: outputDir,
                                                        withIntermediateDirectories: true)
                let temporary = target + ".tmp"
                try output.write(toFile: temporary, atomically: false, encoding: .utf8)
                _ = try? FileManager.default.removeItem(atPath: target)
                try FileManager.default.moveItem(atPath: temporary, toPath: target)
            } else {
                print(output, terminator: "")
            }
        }
    }

    private func annotate(_ file: String, tagger: TemporalTagger,
                          normalizer: TemporalNormalizer) throws -> String {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw AnnotateError(message: "\(file): cannot read the file (missing or unreadable)")
        }
        guard let contents = String(data: data, encoding: .utf8) else {
            throw AnnotateError(message: "\(file): not UTF-8 text")
        }
        let override = date.flatMap { CalendarDate(iso: $0) }
        var document: Document
        var creationValue: String?
        if file.hasSuffix(".tml") || file.hasSuffix(".xml") {
            let timeml = try TimeMLDocument(markup: contents, file: file)
            document = try timeml.document(fallbackDate: override)
            if let override { document.creationDate = override } else {
                creationValue = timeml.creationValue
            }
        } else {
            guard let override else {
                throw ValidationError("\(file): plain text needs --date YYYY-MM-DD")
            }
            let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            document = Document(id: name, text: contents, creationDate: override, path: file)
        }
        try tagger.process(&document)
        try normalizer.process(&document)
        switch format {
        case .timeml:
            return TimeMLWriter.write(document, timexes: document.timexes,
                                      creationValue: creationValue)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let report = AnnotationReport(id: document.id,
                                          documentDate: document.creationDate,
                                          timexes: document.timexes.map {
                                              AnnotationReport.Timex($0, in: document)
                                          },
                                          diagnostics: document.diagnostics.map(\.description))
            return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
        }
    }
}

/// A file `annotate` cannot use; printed as is, exit status 1.
struct AnnotateError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// The JSON that `eventgraph annotate --format json` prints.
struct AnnotationReport: Encodable {
    struct Timex: Encodable {
        var text: String
        var start: Int
        var end: Int
        var type: String
        var value: String
        var mod: String?
        var rule: String
        var knownFields: [String]

        init(_ mention: TemporalMention, in document: Document) {
            text = document.text(of: mention.span)
            start = mention.span.start
            end = mention.span.end
            type = mention.type.rawValue
            value = mention.value
            mod = mention.mod
            rule = mention.ruleID
            knownFields = mention.resolved?.knownFields ?? []
        }
    }

    var id: String
    var documentDate: CalendarDate
    var timexes: [Timex]
    var diagnostics: [String]
}
