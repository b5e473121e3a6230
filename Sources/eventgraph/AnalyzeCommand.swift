import ArgumentParser
import Foundation
import TextAnalysis

/// `eventgraph analyze FILE`: runs the TextAnalysis pipeline and prints the annotation.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Tokenize, tag, lemmatize, parse and find names in a text or CoNLL-U file.",
        discussion: """
            A .conllu file keeps its gold words and sentences (tagging onwards is predicted);
            any other file is read as UTF-8 text. Output: CoNLL-U with UPOS, XPOS, LEMMA,
            HEAD, DEPREL and NE=B-PERSON etc. in MISC.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case conllu
    }

    @Argument(help: "A .txt or .conllu file, or - for text on standard input.")
    var file: String

    @Option(help: "Output format.")
    var format: Format = .conllu

    func run() throws {
        let date = CalendarDate(daysSinceEpoch: 0)
        let id = file == "-" ? "stdin"
            : URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        var document: Document
        if file.hasSuffix(".conllu") {
            let sentences = try Treebank.read(contentsOf: URL(fileURLWithPath: file))
            document = Document(id: id, treebank: sentences, creationDate: date)
            try TextAnalyzer.standard.disabling(["tokenizer", "sentence-splitter"])
                .process(&document)
        } else {
            let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile()
                : try Data(contentsOf: URL(fileURLWithPath: file))
            guard let text = String(data: data, encoding: .utf8) else {
                throw ValidationError("\(file) is not UTF-8 text")
            }
            document = Document(id: id, text: text, creationDate: date)
            try TextAnalyzer.standard.process(&document)
        }
        switch format {
        case .conllu: print(CoNLLUWriter.write(document), terminator: "")
        }
    }
}
