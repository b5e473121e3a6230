import Testing
import TextAnalysis
@testable import TimeExpressions

/// `TimexValue` turns TIMEX3 values into day intervals for ordering events.
@Suite struct TimexValueTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var value: String
        var start: String
        var end: String
        var granularity: TimeUnit
        var testDescription: String { value }
    }

    static let cases: [Case] = [
        Case(value: "2025-11-21", start: "2025-11-21", end: "2025-11-21", granularity: .day),
        Case(value: "2025-10", start: "2025-10-01", end: "2025-10-31", granularity: .month),
        Case(value: "2024-02", start: "2024-02-01", end: "2024-02-29", granularity: .month),
        Case(value: "2025", start: "2025-01-01", end: "2025-12-31", granularity: .year),
        Case(value: "2025-W47", start: "2025-11-17", end: "2025-11-23", granularity: .week),
        Case(value: "2025-W47-WE", start: "2025-11-22", end: "2025-11-23",
             granularity: .weekend),
        Case(value: "2025-Q3", start: "2025-07-01", end: "2025-09-30", granularity: .quarter),
        Case(value: "2025-H1", start: "2025-01-01", end: "2025-06-30", granularity: .half),
        Case(value: "2025-SU", start: "2025-06-01", end: "2025-08-31", granularity: .season),
        Case(value: "199", start: "1990-01-01", end: "1999-12-31", granularity: .decade),
        Case(value: "199X", start: "1990-01-01", end: "1999-12-31", granularity: .decade),
        Case(value: "19", start: "1900-01-01", end: "1999-12-31", granularity: .century),
        Case(value: "2025-11-21T10:00", start: "2025-11-21", end: "2025-11-21",
             granularity: .minute),
        Case(value: "2025-11-21TNI", start: "2025-11-21", end: "2025-11-21",
             granularity: .partOfDay),
        Case(value: "PRESENT_REF", start: "2025-11-21", end: "2025-11-21", granularity: .day),
        Case(value: "PAST_REF", start: "2025-11-20", end: "2025-11-20", granularity: .day),
        Case(value: "FUTURE_REF", start: "2025-11-22", end: "2025-11-22", granularity: .day),
    ]

    static let reference = CalendarDate(year: 2025, month: 11, day: 21)!

    @Test(arguments: cases)
    func givesIntervalOfValue(_ item: Case) throws {
        let interval = try #require(TimexValue(item.value).interval(relativeTo: Self.reference))
        #expect(interval.start.description == item.start)
        #expect(interval.end.description == item.end)
        #expect(interval.granularity == item.granularity)
    }

    @Test(arguments: ["XXXX-04", "P3Y", "PXM", "XXXX-WXX-2", "", "2025-13", "2025-02-30",
                      "hello", "2025-W60"])
    func hasNoIntervalWithoutCalendarPosition(_ value: String) {
        #expect(TimexValue(value).interval(relativeTo: Self.reference) == nil)
    }

    @Test func ordersCoarserFirstAtSameStart() throws {
        let values = ["2025-03-01", "2025-03", "2025", "2024-12-31", "2025-Q1"]
        let sorted = try values.map { value in
            (value, try #require(TimexValue(value).interval(relativeTo: Self.reference)))
        }.sorted { $0.1 < $1.1 }.map(\.0)
        #expect(sorted == ["2024-12-31", "2025", "2025-Q1", "2025-03", "2025-03-01"])
    }
}
