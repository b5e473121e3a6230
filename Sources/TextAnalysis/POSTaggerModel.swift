import Foundation

/// A trained part-of-speech model: joint UPOS+XPOS labels, a dictionary of unambiguous
/// frequent words and averaged-perceptron weights. Read-only and shareable across threads.
///
/// Tagging is greedy, left to right, with the two previous predicted labels as features
/// (Collins 2002; the feature set follows common practice for perceptron taggers). A second
/// pass, trained on jackknifed first-pass output, sees the first pass's labels to the right.
public struct POSTaggerModel: Sendable {
    /// The file name in `Models/`.
    public static let fileName = "pos-tagger.bin"
    static let magic = "EventGraph.POSTagger"
    static let version: UInt32 = 3

    /// UPOS of each joint label.
    public let upos: [PartOfSpeech]
    /// XPOS (Penn Treebank tag) of each joint label.
    public let xpos: [String]
    /// Form hash → label, for frequent words that always carry one label in training.
    let dictionary: [UInt64: UInt8]
    /// `dictionary` for the per-word lookups of `pass`.
    private let known: HashKeyedTable<UInt8>
    let perceptron: PerceptronModel
    /// The second pass, which also sees the first pass's labels to the right; nil when the
    /// model tags in one pass.
    let second: PerceptronModel?

    init(upos: [PartOfSpeech], xpos: [String], dictionary: [UInt64: UInt8],
         perceptron: PerceptronModel, second: PerceptronModel? = nil) {
        self.upos = upos
        self.xpos = xpos
        self.dictionary = dictionary
        self.known = HashKeyedTable(dictionary, empty: 0)
        self.perceptron = perceptron
        self.second = second
    }

    /// Number of joint labels.
    public var labelCount: Int { upos.count }

    /// The model shipped in `Models/`, read once on first use.
    public static func shipped() throws(PipelineError) -> POSTaggerModel {
        try cached.get()
    }

    private static let cached: Result<POSTaggerModel, PipelineError> = {
        do throws(PipelineError) {
            let data = try ModelResources.data(fileName, stage: "pos-tagger")
            return .success(try POSTaggerModel(data: data, file: fileName))
        } catch { return .failure(error) }
    }()

    /// Reads a model from the bytes of a model file.
    public init(data: Data, file: String) throws(PipelineError) {
        var reader = ModelReader(data: data, stage: "pos-tagger", file: file)
        try reader.expectHeader(magic: Self.magic, version: Self.version)
        let uposNames = try reader.readStrings()
        let xpos = try reader.readStrings()
        var upos: [PartOfSpeech] = []
        for name in uposNames {
            guard let tag = PartOfSpeech(rawValue: name) else {
                throw reader.failure("unknown UPOS \(name)")
            }
            upos.append(tag)
        }
        let keys = try reader.readArray(UInt64.self)
        let values = try reader.readArray(UInt8.self)
        guard keys.count == values.count, xpos.count == upos.count,
              values.allSatisfy({ Int($0) < upos.count }) else {
            throw reader.failure("inconsistent label tables")
        }
        var dictionary: [UInt64: UInt8] = [:]
        for (key, value) in zip(keys, values) { dictionary[key] = value }
        let perceptron = try PerceptronModel.read(from: &reader)
        let second = try reader.read(UInt8.self) == 1
            ? try PerceptronModel.read(from: &reader) : nil
        guard perceptron.classCount == upos.count,
              second.map({ $0.classCount == upos.count }) ?? true else {
            throw reader.failure("perceptron has \(perceptron.classCount) classes")
        }
        self.init(upos: upos, xpos: xpos, dictionary: dictionary, perceptron: perceptron,
                  second: second)
    }

    /// The bytes of a model file.
    public func serialized() -> Data {
        var writer = ModelWriter()
        writer.write(Self.magic)
        writer.write(Self.version)
        writer.write(strings: upos.map(\.rawValue))
        writer.write(strings: xpos)
        let keys = dictionary.keys.sorted()
        writer.write(array: keys)
        writer.write(array: keys.map { dictionary[$0] ?? 0 })
        perceptron.write(to: &writer)
        writer.write(UInt8(second == nil ? 0 : 1))
        second?.write(to: &writer)
        return writer.data
    }

    /// Tags one sentence of words; `labels` receives one joint label index per word.
    /// `scratch` holds reusable buffers so that tagging allocates nothing per token.
    func tag(_ words: UnsafeBufferPointer<WordShape>, into labels: inout [Int],
             scratch: inout TaggerScratch) {
        guard let second else {
            pass(perceptron, words, firstPass: nil, into: &labels, scratch: &scratch)
            return
        }
        var first = scratch.firstPass
        pass(perceptron, words, firstPass: nil, into: &first, scratch: &scratch)
        first.withUnsafeBufferPointer { first in
            pass(second, words, firstPass: first, into: &labels, scratch: &scratch)
        }
        scratch.firstPass = first
    }

    /// One greedy left-to-right pass of `model`.
    func pass(_ model: PerceptronModel, _ words: UnsafeBufferPointer<WordShape>,
              firstPass: UnsafeBufferPointer<Int>?, into labels: inout [Int],
              scratch: inout TaggerScratch) {
        labels.removeAll(keepingCapacity: true)
        var previous = -1, beforePrevious = -2
        for i in 0..<words.count {
            let label: Int
            if firstPass == nil, let known = known[words[i].form] {
                label = Int(known)
            } else {
                scratch.features.removeAll(keepingCapacity: true)
                TaggerFeatures.extract(words, at: i, previous: previous,
                                       beforePrevious: beforePrevious, firstPass: firstPass,
                                       into: &scratch.features)
                label = scratch.features.withUnsafeBufferPointer { features in
                    scratch.scores.withUnsafeMutableBufferPointer { scores in
                        model.predict(features, scores: scores)
                    }
                }
            }
            labels.append(label)
            beforePrevious = previous
            previous = label
        }
    }
}

/// Reusable buffers for tagging, owned by one caller at a time.
struct TaggerScratch {
    var features: [UInt64] = []
    var scores: [Float]
    var words: [WordShape] = []
    var labels: [Int] = []
    var firstPass: [Int] = []

    init(labelCount: Int) {
        scores = [Float](repeating: 0, count: labelCount)
        features.reserveCapacity(64)
    }
}
