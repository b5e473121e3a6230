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
