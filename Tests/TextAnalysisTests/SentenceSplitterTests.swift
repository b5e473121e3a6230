import Testing
import TextAnalysis

/// Sentence boundaries in real news phrasing; sentences are joined by " || ".
struct SentenceSplitterTests {
    static let examples: [(String, String)] = [
        ("Mr. Smith arrived. He left at 5 p.m. on Friday.",
         "Mr. Smith arrived. || He left at 5 p.m. on Friday."),
        ("The troops left the U.S. The war ended.",
         "The troops left the U.S. || The war ended."),
        ("Gen. Lee met U.S. President Biden.", "Gen. Lee met U.S. President Biden."),
        ("\"Stop!\" he shouted. \"Now!\"", "\"Stop!\" he shouted. || \"Now!\""),
        ("Russia expels diplomats\nMOSCOW (Reuters) - Russia expelled two diplomats.",
         "Russia expels diplomats || MOSCOW (Reuters) - Russia expelled two diplomats."),
        ("Talks resume\n\nThe talks resumed on Jan. 5 in Geneva.",
         "Talks resume || The talks resumed on Jan. 5 in Geneva."),
        ("He said the figures,\nreleased on Monday, were wrong.",
         "He said the figures,\nreleased on Monday, were wrong."),
        ("Is it over? Yes. It is.", "Is it over? || Yes. || It is."),
        // Web text starts sentences in lower case after a bare ! or ?.
        ("Is the pool open on Sundays? does anyone know?",
         "Is the pool open on Sundays? || does anyone know?"),
        ("Great service! we will be back.", "Great service! || we will be back."),
        ("\"Why?\" she asked.", "\"Why?\" she asked."),
        // An ellipsis before a lower-case word trails off within the sentence.
        ("I have a Saab... which everything breaks on.",
         "I have a Saab... which everything breaks on."),
        ("Nice people.. and the food is good.", "Nice people.. and the food is good."),
        ("It was late... The bar had closed.", "It was late... || The bar had closed."),
        // Punctuation opening the next paragraph belongs to it.
        ("You've all won!\n\n...Now comes the fun part.",
         "You've all won! || ...Now comes the fun part."),
        ("Was it tequila? .. yeah, I think so.", "Was it tequila? .. yeah, I think so."),
        // A date-and-time stamp of an e-mail or blog header stands alone.
        ("Kay Mann 04/26/2001 07:17 AM Will you be providing an executed copy?",
         "Kay Mann || 04/26/2001 07:17 AM || Will you be providing an executed copy?"),
        ("Posted by Anna at 3/9/2005 11:16:00 PM no comments",
         "Posted by Anna at 3/9/2005 11:16:00 PM || no comments"),
        ("The notes were made on 04/25/01 12:42:55 We have changed our address.",
         "The notes were made on 04/25/01 12:42:55 || We have changed our address."),
        ("The score was 3/4 at 10:30 in the morning.",
         "The score was 3/4 at 10:30 in the morning."),
        // Addresses and a letter's closing end a sentence before a capitalised word.
        ("Email: anna@example.com The pictures are attached.",
         "Email: anna@example.com || The pictures are attached."),
        ("See http://www.example.org/news Today we start.",
         "See http://www.example.org/news || Today we start."),
        ("Write to anna@example.com for details.", "Write to anna@example.com for details."),
        ("I hope this helps. Kind regards, Anna", "I hope this helps. || Kind regards, || Anna"),
        ("He did his best, Smith said.", "He did his best, Smith said."),
    ]

    @Test(arguments: examples)
    func splitsNewsTextIntoSentences(text: String, expected: String) throws {
        var document = makeDocument(text)
        try Tokenizer().process(&document)
        try SentenceSplitter().process(&document)
        let sentences = document.sentences.map { document.text(of: $0.span) }
        #expect(sentences.joined(separator: " || ") == expected)
    }
}
