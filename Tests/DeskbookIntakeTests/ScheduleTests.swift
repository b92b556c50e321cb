import DeskbookIntake
import Foundation
import Testing

/// The expected-response arithmetic for each kind of target, on a 9-18 Moscow schedule with a lunch hour.
@Suite struct ScheduleTests {
    private func expected(_ target: String, at time: String, extra: String = "") throws -> ExpectedResponse {
        let yaml = """
            fields:
              - id: subject
                label: Subject
            schedule:
              time_zone: Europe/Moscow
              zone_label: Moscow time
              hours: "09:00-18:00"
              breaks: ["13:00-14:00"]
              holidays: [2026-03-09]
              target: {response: \(target)}
            \(extra)
            """
        let parsed = TestSupport.parse(yaml)
        let rules = try #require(parsed.rules, "\(parsed.diagnostics)")
        let result = IntakeChecker(rules: rules).check(.object(["subject": .string("Export")]), language: "en", at: TestSupport.date(time))
        return try #require(result.expectedResponse)
    }

    @Test func workingDayIsTheDaysWorkingTime() throws {
        let response = try expected("1 working day", at: "2026-01-16T17:00:00+03:00")
        #expect(response.firstResponseBy == "2026-01-19T17:00:00+03:00")
        #expect(response.message == "If you send it now, expect the first answer by Monday 17:00 (Moscow time).")
    }

    @Test func endOfWorkingDayIsClosingTime() throws {
        let response = try expected("end of 1 working day", at: "2026-01-16T17:00:00+03:00")
        #expect(response.message == "If you send it now, expect the first answer by Monday 18:00 (Moscow time).")
        let afterClosing = try expected("end of 1 working day", at: "2026-01-16T18:00:00+03:00")
        #expect(afterClosing.firstResponseBy == "2026-01-20T18:00:00+03:00")
    }

    @Test func workingHoursSkipLunchAndMayEndAtClosing() throws {
        #expect(try expected("2 working hours", at: "2026-01-14T12:30:00+03:00").firstResponseBy == "2026-01-14T15:30:00+03:00")
        #expect(try expected("1 working hour", at: "2026-01-14T17:00:00+03:00").firstResponseBy == "2026-01-14T18:00:00+03:00")
        #expect(try expected("1 working hour", at: "2026-01-14T13:00:00+03:00").firstResponseBy == "2026-01-14T15:00:00+03:00")
    }

    @Test func holidaysAndWeekendsAreSkipped() throws {
        #expect(try expected("2 working hours", at: "2026-03-06T17:30:00+03:00").firstResponseBy == "2026-03-10T10:30:00+03:00")
    }

    @Test func extraWorkingDaysCount() throws {
        let response = try expected("2 working hours", at: "2026-03-06T17:30:00+03:00", extra: "  extra_working_days: [2026-03-07]")
        #expect(response.firstResponseBy == "2026-03-07T10:30:00+03:00")
    }

    @Test func calendarHoursStartAtTheNextOpening() throws {
        #expect(try expected("24 hours", at: "2026-01-17T10:00:00+03:00").firstResponseBy == "2026-01-20T09:00:00+03:00")
        #expect(try expected("7 days", at: "2026-01-14T11:00:00+03:00").message
            == "If you send it now, expect the first answer by Wednesday, 21 January 11:00 (Moscow time).")
    }

    @Test func otherZonesKeepTheirOffsetAcrossDaylightSaving() throws {
        let yaml = """
            fields:
              - id: subject
                label: Subject
            schedule:
              time_zone: Europe/Berlin
              days: [mon, tue, wed, thu, fri, sat, sun]
              hours: "00:00-24:00"
              target: {response: 24 hours}
            """
        let rules = try #require(TestSupport.parse(yaml).rules)
        let result = IntakeChecker(rules: rules).check(.object(["subject": .string("Export")]), language: "en", at: TestSupport.date("2026-03-28T12:00:00+01:00"))
        #expect(result.expectedResponse?.firstResponseBy == "2026-03-29T13:00:00+02:00")
    }
}
