import DeskbookTickets
import Foundation
import Testing

/// Votes on one answer of an FAQ page name the page's path with the question's anchor; the service keeps the
/// anchor, and the report lists each answer on its own.
@Suite struct AnswerVoteEventTests {
    static let at = Date(timeIntervalSince1970: 1_780_000_000)

    static func read(_ text: String) -> Result<SelfServiceEvent, EventProblem> {
        SelfServiceEvent.read(Data(text.utf8), at: at)
    }

    @Test(arguments: ["/en/faq/general/#is-there-a-free-plan", "/ru/faq/general/#можно-ли-пользоваться-orbitask-на-русском-языке"])
    func aVoteOnAnAnswerKeepsItsAnchor(_ article: String) throws {
        let event = try Self.read(#"{"type":"vote","lang":"en","article":"\#(article)","helpful":false,"reason":"unclear"}"#).get()
        #expect(event.article == article && event.helpful == false && event.reason == .unclear)
    }

    @Test(arguments: [
        "/en/faq/#", "/en/faq/#a#b", "#a", "/en/faq/#a b", "/en/faq/#a?b", "/en/faq/?q=1#a", "//evil.example/#a",
    ])
    func malformedAnchorsAreRefused(_ article: String) {
        #expect(throws: EventProblem.self) {
            try Self.read(#"{"type":"vote","lang":"en","article":"\#(article)","helpful":true}"#).get()
        }
    }

    @Test func theReportListsEachUnhelpfulAnswerWithItsAnchor() {
        let free = "/en/faq/general/#is-there-a-free-plan"
        let events = [
            SelfServiceEvent(kind: .vote, at: Self.at, language: "en", article: free, helpful: false, reason: .outdated),
            SelfServiceEvent(kind: .vote, at: Self.at, language: "en", article: free, helpful: true),
            SelfServiceEvent(kind: .vote, at: Self.at, language: "en", article: "/en/faq/general/#what-is-orbitask", helpful: true),
            SelfServiceEvent(kind: .vote, at: Self.at, language: "en", article: "/en/faq/general/", helpful: false),
        ]
        let report = SelfServiceReport.compute(events: events, requests: [], from: Self.at, to: Self.at.addingTimeInterval(1), language: nil)
        #expect(report.unhelpfulArticles.map { "\($0.article) \($0.unhelpful)/\($0.helpful)" } == ["/en/faq/general/ 1/0", "\(free) 1/1"])
    }
}
