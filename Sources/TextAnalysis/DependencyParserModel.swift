import Foundation

/// A trained dependency parser: an arc-eager transition classifier, an arc labeller and a
/// tree labeller, all averaged perceptrons. Read-only and shareable across threads.
///
/// Parsing is greedy: the best valid transition at each step builds a projective tree, and
/// the arc labeller names each arc as it is made, so later transitions see the relations made
/// so far (the labelled transitions of Zhang & Nivre 2011, factored into two classifiers to
/// keep scoring cheap). The final relations are the arc labeller's or, with
/// `LabelSource.tree`, the tree labeller's, which names every arc seeing the whole tree.
public struct DependencyParserModel: Sendable {
    /// The file name in `Models/`.
    public static let fileName = "parser.bin"
    static let magic = "EventGraph.DependencyParser"
    static let version: UInt32 = 6

    /// Which classifier gives the final relations.
    public enum LabelSource: UInt8, Sendable {
        /// The arc labeller, when each arc is made.
        case arc = 0
        /// The tree labeller, once the tree is finished.
        case tree = 1
        /// Both: the tree labeller's scores added to the arc labeller's.
        case both = 2
    }

    /// UD relations the labeller chooses from (with subtypes, e.g. `nmod:poss`).
    public let relations: [String]
    /// The tag labels the parser was trained with; `parse` takes tags as indices into it.
    let tags: TagSet
    let transitions: PerceptronModel
    let labeller: PerceptronModel
    /// Names each arc when a transition makes it; nil in files before version 5.
    let arcLabeller: PerceptronModel?
    /// Where the final relations come from.
    public let labelSource: LabelSource
    /// Which Brown-cluster features the transitions and the arc labeller read.
    public enum ClusterFeatures: UInt8, Sendable {
        /// None (all files before version 6).
        case none = 0
        /// Ten transition and three arc-labeller templates.
        case all = 1
        /// The six transition templates of s0 and n0 and one arc-labeller template: most
        /// of the gain for half the extra lookups.
        case few = 2
    }

    /// The word clusters whose codes the features read; nil with `ClusterFeatures.none`.
    let clusters: WordClusters?
    /// The cluster templates the model was trained with.
    public let clusterFeatures: ClusterFeatures
    /// Whether the model reads Brown word clusters (`Models/word-clusters.tsv`) as features.
    public var usesWordClusters: Bool { clusters != nil }
    /// Further models trained with other seeds; their scores are added to the first one's
    /// (an ensemble: more accurate, slower).
    let partners: [Partner]
    let rootRelation: Int

    /// The classifiers of one ensemble partner.
    struct Partner: Sendable {
        let transitions: PerceptronModel
        let labeller: PerceptronModel
        let arcLabeller: PerceptronModel?
    }

    init(relations: [String], tags: TagSet, transitions: PerceptronModel,
         labeller: PerceptronModel, arcLabeller: PerceptronModel?,
         labelSource: LabelSource, clusters: WordClusters?,
         clusterFeatures: ClusterFeatures = .all, partners: [Partner] = []) {
        self.partners = partners
        self.clusters = clusters
        self.clusterFeatures = clusters == nil ? .none : clusterFeatures
        self.relations = relations
        self.tags = tags
        self.transitions = transitions
        self.labeller = labeller
        self.arcLabeller = arcLabeller
        self.labelSource = arcLabeller == nil ? .tree : labelSource
        self.rootRelation = relations.firstIndex(of: "root") ?? 0
    }

    /// The same parser taking its final relations from `source`.
    public func labelling(from source: LabelSource) -> DependencyParserModel {
        DependencyParserModel(relations: relations, tags: tags, transitions: transitions,
                              labeller: labeller, arcLabeller: arcLabeller,
                              labelSource: source, clusters: clusters,
                              clusterFeatures: clusterFeatures, partners: partners)
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
        // Version 3 files are version 4 without ensemble partners; version 4 files are
        // version 5 without arc labellers; version 5 files are version 6 without cluster
        // features.
        let version = try reader.expectHeader(magic: Self.magic, versions: 3...Self.version)
        let relations = try reader.readStrings()
        let tags = try TagSet.read(from: &reader)
        let transitions = try PerceptronModel.read(from: &reader)
        let labeller = try PerceptronModel.read(from: &reader)
        var arcLabeller: PerceptronModel?
        var source = LabelSource.tree
        if version >= 5 {
            guard let read = LabelSource(rawValue: try reader.read(UInt8.self)) else {
                throw reader.failure("unknown label source")
            }
            source = read
            if try reader.read(UInt8.self) != 0 {
                arcLabeller = try PerceptronModel.read(from: &reader)
            }
        }
        var clusters: WordClusters?
        var clusterFeatures = ClusterFeatures.none
        if version >= 6 {
            guard let read = ClusterFeatures(rawValue: try reader.read(UInt8.self)) else {
                throw reader.failure("unknown cluster feature set")
            }
            clusterFeatures = read
            if read != .none { clusters = try WordClusters.shipped() }
        }
        var partners: [Partner] = []
        for _ in 0..<(version >= 4 ? Int(try reader.read(UInt8.self)) : 0) {
            let transitions = try PerceptronModel.read(from: &reader)
            let labeller = try PerceptronModel.read(from: &reader)
            let arc = arcLabeller == nil ? nil : try PerceptronModel.read(from: &reader)
            partners.append(Partner(transitions: transitions, labeller: labeller,
                                    arcLabeller: arc))
        }
        guard transitions.classCount == ParserState.Move.allCases.count,
              labeller.classCount == relations.count,
              (arcLabeller?.classCount ?? relations.count) == relations.count,
              partners.allSatisfy({
                  $0.transitions.classCount == transitions.classCount
                      && $0.labeller.classCount == labeller.classCount
                      && $0.arcLabeller?.classCount == arcLabeller?.classCount
              }) else {
            throw reader.failure("class counts do not match the relation list")
        }
        self.init(relations: relations, tags: tags, transitions: transitions,
                  labeller: labeller, arcLabeller: arcLabeller, labelSource: source,
                  clusters: clusters, clusterFeatures: clusterFeatures, partners: partners)
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
                                     arcLabeller: arcLabeller?.pruned(threshold: other),
                                     labelSource: labelSource, clusters: clusters,
                                     clusterFeatures: clusterFeatures,
                                     partners: partners.map {
                                         Partner(
                                             transitions: $0.transitions
                                                 .pruned(threshold: threshold),
                                             labeller: $0.labeller.pruned(threshold: other),
                                             arcLabeller: $0.arcLabeller?
                                                 .pruned(threshold: other))
                                     })
    }

    /// An ensemble of this parser and `other` (same relations and tags): their scores add up.
    public func combined(with other: DependencyParserModel) -> DependencyParserModel? {
        guard other.relations == relations, other.tags.upos == tags.upos,
              other.tags.xpos == tags.xpos,
              (other.arcLabeller == nil) == (arcLabeller == nil),
              other.clusterFeatures == clusterFeatures else { return nil }
        return DependencyParserModel(
            relations: relations, tags: tags, transitions: transitions, labeller: labeller,
            arcLabeller: arcLabeller, labelSource: labelSource, clusters: clusters,
            clusterFeatures: clusterFeatures,
            partners: partners + [Partner(transitions: other.transitions,
                                          labeller: other.labeller,
                                          arcLabeller: other.arcLabeller)] + other.partners)
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
        writer.write(labelSource.rawValue)
        writer.write(UInt8(arcLabeller == nil ? 0 : 1))
        arcLabeller?.write(to: &writer)
        writer.write(clusterFeatures.rawValue)
        writer.write(UInt8(partners.count))
        for partner in partners {
            partner.transitions.write(to: &writer)
            partner.labeller.write(to: &writer)
            partner.arcLabeller?.write(to: &writer)
        }
        return writer.data
    }

    /// Parses one sentence. `tags` are tag codes (`TagSet.code`) of `self.tags`. On return
    /// `scratch.heads[i]` is the 1-based head of word i+1 (0 = root), `scratch.relations[i]`
    /// its relation index and `scratch.arcRelations[i]` the arc labeller's relation.
    func parse(_ words: UnsafeBufferPointer<WordShape>, tags: UnsafeBufferPointer<Int>,
               scratch: inout ParserScratch) {
        // The sentence's cluster codes, looked up once; the buffer is moved out of `scratch`
        // while parsing reads it.
        var codes: [UInt64] = []
        swap(&codes, &scratch.clusterCodes)
        defer { swap(&codes, &scratch.clusterCodes) }
        if let clusters { clusters.codes(words, into: &codes) } else { codes.removeAll() }
        codes.withUnsafeBufferPointer { codes in
            parse(words, tags: tags, clusters: codes, scratch: &scratch)
        }
    }

    /// `parse(_:tags:scratch:)` with the words' cluster codes (empty without clusters).
    private func parse(_ words: UnsafeBufferPointer<WordShape>, tags: UnsafeBufferPointer<Int>,
                       clusters codes: UnsafeBufferPointer<UInt64>,
                       scratch: inout ParserScratch) {
        let count = words.count
        scratch.heads.removeAll(keepingCapacity: true)
        scratch.relations.removeAll(keepingCapacity: true)
        scratch.arcRelations.removeAll(keepingCapacity: true)
        guard count > 0 else { return }
        if labelSource == .both {
            scratch.arcScores.removeAll(keepingCapacity: true)
            scratch.arcScores.append(contentsOf: repeatElement(0, count: count * relations.count))
        }
        scratch.state.reset(count: count)
        while !scratch.state.isFinal {
            // The one valid move needs no scoring (the best valid move whatever the scores).
            if scratch.state.onlyShiftIsValid {
                scratch.state.apply(.shift)
                continue
            }
            scratch.features.removeAll(keepingCapacity: true)
            ParserFeatures.transition(scratch.state, words, tags, codes,
                                      all: clusterFeatures == .all, into: &scratch.features)
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
            var relation = -1
            if let (head, dependent) = scratch.state.arc(best) {
                relation = arcLabel(head: head, dependent: dependent, words, tags, codes,
                                    scratch: &scratch)
            }
            scratch.state.apply(best, label: relation)
        }
        scratch.state.finish()
        for node in 1...count { scratch.heads.append(scratch.state.heads[node]) }
        guard arcLabeller != nil else {
            label(words, tags: tags, scratch: &scratch)
            scratch.arcRelations.append(contentsOf: scratch.relations)
            return
        }
        for node in 1...count {
            var relation = scratch.state.labels[node]
            let head = scratch.state.heads[node]
            if head == 0 {
                relation = rootRelation
            } else if relation < 0 {
                relation = arcLabel(head: head, dependent: node, words, tags, codes,
                                    scratch: &scratch)
            }
            scratch.arcRelations.append(relation)
        }
        if labelSource == .arc {
            scratch.relations.append(contentsOf: scratch.arcRelations)
        } else {
            label(words, tags: tags, scratch: &scratch)
        }
    }

    /// The arc labeller's relation for `head → dependent` in the current state (0 without an
    /// arc labeller: the transitions then see no relations, as they were trained).
    func arcLabel(head: Int, dependent: Int, _ words: UnsafeBufferPointer<WordShape>,
                  _ tags: UnsafeBufferPointer<Int>, _ clusters: UnsafeBufferPointer<UInt64>,
                  scratch: inout ParserScratch) -> Int {
        guard let arcLabeller else { return -1 }
        scratch.arcFeatures.removeAll(keepingCapacity: true)
        ParserFeatures.arc(head: head, dependent: dependent, scratch.state, words, tags,
                           clusters, all: clusterFeatures == .all, into: &scratch.arcFeatures)
        var best = 0
        scratch.arcFeatures.withUnsafeBufferPointer { features in
            scratch.relationScores.withUnsafeMutableBufferPointer { scores in
                for i in 0..<scores.count { scores[i] = 0 }
                arcLabeller.addScores(of: features, to: scores)
                for partner in partners {
                    partner.arcLabeller?.addScores(of: features, to: scores)
                }
                scores[rootRelation] = -Float.infinity
                best = 0
                for i in 1..<scores.count where scores[i] > scores[best] { best = i }
            }
        }
        if labelSource == .both {
            let size = relations.count, base = (dependent - 1) * size
            for i in 0..<size { scratch.arcScores[base + i] = scratch.relationScores[i] }
        }
        return best
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
            let size = relations.count, base = (dependent - 1) * size
            let both = labelSource == .both && scratch.arcScores.count >= base + size
            for i in 0..<size {
                scratch.relationScores[i] = both ? scratch.arcScores[base + i] : 0
            }
            scratch.features.withUnsafeBufferPointer { features in
                scratch.relationScores.withUnsafeMutableBufferPointer { scores in
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
    var arcFeatures: [UInt64] = []
    var moveScores = [Float](repeating: 0, count: ParserState.Move.allCases.count)
    var relationScores: [Float]
    var heads: [Int] = []
    var relations: [Int] = []
    var arcRelations: [Int] = []
    /// The cluster codes of the sentence being parsed.
    var clusterCodes: [UInt64] = []
    /// The arc labeller's scores, `relationCount` per word (with `LabelSource.both`).
    var arcScores: [Float] = []
    /// Heads indexed by node (index 0 unused), and the tree's shape for the labeller.
    var fullHeads: [Int] = []
    var leftmost: [Int] = []
    var rightmost: [Int] = []
    var childCount: [Int] = []
    /// The next dependent of the same head to the right of each node, or -1.
    var rightSibling: [Int] = []

    init(relationCount: Int) {
        relationScores = [Float](repeating: 0, count: relationCount)
        features.reserveCapacity(128)
        arcFeatures.reserveCapacity(32)
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
