import Testing
@testable import TextAnalysis

struct CalendarDateTests {
    @Test(arguments: [
        ("1970-01-01", 0, 4),
        ("2025-11-21", 20_413, 5),
        ("2000-02-29", 11_016, 2),
        ("1999-12-31", 10_956, 5),
        ("1900-03-01", -25_508, 4),
    ])
    func convertsBetweenDaysAndFields(iso: String, days: Int, weekday: Int) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.daysSinceEpoch == days)
        #expect(CalendarDate(daysSinceEpoch: days) == date)
        #expect(date.weekday == weekday)
        #expect(date.description == iso)
    }

    @Test(arguments: ["2025-02-29", "2025-13-01", "25-11-21", "2025/11/21", "", "yesterday"])
    func rejectsImpossibleOrMalformedDates(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test(arguments: [
        ("2025-01-31", 1, "2025-02-28"),
        ("2024-01-31", 1, "2024-02-29"),
        ("2025-11-21", -1, "2025-10-21"),
        ("2025-01-15", -13, "2023-12-15"),
    ])
    func addsMonthsClampingTheDay(start: String, months: Int, expected: String) throws {
        let date = try #require(CalendarDate(iso: start))
        #expect(date.adding(months: months).description == expected)
    }

    @Test(arguments: [("2025-11-21", 2025, 47), ("2021-01-03", 2020, 53), ("2024-12-30", 2025, 1)])
    func computesISOWeeks(iso: String, year: Int, week: Int) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.isoWeek.year == year)
        #expect(date.isoWeek.week == week)
    }
}
