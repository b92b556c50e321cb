import DeskbookTickets
import Foundation
import Testing

/// Reading an event as a page sends it: the agreed shapes, and every way a body is refused.
@Suite struct SelfServiceEventTests {
    static let at = Date(timeIntervalSince1970: 1_780_000_000)

    static func read(_ text: String) -> Result<SelfServiceEvent, EventProblem> {
        SelfServiceEvent.read(Data(text.utf8), at: at)
    }

    @Test func aSearchKeepsItsTrimmedQueryAndResultCount() throws {
        let long = String(repeating: "ab ", count: 100)
        let event = try Self.read(#"{"type":"search","lang":"en","query":"  \#(long)","results":3}"#).get()
        #expect(event.kind == .search && event.language == "en" && event.results == 3 && event.at == Self.at)
        #expect(event.query == String(long.trimmingCharacters(in: .whitespaces).prefix(200)))
        #expect(event.query?.count == 200)
    }

    @Test(arguments: ["suggestion_shown", "suggestion_opened", "answered", "submitted_anyway"])
    func suggestionEventsNameTheirArticle(_ type: String) throws {
        let event = try Self.read(#"{"type":"\#(type)","lang":"en","article":"/en/billing/refunds/"}"#).get()
        #expect(event.kind.rawValue == type && event.article == "/en/billing/refunds/")
        #expect(event.query == nil && event.helpful == nil)
    }

    @Test func aNoVoteKeepsItsReasonAndCommentTrimmedTo500Characters() throws {
        let comment = String(repeating: "é", count: 600)
        let event = try Self.read(#"{"type":"vote","lang":"ru","article":"/ru/x/","helpful":false,"reason":"not_my_question","comment":"\#(comment)"}"#).get()
        #expect(event.helpful == false && event.reason == .notMyQuestion)
        #expect(event.comment == String(repeating: "é", count: 500))
        let yes = try Self.read(#"{"type":"vote","lang":"en","article":"/en/x/","helpful":true}"#).get()
        #expect(yes.helpful == true && yes.reason == nil && yes.comment == nil)
    }

    @Test func keysTheTypeDoesNotUseAreNotKept() throws {
        let event = try Self.read(#"{"type":"answered","lang":"en","article":"/en/x/","email":"someone@example.com","query":"q"}"#).get()
        #expect(event == SelfServiceEvent(kind: .answered, at: Self.at, language: "en", article: "/en/x/"))
    }

    @Test(arguments: [
        "", "[]", "null", "not json", #"{"type":"search","lang":"en","query":"a","results":1,"type":"vote"}"#,
        #"{"type":"click","lang":"en","article":"/en/x/"}"#, #"{"lang":"en","article":"/en/x/"}"#,
        #"{"type":"answered","article":"/en/x/"}"#, #"{"type":"answered","lang":"e n","article":"/en/x/"}"#,
        #"{"type":"answered","lang":"en"}"#, #"{"type":"answered","lang":"en","article":"https://evil.example/"}"#,
        #"{"type":"answered","lang":"en","article":"//evil.example/x"}"#, #"{"type":"answered","lang":"en","article":"/en/x/?q=1"}"#,
        #"{"type":"search","lang":"en","query":"a"}"#, #"{"type":"search","lang":"en","query":"a","results":-1}"#,
        #"{"type":"search","lang":"en","query":"a","results":1.5}"#, #"{"type":"search","lang":"en","query":5,"results":1}"#,
        #"{"type":"vote","lang":"en","article":"/en/x/"}"#, #"{"type":"vote","lang":"en","article":"/en/x/","helpful":"no"}"#,
        #"{"type":"vote","lang":"en","article":"/en/x/","helpful":false,"reason":"boring"}"#,
        #"{"type":"vote","lang":"en","article":"/en/x/","helpful":true,"reason":"unclear"}"#,
        #"{"type":"vote","lang":"en","article":"/en/x/","helpful":true,"comment":"great"}"#,
    ])
    func malformedEventsAreRefused(_ text: String) {
        #expect(throws: EventProblem.self) { try Self.read(text).get() }
    }

    @Test func anOversizedBodyIsRefused() {
        let padding = String(repeating: " ", count: SelfServiceEvent.maxBytes)
        #expect(throws: EventProblem.self) { try Self.read(#"{"type":"answered","lang":"en","article":"/en/x/"}"# + padding).get() }
    }
}
