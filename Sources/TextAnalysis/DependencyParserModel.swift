import Foundation

/// A trained dependency parser: an arc-eager transition classifier and an arc labeller,
/// both averaged perceptrons. Read-only and shareable across threads.
///
/// Parsing is greedy: the best valid transition at each step builds an unlabelled projective
/// tree; the labeller then names every arc with a UD relation, seeing the whole tree.
public struct DependencyParserModel: Sendable {
    /// The file name in `Models/`.
    public static let fileName = "parser.bin"
    static let magic = "EventGraph.DependencyParser"
    static let version: UInt32 = 4

    /// UD relations the labeller chooses from (with subtypes, e.g. `nmod:poss`).
    public let relations: [String]
    /// The tag labels the parser was trained with; `parse` takes tags as indices into it.
    let tags: TagSet
    let transitions: PerceptronModel
    let labeller: PerceptronModel
    /// Further (transition, labeller) pairs trained with other seeds; their scores are added
    /// to the first pair's (an ensemble: more accurate, slower).
    let partners: [(transitions: PerceptronModel, labeller: PerceptronModel)]
    let rootRelation: Int

    init(relations: [String], tags: TagSet, transitions: PerceptronModel,
         labeller: PerceptronModel,
         partners: [(transitions: PerceptronModel, labeller: PerceptronModel)] = []) {
        self.partners = partners
        self.relations = relations
        self.tags = tags
        self.transitions = transitions
        self.labeller = labeller
        self.rootRelation = relations.firstIndex(of: "root") ?? 0
    }

    /// The model shipped in `Models/`, read once on first use.
    public static func shipped() throws(PipelineError) -> DependencyParserModel {
        try cached.get()
    }

    private static let cached: Result<DependencyParserModel, PipelineError> = {
        do throws(PipelineError) {
            let data = try ModelResources.data(fileName, stage: "dependency-parser")
            return .success(try DependencyParserModel(data: data, file: fileName))
        } catch { return .failure(error) }
    }()

    /// Reads a model from the bytes of a model file.
    public init(data: Data, file: String) throws(PipelineError) {
        var reader = ModelReader(data: data, stage: "dependency-parser", file: file)
        // Version 3 files are version 4 without ensemble partners.
        let version = try reader.expectHeader(magic: Self.magic, versions: 3...Self.version)
        let relations = try reader.readStrings()
        let tags = try TagSet.read(from: &reader)
        let transitions = try PerceptronModel.read(from: &reader)
        let labeller = try PerceptronModel.read(from: &reader)
        var partners: [(transitions: PerceptronModel, labeller: PerceptronModel)] = []
        for _ in 0..<(version >= 4 ? Int(try reader.read(UInt8.self)) : 0) {
            partners.append((try PerceptronModel.read(from: &reader),
                             try PerceptronModel.read(from: &reader)))
        }
        guard transitions.classCount == ParserState.Move.allCases.count,
              labeller.classCount == relations.count,
              partners.allSatisfy({
                  $0.transitions.classCount == transitions.classCount
                      && $0.labeller.classCount == labeller.classCount
              }) else {
            throw reader.failure("class counts do not match the relation list")
        }
        self.init(relations: relations, tags: tags, transitions: transitions,
                  labeller: labeller, partners: partners)
    }

    /// The same parser without weights below `threshold` (`labellerThreshold` for the
    /// labeller, when given): a smaller file, a little less accurate (see
    /// `eventgraph eval parser --prune`).
    public func pruned(threshold: Float, labellerThreshold: Float? = nil)
        -> DependencyParserModel {
        let other = labellerThreshold ?? threshold
        return DependencyParserModel(relations: relations, tags: tags,
                                     transitions: transitions.pruned(threshold: threshold),
                                     labeller: labeller.pruned(threshold: other),
                                     partners: partners.map {
                                         ($0.transitions.pruned(threshold: threshold),
                                          $0.labeller.pruned(threshold: other))
                                     })
    }

    /// An ensemble of this parser and `other` (same relations and tags): their scores add up.
    public func combined(with other: DependencyParserModel) -> DependencyParserModel? {
        guard other.relations == relations, other.tags.upos == tags.upos,
              other.tags.xpos == tags.xpos else { return nil }
        return DependencyParserModel(
            relations: relations, tags: tags, transitions: transitions, labeller: labeller,
            partners: partners + [(other.transitions, other.labeller)] + other.partners)
    }

    /// The bytes of a model file.
    public func serialized() -> Data {
        var writer = ModelWriter()
        writer.write(Self.magic)
        writer.write(Self.version)
        writer.write(strings: relations)
        tags.write(to: &writer)
        transitions.write(to: &writer)
        labeller.write(to: &writer)
        writer.write(UInt8(partners.count))
        for partner in partners {
            partner.transitions.write(to: &writer)
            partner.labeller.write(to: &writer)
        }
        return writer.data
    }

    /// Parses one sentence. `tags` are tag codes (`TagSet.code`) of `self.tags`. On return
    /// `scratch.heads[i]` is the 1-based head of word i+1 (0 = root) and `scratch.relations[i]`
    /// its relation index.
    func parse(_ words: UnsafeBufferPointer<WordShape>, tags: UnsafeBufferPointer<Int>,
               scratch: inout ParserScratch) {
        let count = words.count
        scratch.heads.removeAll(keepingCapacity: true)
        scratch.relations.removeAll(keepingCapacity: true)
        guard count > 0 else { return }
        scratch.state.reset(count: count)
        while !scratch.state.isFinal {
            // The one valid move needs no scoring (the best valid move whatever the scores).
            if scratch.state.onlyShiftIsValid {
                scratch.state.apply(.shift)
                continue
            }
            scratch.features.removeAll(keepingCapacity: true)
            ParserFeatures.transition(scratch.state, words, tags, into: &scratch.features)
            var best = ParserState.Move.shift
            var bestScore = -Float.infinity
            scratch.features.withUnsafeBufferPointer { features in
                scratch.moveScores.withUnsafeMutableBufferPointer { scores in
                    for i in 0..<scores.count { scores[i] = 0 }
                    transitions.addScores(of: features, to: scores)
                    for partner in partners {
                        partner.transitions.addScores(of: features, to: scores)
                    }
                    for move in ParserState.Move.allCases where scratch.state.isValid(move) {
                        if scores[move.rawValue] > bestScore {
                            bestScore = scores[move.rawValue]
                            best = move
                        }
                    }
                }
            }
            scratch.state.apply(best)
        }
        scratch.state.finish()
        for node in 1...count { scratch.heads.append(scratch.state.heads[node]) }
        label(words, tags: tags, scratch: &scratch)
    }

    /// Names the arcs of the tree in `scratch.heads`.
    func label(_ words: UnsafeBufferPointer<WordShape>, tags: UnsafeBufferPointer<Int>,
               scratch: inout ParserScratch) {
        let count = words.count
        scratch.treeShape(count: count)
        scratch.relations.removeAll(keepingCapacity: true)
        for dependent in 1...count {
            let head = scratch.fullHeads[dependent]
            if head == 0 { scratch.relations.append(rootRelation); continue }
            scratch.features.removeAll(keepingCapacity: true)
            ParserFeatures.label(dependent: dependent, head: head, heads: scratch.fullHeads,
                                 leftmost: scratch.leftmost, rightmost: scratch.rightmost,
                                 childCount: scratch.childCount[dependent],
                                 sibling: scratch.leftSibling(of: dependent),
                                 headRelation: head < dependent
                                     ? scratch.relations[head - 1] : -1,
                                 rightSibling: scratch.rightSibling[dependent],
                                 words, tags, into: &scratch.features)
            var best = 0
            scratch.features.withUnsafeBufferPointer { features in
                scratch.relationScores.withUnsafeMutableBufferPointer { scores in
                    for i in 0..<scores.count { scores[i] = 0 }
                    labeller.addScores(of: features, to: scores)
                    for partner in partners {
                        partner.labeller.addScores(of: features, to: scores)
                    }
                    scores[rootRelation] = -Float.infinity
                    best = 0
                    for i in 1..<scores.count where scores[i] > scores[best] { best = i }
                }
            }
            scratch.relations.append(best)
        }
    }
}

/// Reusable buffers for parsing, owned by one caller at a time.
struct ParserScratch {
    var state = ParserState()
    var features: [UInt64] = []
    var moveScores = [Float](repeating: 0, count: ParserState.Move.allCases.count)
    var relationScores: [Float]
    var heads: [Int] = []
    var relations: [Int] = []
    /// Heads indexed by node (index 0 unused), and the tree's shape for the labeller.
    var fullHeads: [Int] = []
    var leftmost: [Int] = []
    var rightmost: [Int] = []
    var childCount: [Int] = []
    /// The next dependent of the same head to the right of each node, or -1.
    var rightSibling: [Int] = []

    init(relationCount: Int) {
        relationScores = [Float](repeating: 0, count: relationCount)
        features.reserveCapacity(64)
    }

    /// The relation already given to the nearest left sibling of `node`, or -1.
    func leftSibling(of node: Int) -> Int {
        var k = node - 1
        while k >= 1 {
            if fullHeads[k] == fullHeads[node] {
                return k - 1 < relations.count ? relations[k - 1] : -1
            }
            k -= 1
        }
        return -1
    }

    /// Fills `fullHeads`, `leftmost`, `rightmost` and `childCount` from `heads`.
    mutating func treeShape(count: Int) {
        fullHeads.removeAll(keepingCapacity: true)
        fullHeads.append(-1)
        fullHeads.append(contentsOf: heads)
        for keyPath in [\ParserScratch.leftmost, \.rightmost] {
            self[keyPath: keyPath].removeAll(keepingCapacity: true)
            self[keyPath: keyPath].append(contentsOf: repeatElement(-1, count: count + 1))
        }
        childCount.removeAll(keepingCapacity: true)
        childCount.append(contentsOf: repeatElement(0, count: count + 1))
        rightSibling.removeAll(keepingCapacity: true)
        rightSibling.append(contentsOf: repeatElement(-1, count: count + 1))
        // `rightmost` holds the last child seen while walking right to left, then is rebuilt.
        for node in stride(from: count, through: 1, by: -1) {
            let head = fullHeads[node]
            guard head >= 0 else { continue }
            rightSibling[node] = rightmost[head]
            rightmost[head] = node
        }
        for node in 0...count { rightmost[node] = -1 }
        for node in 1...count {
            let head = fullHeads[node]
            guard head >= 0 else { continue }
            childCount[head] += 1
            if leftmost[head] < 0 || node < leftmost[head] { leftmost[head] = node }
            if node > rightmost[head] { rightmost[head] = node }
        }
    }
}
