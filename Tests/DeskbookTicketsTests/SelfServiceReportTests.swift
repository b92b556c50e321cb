import DeskbookTickets
import Foundation
import Testing

/// The report as a pure function of events and request facts.
@Suite struct SelfServiceReportTests {
    static let start = Date(timeIntervalSince1970: 1_780_000_000)
    static let end = start.addingTimeInterval(30 * 86400)

    static func at(_ hours: Double) -> Date { start.addingTimeInterval(hours * 3600) }

    static let events: [SelfServiceEvent] = [
        SelfServiceEvent(kind: .search, at: at(1), language: "en", query: "Refund  Policy", results: 0),
        SelfServiceEvent(kind: .search, at: at(2), language: "en", query: "refund policy", results: 0),
        SelfServiceEvent(kind: .search, at: at(3), language: "en", query: "dark mode", results: 0),
        SelfServiceEvent(kind: .search, at: at(4), language: "en", query: "invoice", results: 4),
        SelfServiceEvent(kind: .search, at: at(5), language: "ru", query: "возврат", results: 0),
        SelfServiceEvent(kind: .answered, at: at(6), language: "en", article: "/en/billing/refunds/"),
        SelfServiceEvent(kind: .answered, at: at(7), language: "en", article: "/en/billing/refunds/"),
        SelfServiceEvent(kind: .answered, at: at(8), language: "ru", article: "/ru/billing/"),
        SelfServiceEvent(kind: .submittedAnyway, at: at(9), language: "en", article: "/en/billing/refunds/"),
        SelfServiceEvent(kind: .vote, at: at(10), language: "en", article: "/en/sync/", helpful: false, reason: .outdated, comment: "old screens"),
        SelfServiceEvent(kind: .vote, at: at(11), language: "en", article: "/en/sync/", helpful: false, reason: .outdated),
        SelfServiceEvent(kind: .vote, at: at(12), language: "en", article: "/en/sync/", helpful: true),
        SelfServiceEvent(kind: .vote, at: at(13), language: "en", article: "/en/login/", helpful: false),
        SelfServiceEvent(kind: .vote, at: at(14), language: "en", article: "/en/fine/", helpful: true),
        // Outside the period.
        SelfServiceEvent(kind: .answered, at: start.addingTimeInterval(-1), language: "en", article: "/en/old/"),
        SelfServiceEvent(kind: .answered, at: end, language: "en", article: "/en/new/"),
    ]

    static let requests: [RequestFact] = [
        RequestFact(receivedAt: at(1), language: "en", department: "billing", firstResponseAt: at(3)),
        RequestFact(receivedAt: at(2), language: "en", department: "billing", firstResponseAt: at(3)),
        RequestFact(receivedAt: at(3), language: "ru", department: "technical"),
        RequestFact(receivedAt: at(4), language: "en", department: nil, firstResponseAt: at(8)),
        RequestFact(receivedAt: end, language: "en", department: "billing"),
    ]

    @Test func countsTheSelfServiceRateSearchesArticlesVotesAndDepartments() {
        let report = SelfServiceReport.compute(events: Self.events, requests: Self.requests, from: Self.start, to: Self.end, language: nil)
        #expect(report.answered == 3 && report.submitted == 4)
        #expect(report.selfServiceRate == 3.0 / 7.0)
        #expect(report.searches == 5)
        #expect(report.searchesWithoutResults.map { "\($0.count) \($0.name)" } == ["2 refund policy", "1 dark mode", "1 возврат"])
        #expect(report.answeringArticles.map { "\($0.count) \($0.name)" } == ["2 /en/billing/refunds/", "1 /ru/billing/"])
        #expect(report.unhelpfulArticles.map(\.article) == ["/en/sync/", "/en/login/"])
        let sync = report.unhelpfulArticles[0]
        #expect(sync.unhelpful == 2 && sync.helpful == 1 && sync.comments == ["old screens"])
        #expect(sync.reasons.map { "\($0.count) \($0.name)" } == ["2 outdated"])
        #expect(report.requestsByDepartment.map { "\($0.count) \($0.name)" } == ["2 billing", "1 none", "1 technical"])
        // 1 h, 2 h and 4 h: the median is 2 h.
        #expect(report.medianFirstResponse == 7200 && report.firstResponsesKnown == 3)
    }

    @Test func aLanguageLimitsEveryPart() {
        let report = SelfServiceReport.compute(events: Self.events, requests: Self.requests, from: Self.start, to: Self.end, language: "ru")
        #expect(report.answered == 1 && report.submitted == 1 && report.selfServiceRate == 0.5)
        #expect(report.searchesWithoutResults.map(\.name) == ["возврат"])
        #expect(report.unhelpfulArticles.isEmpty)
        #expect(report.medianFirstResponse == nil)
    }

    @Test func anEmptyPeriodReportsNothingRatherThanZero() throws {
        let report = SelfServiceReport.compute(events: [], requests: [], from: Self.start, to: Self.end, language: nil)
        #expect(report.selfServiceRate == nil && report.medianFirstResponse == nil)
        #expect(report.text().contains("Self-service rate: not reported"))
        #expect(report.text().contains("Median time to first response: not reported"))
        let json = try #require(try JSONSerialization.jsonObject(with: report.json()) as? [String: Any])
        #expect(json["self_service_rate"] is NSNull && json["median_first_response_seconds"] is NSNull)
        #expect(json["submitted"] as? Int == 0)
    }

    @Test func theTextNamesEachFigure() {
        let text = SelfServiceReport.compute(events: Self.events, requests: Self.requests, from: Self.start, to: Self.end, language: nil).text()
        #expect(text.contains("Self-service rate: 42.9% (3 answered by an article, 4 requests submitted)"))
        #expect(text.contains("  2  refund policy"))
        #expect(text.contains("  2 no, 1 yes  /en/sync/  reasons: outdated 2"))
        #expect(text.contains("      \"old screens\""))
        #expect(text.contains("Median time to first response: 2 h 0 min (over 3 requests)"))
    }

    @Test(arguments: [("30d", 30.0 * 86400), ("12h", 12.0 * 3600), ("2w", 14.0 * 86400)])
    func periodsAreDaysHoursOrWeeks(_ text: String, _ seconds: Double) {
        #expect(ReportPeriod.seconds(text) == seconds)
    }

    @Test(arguments: ["", "d", "0d", "-3d", "30", "30m", "3.5d", "999999999999999999w", "100000w"])
    func otherPeriodsAreRefused(_ text: String) {
        #expect(ReportPeriod.seconds(text) == nil)
    }
}
