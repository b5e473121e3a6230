import ArgumentParser
import Foundation
import TextAnalysis

/// `eventgraph train pos|parser|ner`: trains the TextAnalysis models from UD treebanks.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the part-of-speech tagger, dependency parser or name recogniser.",
        subcommands: [TrainPOSCommand.self, TrainLemmasCommand.self, TrainParserCommand.self,
                      TrainEntitiesCommand.self]
    )
}

/// Options shared by the training commands.
struct TrainingOptions: ParsableArguments {
    @Option(help: "Folder holding en_ewt/ and en_gum/ (Universal Dependencies English).")
    var ud: String = "../shared/data/ud"

    @Option(help: "Treebanks whose train split is used: ewt, gum (comma-separated).")
    var treebanks: String = "ewt,gum"

    @Option(help: "Seed of the training shuffle; the same seed gives the same model file.")
    var seed: UInt64 = 42

    @Option(help: "Passes over the training data.")
    var iterations: Int?

    @Option(help: "Drop averaged weights below this magnitude (smaller files).")
    var prune: Float?

    @Flag(help: "Report accuracy on the dev split after each pass (slower).")
    var dev = false

    func sentences(split: String) throws -> [TreebankSentence] {
        var result: [TreebankSentence] = []
        for name in treebanks.split(separator: ",") {
            let folder = "en_\(name)"
            let url = URL(fileURLWithPath: ud).appendingPathComponent(folder)
                .appendingPathComponent("\(folder)-ud-\(split).conllu")
            result += try Treebank.read(contentsOf: url)
        }
        return result
    }

    func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.appendingPathExtension("tmp")
        try data.write(to: temporary)
        _ = try? FileManager.default.removeItem(at: url)
        try FileManager.default.moveItem(at: temporary, to: url)
        FileHandle.standardError.write(Data("wrote \(path) (\(data.count) bytes)\n".utf8))
    }
}

func log(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

struct TrainPOSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pos",
        abstract: "Train the averaged-perceptron UPOS/XPOS tagger."
    )

    @OptionGroup var options: TrainingOptions

    @Option(help: "Model file to write.")
    var output = "Sources/TextAnalysis/Models/\(POSTaggerModel.fileName)"

    @Option(help: "Occurrences a word needs to enter the tag dictionary.")
    var dictionaryMinimum: Int?

    func run() throws {
        var trainer = POSTaggerTrainer()
        if let dictionaryMinimum { trainer.dictionaryMinimumCount = dictionaryMinimum }
        trainer.seed = options.seed
        if let iterations = options.iterations { trainer.iterations = iterations }
        if let prune = options.prune { trainer.pruneThreshold = prune }
        let train = try options.sentences(split: "train")
        let dev = options.dev ? try options.sentences(split: "dev") : []
        log("training on \(train.count) sentences")
        let model = trainer.train(train, dev: dev, progress: log)
        try options.write(model.serialized(), to: output)
    }
}

struct TrainLemmasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lemmas",
        abstract: "Learn the lemmatizer's exception table from the treebanks' train split."
    )

    @OptionGroup var options: TrainingOptions

    @Option(help: "Table to write.")
    var output = "Sources/TextAnalysis/Models/\(LemmaTable.fileName)"

    func run() throws {
        let train = try options.sentences(split: "train")
        try options.write(Data(LemmaTable.build(from: train).utf8), to: output)
    }
}

/// Reads a tagger from a path, or the shipped one.
func loadTagger(_ path: String?) throws -> POSTaggerModel {
    guard let path else { return try POSTaggerModel.shipped() }
    return try POSTaggerModel(data: Data(contentsOf: URL(fileURLWithPath: path)), file: path)
}

/// Reads a parser from a path, or the shipped one.
func loadParser(_ path: String?) throws -> DependencyParserModel {
    guard let path else { return try DependencyParserModel.shipped() }
    return try DependencyParserModel(data: Data(contentsOf: URL(fileURLWithPath: path)),
                                     file: path)
}

/// Reads a name recogniser from a path, or the shipped one.
func loadRecognizer(_ path: String?) throws -> EntityRecognizerModel {
    guard let path else { return try EntityRecognizerModel.shipped() }
    return try EntityRecognizerModel(data: Data(contentsOf: URL(fileURLWithPath: path)),
                                     file: path)
}

/// The parser's label source named on the command line.
func labelSource(_ name: String) throws -> DependencyParserModel.LabelSource {
    switch name {
    case "arc": return .arc
    case "tree": return .tree
    case "both": return .both
    default: throw ValidationError("--labels takes arc, tree or both, not '\(name)'")
    }
}

struct TrainParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Train the arc-eager dependency parser (dynamic oracle, jackknifed tags)."
    )

    @OptionGroup var options: TrainingOptions

    @Option(help: "Tagger model for dev tags (default: the shipped model).")
    var tagger: String?

    @Option(help: "Jackknife folds for training tags (0: tag with --tagger).")
    var folds = 4

    @Option(help: "Keep the jackknifed training tags in this file between runs (experiments).")
    var tagCache: String?

    @Option(help: "Passes of the tree labeller (default 8).")
    var labellerIterations: Int?

    @Option(help: "Seeds of ensemble partners trained on the same tags (comma-separated).")
    var partnerSeeds: String = ""

    @Option(help: "Final relations from the arc labeller (arc), the tree labeller (tree) or both.")
    var labels: String = "arc"

    @Option(help: "Brown word-cluster features: all, few or none (for comparison).")
    var clusters = "all"

    @Option(help: "Model file to write.")
    var output = "Sources/TextAnalysis/Models/\(DependencyParserModel.fileName)"

    func run() throws {
        var trainer = DependencyParserTrainer()
        switch clusters {
        case "all": trainer.clusterFeatures = .all
        case "few": trainer.clusterFeatures = .few
        case "none": trainer.clusterFeatures = .none
        default: throw ValidationError("--clusters takes all, few or none, not '\(clusters)'")
        }
        trainer.seed = options.seed
        trainer.folds = folds
        trainer.tagCache = tagCache.map { URL(fileURLWithPath: $0) }
        if let labellerIterations { trainer.labellerIterations = labellerIterations }
        trainer.labelSource = try labelSource(labels)
        trainer.partnerSeeds = try partnerSeeds.split(separator: ",").map {
            guard let seed = UInt64($0) else {
                throw ValidationError("--partner-seeds takes numbers, not '\($0)'")
            }
            return seed
        }
        trainer.tagger.seed = options.seed
        if let iterations = options.iterations { trainer.iterations = iterations }
        if let prune = options.prune { trainer.pruneThreshold = prune }
        let train = try options.sentences(split: "train")
        let dev = options.dev ? try options.sentences(split: "dev") : []
        log("training on \(train.count) sentences")
        let model = try trainer.train(train, tagger: try loadTagger(tagger), dev: dev,
                                      progress: log)
        try options.write(model.serialized(), to: output)
    }
}

struct TrainEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the PERSON / ORGANIZATION / GPE_LOC name recogniser on GUM names.",
        discussion: """
            Gold names come from `python3 ../shared/tools/gum_entities.py \\
            ../shared/data/ud/en_gum/en_gum-ud-train.conllu --ner -o names-train.jsonl`.
            """
    )

    @OptionGroup var options: TrainingOptions

    @Option(help: "Gold names of the train split (JSON Lines from gum_entities.py --ner).")
    var names: String

    @Option(help: "Gold names of the dev split, to report F1 after each pass.")
    var devNames: String?

    @Option(help: "Tagger model (default: the shipped model).")
    var tagger: String?

    @Option(help: "Extra training names: a Universal NER .iob2 file over EWT sentences.")
    var extraIob2: String?

    @Option(help: "EWT split whose sentences the --extra-iob2 file annotates.")
    var extraSplit = "dev"

    @Option(help: "Parser model for training and dev syntax (default: the shipped model).")
    var parser: String?

    @Flag(help: "Train on the gold trees' syntax instead of the parser's.")
    var goldSyntax = false

    @Option(help: "Models trained on different shuffles and averaged into one.")
    var shuffles = 1

    @Option(help: """
        Also train on GUM dev with these gold names (the shipped model, once every setting \
        has been chosen on dev; its dev score then means nothing).
        """)
    var withDevNames: String?

    @Option(help: "Model file to write.")
    var output = "Sources/TextAnalysis/Models/\(EntityRecognizerModel.fileName)"

    func run() throws {
        var trainer = EntityRecognizerTrainer()
        trainer.seed = options.seed
        if let iterations = options.iterations { trainer.iterations = iterations }
        if let prune = options.prune { trainer.pruneThreshold = prune }
        var gum = options
        gum.treebanks = "gum"
        var train = try gum.sentences(split: "train")
        var gold = try NameAnnotation.read(contentsOf: URL(fileURLWithPath: names))
        if let extraIob2 {
            var ewt = options
            ewt.treebanks = "ewt"
            train += try ewt.sentences(split: extraSplit)
            gold += try NameAnnotation.readIOB2(contentsOf: URL(fileURLWithPath: extraIob2))
        }
        if let withDevNames {
            train += try gum.sentences(split: "dev")
            gold += try NameAnnotation.read(contentsOf: URL(fileURLWithPath: withDevNames))
        }
        var dev: [TreebankSentence] = [], devGold: [NameAnnotation] = []
        if let devNames {
            dev = try gum.sentences(split: "dev")
            devGold = try NameAnnotation.read(contentsOf: URL(fileURLWithPath: devNames))
        }
        log("training on \(train.count) sentences, \(gold.count) names")
        trainer.syntaxFromParser = !goldSyntax
        trainer.shuffles = shuffles
        let parsing = devNames == nil && goldSyntax ? nil : try loadParser(parser)
        let corpus = try options.sentences(split: "train")
        let model = try trainer.train(train, names: gold, corpus: corpus,
                                      tagger: try loadTagger(tagger),
                                      parser: parsing, dev: dev, devNames: devGold, progress: log)
        try options.write(model.serialized(), to: output)
    }
}
