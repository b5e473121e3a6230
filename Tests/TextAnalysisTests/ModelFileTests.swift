import Foundation
import Testing
@testable import TextAnalysis

/// Model files: the shipped ones load, broken ones fail with a readable error.
struct ModelFileTests {
    static let broken: [(String, Data)] = [
        ("empty", Data()),
        ("foreign", Data("not a model at all".utf8)),
        ("truncated", (try? POSTaggerModel.shipped().serialized().prefix(200)) ?? Data()),
    ]

    @Test(arguments: broken)
    func brokenTaggerFileIsAnErrorNotACrash(name: String, data: Data) {
        #expect(throws: PipelineError.self) { try POSTaggerModel(data: data, file: name) }
        #expect(throws: PipelineError.self) { try DependencyParserModel(data: data, file: name) }
        #expect(throws: PipelineError.self) { try EntityRecognizerModel(data: data, file: name) }
    }

    @Test func shippedModelsRoundTripThroughTheirFileFormat() throws {
        let tagger = try POSTaggerModel.shipped()
        let again = try POSTaggerModel(data: tagger.serialized(), file: "copy")
        #expect(again.labelCount == tagger.labelCount)
        let parser = try DependencyParserModel.shipped()
        let copy = try DependencyParserModel(data: parser.serialized(), file: "copy")
        #expect(copy.relations == parser.relations)
        #expect(parser.usesWordClusters && copy.usesWordClusters)
    }

    @Test func writesCoNLLUWithNamesInMisc() throws {
        var document = makeDocument("President Vladimir Putin praised the decision.")
        try TextAnalyzer.standard.process(&document)
        let lines = CoNLLUWriter.write(document).split(separator: "\n")
        #expect(lines.first == "# sent_id = test-1")
        #expect(lines.contains { $0.hasPrefix("3\tPutin\tPutin\tPROPN\tNNP\t") })
        #expect(lines.contains { $0.hasSuffix("NE=I-PERSON") })
        #expect(lines.contains { $0.hasPrefix("4\tpraised\tpraise\tVERB\tVBD\t_\t0\troot") })
    }
}
