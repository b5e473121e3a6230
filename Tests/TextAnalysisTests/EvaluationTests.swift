import Testing
import TextAnalysis

/// Scoring code on a tiny treebank, so reported figures rest on tested arithmetic.
struct EvaluationTests {
    static let conllu = """
        # newdoc id = d1
        # sent_id = d1-1
        # text = Russia didn't comment.
        1\tRussia\tRussia\tPROPN\tNNP\t_\t3\tnsubj\t_\t_
        2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
        2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_
        3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
        4\tcomment\tcomment\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
        5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

        # sent_id = d1-2
        # text = Mr. Lavrov said so.
        1\tMr.\tMr.\tPROPN\tNNP\t_\t2\tcompound\t_\t_
        2\tLavrov\tLavrov\tPROPN\tNNP\t_\t3\tnsubj\t_\t_
        3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
        4\tso\tso\tADV\tRB\t_\t3\tadvmod\t_\tSpaceAfter=No
        5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

        """

    @Test func readsWordsAndMultiwordTokens() throws {
        let sentences = try Treebank.parse(Self.conllu, source: "inline")
        #expect(sentences.count == 2)
        #expect(sentences[0].words.map(\.form) == ["Russia", "did", "n't", "comment", "."])
        #expect(sentences[0].multiwords.first?.form == "didn't")
        #expect(sentences[1].words[2].head == 0)
        #expect(sentences[0].documentID == "d1")
    }

    @Test func scoresTokensAndSentencesOnRebuiltText() throws {
        let sentences = try Treebank.parse(Self.conllu, source: "inline")
        let result = try TokenizationEvaluator().evaluate(sentences)
        #expect(result.tokens.f1 == 1)
        #expect(result.sentences.f1 == 1)
    }

    @Test func spanScoreCountsDuplicatesOnce() {
        let score = SpanScore(gold: [1, 2, 3, 3], predicted: [2, 3, 4])
        #expect(score.correct == 2 && score.gold == 3 && score.predicted == 3)
        #expect(abs(score.f1 - 2.0 / 3.0) < 1e-9)
    }
}
