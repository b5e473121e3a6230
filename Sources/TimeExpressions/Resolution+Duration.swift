import TextAnalysis

/// Values of durations and sets, which need no reference date.
extension Resolution {
    /// TIMEX3 durations count decades and centuries in years, quarters and halves in months
    /// and weekends in days, as TimeBank does (`P10Y`, `P9M`, `P2D`).
    func duration(_ parse: TemporalParse) -> String {
        var unit = parse.unit ?? .day
        var amount = parse.amount ?? "1"
        let factors: [TimeUnit: (TimeUnit, Int)] = [
            .decade: (.year, 10), .century: (.year, 100), .quarter: (.month, 3),
            .half: (.month, 6), .weekend: (.day, 2), .season: (.month, 3),
        ]
        var half = parse.plusHalf
        if let (base, factor) = factors[unit] {
            unit = base
            if let count = Int(amount) {
                amount = String(count * factor + (half && factor % 2 == 0 ? factor / 2 : 0))
                if factor % 2 == 0 { half = false }
            }
        }
        guard half, let count = Int(amount) else {
            let (letter, isTime) = unit.durationLetter
            return "P" + (isTime ? "T" : "") + amount + letter
        }
        // A half is written in the next smaller unit: P2Y6M, PT5H30M, P1DT12H.
        let halves: [TimeUnit: (TimeUnit, Int)] = [
            .year: (.month, 6), .month: (.day, 15), .week: (.day, 3), .day: (.hour, 12),
            .hour: (.minute, 30), .minute: (.second, 30),
        ]
        guard let (smaller, size) = halves[unit] else { return "PX" + unit.durationLetter.letter }
        var parts: [(Int, TimeUnit)] = [(size, smaller)]
        if count > 0 { parts.insert((count, unit), at: 0) }
        if unit == .week {
            parts = [(count * 7 + 3, .day), (12, .hour)]
        }
        var text = "P"
        var inTime = false
        for (value, part) in parts {
            let (letter, isTime) = part.durationLetter
            if isTime && !inTime {
                text += "T"
                inTime = true
            }
            text += String(value) + letter
        }
        return text
    }

    func set(_ parse: TemporalParse) -> String {
        if let weekday = parse.weekday {
            return "XXXX-WXX-\(weekday)" + (parse.partOfDay.map { "T" + $0 } ?? "")
        }
        if let month = parse.month { return "XXXX-" + CalendarPoint.pad(month, 2) }
        if let season = parse.season { return "XXXX-" + season }
        if let quarter = parse.quarter { return "XXXX-Q\(quarter)" }
        if let partOfDay = parse.partOfDay, parse.unit == nil { return "TXX" + partOfDay }
        return duration(parse)
    }
}
