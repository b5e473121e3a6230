import EventExtraction

/// One report's figure for an event ("58 drones" in wire-a, sentence 2), kept with where it
/// was read: when outlets disagree on a number, every reading stays in the event.
public struct QuantityReading: Sendable, Hashable, Codable {
    /// The article the figure was read in.
    public var document: String
    /// Sentence index in that article.
    public var sentence: Int
    /// The figure with its hedge, as written ("at least 12").
    public var text: String
    /// Offsets of `text` (Unicode scalars, end exclusive).
    public var start: Int
    public var end: Int
    public var value: Double
    public var bound: QuantityBound
    /// What is counted, as the counted noun's lemma (`drone`); empty for a bare number.
    public var unit: String

    public init(document: String, sentence: Int, text: String, start: Int, end: Int,
                value: Double, bound: QuantityBound, unit: String) {
        self.document = document
        self.sentence = sentence
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.bound = bound
        self.unit = unit
    }

    /// The figure as a reader would write it ("at least 12", "1,200,000"): the hedge and
    /// the value, whatever words the article used.
    public var figure: String {
        let whole = value.rounded() == value && abs(value) < 1e15
        let number = whole ? Self.grouped(Int64(value)) : String(value)
        return bound.prefix + number
    }

    static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }
}

/// The figures several reports give for one thing an event counts (`drone`), grouped by
/// reading: more than one reading is a disagreement between sources.
public struct QuantityComparison: Sendable, Hashable {
    /// What is counted (`drone`), empty for bare numbers.
    public var unit: String
    /// Each distinct figure (`QuantityReading.figure`) with the articles that give it, in
    /// the order the articles were read.
    public var readings: [(figure: String, documents: [String])]

    /// Whether the articles give different figures.
    public var disagrees: Bool { readings.count > 1 }

    /// "drone: 58 (wire-a) / 60 (wire-b)", as the views print a disagreement.
    public var description: String {
        (unit.isEmpty ? "" : "\(unit): ")
            + readings.map { "\($0.figure) (\($0.documents.joined(separator: ", ")))" }
            .joined(separator: " / ")
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.unit == rhs.unit && lhs.readings.map(\.figure) == rhs.readings.map(\.figure)
            && lhs.readings.map(\.documents) == rhs.readings.map(\.documents)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(unit)
        for reading in readings {
            hasher.combine(reading.figure)
            hasher.combine(reading.documents)
        }
    }
}

extension QuantityComparison {
    /// `readings` by what they count, units in first-read order: one comparison per unit,
    /// its readings in the order of the first article giving each. An article that repeats
    /// a figure counts once for it.
    public static func comparisons(of readings: [QuantityReading]) -> [QuantityComparison] {
        var units: [String] = []
        var grouped: [String: [(figure: String, documents: [String])]] = [:]
        for quantity in readings {
            if grouped[quantity.unit] == nil {
                units.append(quantity.unit)
                grouped[quantity.unit] = []
            }
            let figure = quantity.figure
            if let index = grouped[quantity.unit]?.firstIndex(where: { $0.figure == figure }) {
                if grouped[quantity.unit]?[index].documents.contains(quantity.document)
                    == false {
                    grouped[quantity.unit]?[index].documents.append(quantity.document)
                }
            } else {
                grouped[quantity.unit]?.append((figure, [quantity.document]))
            }
        }
        return units.map { QuantityComparison(unit: $0, readings: grouped[$0] ?? []) }
    }
}

extension Event {
    /// The event's figures compared across its reports (`QuantityComparison.comparisons`).
    public var quantityComparisons: [QuantityComparison] {
        QuantityComparison.comparisons(of: quantities)
    }
}
