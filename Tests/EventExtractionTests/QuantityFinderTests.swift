import Testing
@testable import EventExtraction

/// The figures events give, in news phrasing: the number on the trigger's object or subject,
/// its hedge and what it counts; and numbers that are no reported figure.
struct QuantityFinderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let trigger: String
        /// The figure as written, nil when the event must have none.
        let figure: String?
        var value: Double = 0
        var bound: QuantityBound = .exact
        var unit: String = ""
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Ukraine's air force said it had shot down 58 of the 94 drones launched "
             + "by Russia overnight.", trigger: "shot", figure: "58", value: 58,
             unit: "drone"),
        Case(text: "At least 12 people were killed when a missile hit a busy market in the "
             + "city, officials said.", trigger: "killed", figure: "At least 12", value: 12,
             bound: .atLeast, unit: "person"),
        Case(text: "The earthquake killed more than 300 people in the region.",
             trigger: "killed", figure: "more than 300", value: 300, bound: .atLeast,
             unit: "person"),
        Case(text: "Israeli troops arrested 15 Palestinians in raids across the West Bank.",
             trigger: "arrested", figure: "15", value: 15, unit: "palestinians"),
        Case(text: "Police detained two dozen protesters outside parliament on Saturday.",
             trigger: "detained", figure: "two dozen", value: 24, unit: "protester"),
        Case(text: "Gunmen kidnapped 20 students from a school in northern Nigeria.",
             trigger: "kidnapped", figure: "20", value: 20, unit: "student"),
        Case(text: "The European Union pledged 1.2 million euros in humanitarian aid.",
             trigger: "pledged", figure: "1.2 million", value: 1_200_000, unit: "euro"),
        Case(text: "Rebels killed 14 in an attack on a village near the border.",
             trigger: "killed", figure: "14", value: 14),
        Case(text: "Turkish forces have captured some 1,200 fighters since the offensive "
             + "began.", trigger: "captured", figure: "some 1,200", value: 1_200,
             bound: .about, unit: "fighter"),
        // A phrasal verb's particle before the figure ("shot down 60"), which a tagger may
        // read as the figure's preposition.
        Case(text: "The air force said Russia had shot down 60 of the 94 drones.",
             trigger: "shot", figure: "60", value: 60, unit: "drone"),
        Case(text: "The carmaker laid off 200 of its 900 workers in Ohio last month.",
             trigger: "laid", figure: "200", value: 200, unit: "worker"),
        // No figure: a year, a number that refers back to a known set, a name.
        Case(text: "Gunmen kidnapped the students in 2021.", trigger: "kidnapped",
             figure: nil),
        Case(text: "The two leaders met in Geneva on Tuesday.", trigger: "met", figure: nil),
        Case(text: "Russia attacked Ukraine's energy infrastructure overnight.",
             trigger: "attacked", figure: nil),
    ]

    @Test func eachCoordinatedFigureIsRead() throws {
        let document = try ExtractorFixture.annotate(
            "The military said it had destroyed 12 tanks and 30 armoured vehicles in the "
            + "fighting.")
        let event = try #require(document.events.first {
            document.text(of: $0.trigger) == "destroyed"
        })
        #expect(event.quantities.map(\.value) == [12, 30])
        #expect(event.quantities.map(\.unit) == ["tank", "vehicle"])
    }

    @Test func aFigureWithItsOwnVerbIsNotTheObject() throws {
        let document = try ExtractorFixture.annotate(
            "At least 75 people were killed and 1,643 wounded there, ambulance officials "
            + "said.")
        let event = try #require(document.events.first {
            document.text(of: $0.trigger) == "killed"
        })
        #expect(event.quantities.map(\.value) == [75])
    }

    @Test(arguments: cases)
    func readsTheFigureOfAnEvent(_ example: Case) throws {
        let document = try ExtractorFixture.annotate(example.text)
        let event = try #require(document.events.first {
            document.text(of: $0.trigger) == example.trigger
        })
        guard let figure = example.figure else {
            #expect(event.quantities.isEmpty, "\(event.quantities)")
            return
        }
        let quantity = try #require(event.quantities.first)
        #expect(document.text(of: quantity.span) == figure)
        #expect(quantity.value == example.value)
        #expect(quantity.bound == example.bound)
        #expect(quantity.unit == example.unit)
    }

    static let values: [(keys: [String], value: Double)] = [
        (["58"], 58), (["1,200"], 1_200), (["2.5"], 2.5), (["twenty-five"], 25),
        (["two", "hundred"], 200), (["3", "million"], 3_000_000),
        (["one", "hundred", "twenty"], 120), (["dozen"], 12),
    ]

    @Test(arguments: values)
    func readsNumbersWrittenInDigitsOrWords(_ example: (keys: [String], value: Double))
        throws {
        #expect(try QuantityLexicon.bundled().value(of: example.keys) == example.value)
    }

    @Test func aMalformedNumberIsNoFigure() throws {
        let lexicon = try QuantityLexicon.bundled()
        #expect(lexicon.value(of: ["1,20"]) == nil)
        #expect(lexicon.value(of: ["drones"]) == nil)
        #expect(!lexicon.isNumeric("first"))
    }
}
