import ArgumentParser
import Foundation
import TextAnalysis

/// `eventgraph eval tokenizer|pos|parser|ner`: scores the TextAnalysis models on UD data.
struct EvalNLPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the tokenizer, tagger, parser and name recogniser on UD treebanks.",
        subcommands: [EvalTokenizerCommand.self, EvalPOSCommand.self, EvalParserCommand.self,
                      EvalEntitiesCommand.self, EvalSpeedCommand.self]
    )
}

/// Options shared by the evaluation commands: where the treebanks are and which split.
struct TreebankOptions: ParsableArguments {
    @Option(help: "Folder holding en_ewt/ and en_gum/ (Universal Dependencies English).")
    var ud: String = "../shared/data/ud"

    @Option(help: "Treebanks to score: ewt, gum (comma-separated).")
    var treebanks: String = "ewt,gum"

    @Option(help: "Split to score: dev or test (test is for reporting only).")
    var split: String = "dev"

    func files() -> [(name: String, url: URL)] {
        treebanks.split(separator: ",").map { name in
            let folder = "en_\(name)"
            let url = URL(fileURLWithPath: ud).appendingPathComponent(folder)
                .appendingPathComponent("\(folder)-ud-\(split).conllu")
            return (String(name), url)
        }
    }
}

struct EvalTokenizerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenizer",
        abstract: "Token and sentence F1 on raw text rebuilt from the treebank's # text."
    )

    @OptionGroup var treebank: TreebankOptions

    @Flag(help: "Split hyphenated words as UD does (the default keeps them whole).")
    var splitHyphens = false

    @Option(help: "Also print this many missed gold tokens and sentence ends.")
    var errors = 0

    func run() throws {
        for (name, url) in treebank.files() {
            let sentences = try Treebank.read(contentsOf: url)
            let tokenizer = Tokenizer(hyphens: splitHyphens ? .split : .keepWhole)
            let result = try TokenizationEvaluator(tokenizer: tokenizer).evaluate(sentences)
            print("\(name) \(treebank.split) tokens    \(result.tokens)")
            print("\(name) \(treebank.split) sentences \(result.sentences)")
            for line in result.missedTokens.prefix(errors) { print("  token: \(line)") }
            for line in result.missedSentenceEnds.prefix(errors) { print("  end: \(line)") }
        }
    }
}

struct EvalPOSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pos",
        abstract: "UPOS and XPOS accuracy of the tagger on gold tokens."
    )

    @OptionGroup var treebank: TreebankOptions

    @Option(help: "Model file to score (default: the shipped model).")
    var model: String?

    func run() throws {
        let tagger = try loadTagger(model)
        for (name, url) in treebank.files() {
            let sentences = try Treebank.read(contentsOf: url)
            print("\(name) \(treebank.split) \(tagger.evaluate(sentences))")
            let table = try LemmaTable.shipped()
            let gold = Lemmatizer.accuracy(on: sentences, tagger: nil, table: table)
            let predicted = Lemmatizer.accuracy(on: sentences, tagger: tagger, table: table)
            print("\(name) \(treebank.split) lemma accuracy: gold tags "
                  + String(format: "%.4f", gold) + ", predicted tags "
                  + String(format: "%.4f", predicted))
        }
    }
}

struct EvalParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "UAS and LAS of the parser on gold tokens with predicted tags."
    )

    @OptionGroup var treebank: TreebankOptions

    @Option(help: "Parser model file to score (default: the shipped model).")
    var model: String?

    @Option(help: "Tagger model file (default: the shipped model).")
    var tagger: String?

    @Option(help: "A second parser model (another seed) to combine with the first.")
    var ensemble: String?

    @Option(help: "Score the model pruned at this weight (and write it with --write).")
    var prune: Float?

    @Option(help: "Prune the labeller at this weight instead (with --prune).")
    var pruneLabeller: Float?

    @Option(help: "Where to write the (pruned) model.")
    var write: String?

    @Option(help: "Take the final relations from this labeller: arc, tree or both.")
    var labels: String?

    func run() throws {
        var parser = try loadParser(model)
        if let labels { parser = parser.labelling(from: try labelSource(labels)) }
        if let ensemble {
            let other = try loadParser(ensemble)
            guard let both = parser.combined(with: other) else {
                throw ValidationError("\(ensemble) has other relations or tags")
            }
            parser = both
        }
        if let prune {
            parser = parser.pruned(threshold: prune, labellerThreshold: pruneLabeller)
            let size = parser.serialized().count
            print("pruned at \(prune): \(size) bytes")
        }
        if let write { try parser.serialized().write(to: URL(fileURLWithPath: write)) }
        let tagging = try loadTagger(tagger)
        for (name, url) in treebank.files() {
            let sentences = try Treebank.read(contentsOf: url)
            print("\(name) \(treebank.split) \(parser.evaluate(sentences, tagger: tagging))")
        }
    }
}

struct EvalEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Exact-span micro F1 of the name recogniser on GUM or UNER-EWT (gold tokens).",
        discussion: """
            --names takes the JSON Lines of gum_entities.py --ner (scored on GUM), or a \
            Universal NER .iob2 file such as ../shared/data/ud/uner_ewt/en_ewt-ud-test.iob2 \
            (scored on EWT: PER, ORG, LOC as PERSON, ORGANIZATION, GPE_LOC).
            """
    )

    @OptionGroup var treebank: TreebankOptions

    @Option(help: "Gold names of the split (JSON Lines from gum_entities.py --ner).")
    var names: String

    @Option(help: "Model file to score (default: the shipped model).")
    var model: String?

    @Option(help: "Tagger model file (default: the shipped model).")
    var tagger: String?

    @Option(help: "Also write the predicted names here, for ner_score.py.")
    var predictions: String?

    @Option(help: "Parser model file (default: the shipped model).")
    var parser: String?

    func run() throws {
        let recognizer = try loadRecognizer(model)
        let tagging = try loadTagger(tagger)
        let parsing = try loadParser(parser)
        let isIOB2 = names.hasSuffix(".iob2")
        let url = URL(fileURLWithPath: names)
        let gold = isIOB2 ? try NameAnnotation.readIOB2(contentsOf: url)
            : try NameAnnotation.read(contentsOf: url)
        var options = treebank
        // The names refer to the sentences of one treebank: UNER to EWT, GUM's own to GUM.
        options.treebanks = isIOB2 ? "ewt" : "gum"
        for (name, url) in options.files() {
            let sentences = try Treebank.read(contentsOf: url)
            let score = recognizer.evaluate(sentences, names: gold, tagger: tagging,
                                            parser: parsing)
            print("\(name) \(treebank.split) names \(score)")
            if let predictions {
                let found = recognizer.predictions(sentences, tagger: tagging,
                                                   parser: parsing)
                try Data(NameAnnotation.jsonLines(found).utf8)
                    .write(to: URL(fileURLWithPath: predictions))
            }
        }
    }
}

struct EvalSpeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speed",
        abstract: "Characters per second of the full TextAnalysis pipeline, as JSON.",
        discussion: "Text: the # text lines of the chosen treebank splits, paragraph by paragraph."
    )

    @OptionGroup var treebank: TreebankOptions

    @Option(help: "Times to run over the text.")
    var repeats = 3

    @Option(help: "Stages to leave out, by name (comma-separated).")
    var disable = ""

    func run() throws {
        var paragraphs: [String] = []
        for (_, url) in treebank.files() {
            var current: [String] = []
            for sentence in try Treebank.read(contentsOf: url) {
                if sentence.startsParagraph, !current.isEmpty {
                    paragraphs.append(current.joined(separator: " "))
                    current = []
                }
                current.append(sentence.text)
            }
            if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        }
        let text = paragraphs.joined(separator: "\n\n")
        let analyzer = TextAnalyzer.standard.disabling(
            Set(disable.split(separator: ",").map(String.init)))
        var warm = Document(id: "warm", text: "Warm up the models.",
                            creationDate: CalendarDate(daysSinceEpoch: 0))
        try analyzer.process(&warm)
        var tokens = 0
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for _ in 0..<repeats {
                var document = Document(id: "speed", text: text,
                                        creationDate: CalendarDate(daysSinceEpoch: 0))
                try analyzer.process(&document)
                tokens = document.tokens.count
            }
        }
        let seconds = Double(elapsed.components.seconds)
            + Double(elapsed.components.attoseconds) / 1e18
        let characters = text.unicodeScalars.count * repeats
        let result: [String: Double] = [
            "characters": Double(characters), "seconds": seconds,
            "charactersPerSecond": Double(characters) / seconds,
            "tokensPerSecond": Double(tokens * repeats) / seconds,
        ]
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }
}
