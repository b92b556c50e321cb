import DeskbookIntake
import Foundation
import Testing

/// `holidays: {country: ...}` takes a built-in calendar (scripts/generate_holidays.py), to which dates add.
@Suite struct PublicHolidayTests {
    private func firstResponse(holidays: String, zone: String = "Europe/Moscow", at time: String) throws -> String {
        let yaml = """
            fields:
              - id: subject
                label: Subject
            schedule:
              time_zone: \(zone)
              hours: "09:00-18:00"
              holidays: \(holidays)
              target: {response: 2 working hours}
            """
        let parsed = TestSupport.parse(yaml)
        let rules = try #require(parsed.rules, "\(parsed.diagnostics)")
        let result = IntakeChecker(rules: rules).check(.object(["subject": .string("Export")]), language: "en", at: TestSupport.date(time))
        return try #require(result.expectedResponse).firstResponseBy
    }

    @Test func aCountrysCalendarSkipsItsHolidays() throws {
        // Thursday 2026-01-08 17:00 in Moscow: the New Year days off last until Friday 9 January (moved from the 3rd).
        #expect(try firstResponse(holidays: "[]", at: "2026-01-08T17:00:00+03:00") == "2026-01-09T10:00:00+03:00")
        #expect(try firstResponse(holidays: "{country: RU}", at: "2026-01-08T17:00:00+03:00") == "2026-01-12T11:00:00+03:00")
        // Vietnam's Tết follows the lunar calendar: 16 to 20 February 2026.
        #expect(try firstResponse(holidays: "{country: VN}", zone: "Asia/Ho_Chi_Minh", at: "2026-02-13T17:00:00+07:00") == "2026-02-23T10:00:00+07:00")
    }

    @Test func aProvinceAddsItsOwnHolidaysAndDatesAddToTheCalendar() throws {
        // Alberta's Family Day, Monday 16 February 2026, is no holiday in Canada as a whole.
        #expect(try firstResponse(holidays: "{country: CA}", zone: "America/Edmonton", at: "2026-02-13T17:00:00-07:00") == "2026-02-16T10:00:00-07:00")
        #expect(try firstResponse(holidays: "{country: CA, subdivision: AB}", zone: "America/Edmonton", at: "2026-02-13T17:00:00-07:00") == "2026-02-17T10:00:00-07:00")
        #expect(try firstResponse(holidays: "{country: CA, subdivision: ab, dates: [2026-02-17]}", zone: "America/Edmonton", at: "2026-02-13T17:00:00-07:00") == "2026-02-18T10:00:00-07:00")
    }

    @Test func anUnknownCalendarIsAnErrorAtItsName() {
        let yaml = """
            fields:
              - id: subject
                label: Subject
            schedule:
              time_zone: Europe/Moscow
              holidays: {country: XX}
              target: {response: 2 working hours}
            """
        let diagnostics = TestSupport.parse(yaml).diagnostics
        #expect(diagnostics.contains { $0.hasPrefix("intake.yml:6:23: error: no built-in holiday calendar 'XX'; Deskbook has AE, AR") })
        let province = TestSupport.parse(yaml.replacingOccurrences(of: "{country: XX}", with: "{country: CA, subdivision: ZZ}")).diagnostics
        #expect(province.contains { $0.contains("no built-in holiday calendar 'CA-ZZ'; Deskbook has CA-AB, CA-BC") })
    }
}
