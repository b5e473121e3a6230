import Testing
import TextAnalysis

/// The shipped parser on real news sentences: the main verb, its subject and object.
struct DependencyParserTests {
    static let examples: [(text: String, root: String, subject: String, object: String)] = [
        ("President Emmanuel Macron praised the decision.", "praised", "Emmanuel", "decision"),
        ("The army seized the airport on Monday.", "seized", "army", "airport"),
        ("Police arrested three men in Paris.", "arrested", "Police", "men"),
    ]

    @Test(arguments: examples)
    func findsVerbSubjectAndObject(example: (text: String, root: String, subject: String,
                                             object: String)) throws {
        var document = makeDocument(example.text)
        try TextAnalyzer.standard.process(&document)
        let words = document.tokens.map { document.text(of: $0) }
        guard let root = document.tokens.firstIndex(where: { $0.dependency == "root" }) else {
            Issue.record("no root"); return
        }
        #expect(words[root] == example.root)
        let subject = document.tokens.indices.first {
            document.tokens[$0].dependency == "nsubj" && document.tokens[$0].head == root
        }
        let object = document.tokens.indices.first {
            document.tokens[$0].dependency == "obj" && document.tokens[$0].head == root
        }
        #expect(subject.map { words[$0] } == example.subject)
        #expect(object.map { words[$0] } == example.object)
    }

    @Test func everySentenceIsOneTreeWithinItsSentence() throws {
        var document = makeDocument("""
            Russia expels diplomats
            MOSCOW (Reuters) - Russia expelled two U.S. diplomats on Friday, officials said. \
            The embassy did not comment.
            """)
        try TextAnalyzer.standard.process(&document)
        #expect(document.sentences.count == 3)
        for sentence in document.sentences {
            let roots = sentence.tokens.filter { document.tokens[$0].head == nil }
            #expect(roots.count == 1)
            for index in sentence.tokens {
                let token = document.tokens[index]
                #expect(token.dependency != nil)
                if let head = token.head { #expect(sentence.tokens.contains(head)) }
                // Following heads always reaches the root: no cycles.
                var current = index, steps = 0
                while let next = document.tokens[current].head, steps <= sentence.tokens.count {
                    current = next; steps += 1
                }
                #expect(steps <= sentence.tokens.count)
            }
        }
    }
}

/// Relations the shipped parser names, on real news phrasing.
struct DependencyRelationTests {
    static let examples: [(text: String, word: String, relation: String)] = [
        ("Two soldiers were killed in the attack.", "soldiers", "nsubj:pass"),
        ("Two soldiers were killed in the attack.", "were", "aux:pass"),
        ("The minister gave reporters a statement.", "statement", "obj"),
        ("Protesters marched to the parliament building.", "parliament", "compound"),
        ("The talks, which began on Monday, ended.", "began", "acl:relcl"),
    ]

    /// Relations the shipped parser gets wrong (measured, not wished): the double object is
    /// read as two objects. A parser that gets one right fails this test, so the row can
    /// move to `examples`.
    static let knownMisses: [(text: String, word: String, relation: String)] = [
        ("The minister gave reporters a statement.", "reporters", "iobj"),
    ]

    static func relation(of word: String, in text: String) throws -> String? {
        var document = makeDocument(text)
        try TextAnalyzer.standard.process(&document)
        return document.tokens.first { document.text(of: $0) == word }?.dependency
    }

    @Test(arguments: examples)
    func namesTheRelation(example: (text: String, word: String, relation: String)) throws {
        #expect(try Self.relation(of: example.word, in: example.text) == example.relation)
    }

    @Test(arguments: knownMisses)
    func missesTheRelation(example: (text: String, word: String, relation: String)) throws {
        let found = try Self.relation(of: example.word, in: example.text)
        withKnownIssue {
            #expect(found == example.relation)
        }
    }

    @Test func trainedParserKeepsItsLabelSourceThroughItsFile() throws {
        let sentences = try Treebank.parse(EvaluationTests.conllu, source: "inline")
        var trainer = DependencyParserTrainer()
        trainer.iterations = 2
        trainer.labellerIterations = 2
        trainer.folds = 0
        trainer.pruneThreshold = 0
        trainer.labelSource = .both
        let tagger = try POSTaggerModel.shipped()
        let parser = try trainer.train(sentences, tagger: tagger)
        for source in [DependencyParserModel.LabelSource.arc, .tree, .both] {
            let chosen = parser.labelling(from: source)
            let copy = try DependencyParserModel(data: chosen.serialized(), file: "copy")
            #expect(copy.labelSource == source)
            #expect(copy.relations == parser.relations)
            #expect(copy.evaluate(sentences, tagger: tagger)
                    == chosen.evaluate(sentences, tagger: tagger))
        }
    }

    @Test(arguments: [DependencyParserModel.ClusterFeatures.all, .few, .none])
    func trainedParserKeepsItsClusterFeaturesThroughItsFile(
        clusters: DependencyParserModel.ClusterFeatures) throws {
        let sentences = try Treebank.parse(EvaluationTests.conllu, source: "inline")
        var trainer = DependencyParserTrainer()
        trainer.iterations = 2
        trainer.folds = 0
        trainer.pruneThreshold = 0
        trainer.clusterFeatures = clusters
        let tagger = try POSTaggerModel.shipped()
        let parser = try trainer.train(sentences, tagger: tagger)
        let copy = try DependencyParserModel(data: parser.serialized(), file: "copy")
        #expect(parser.clusterFeatures == clusters)
        #expect(copy.clusterFeatures == clusters)
        #expect(copy.usesWordClusters == (clusters != .none))
        #expect(copy.evaluate(sentences, tagger: tagger) == parser.evaluate(sentences, tagger: tagger))
    }
}
