import DeskbookSearch
import Testing

/// Each result tells how many of the query's terms it matches, as search.js does (Tests/Parity compares both):
/// the request form's confidence weighs a result matching only part of a request lower (issue 13).
@Suite struct MatchedTermsTests {
    @Test func eachResultCountsTheQueryTermsItMatches() async throws {
        let index = await BuiltIndex([
            searchDocument("/en/a/", "Export tasks to a CSV file", body: "Download every task as a spreadsheet."),
            searchDocument("/en/b/", "Import tasks", body: "Bring tasks in from another tool."),
            searchDocument("/en/c/", "Refunds", body: "Ask for your money back."),
        ])
        let results = try index.engine.search("export tasks csv file", language: "en")
        #expect(results.map(\.url) == ["/en/a/", "/en/b/"])
        #expect(results.map(\.matched) == [4, 1])
    }

    @Test func pairsAndCorrectionsCountOncePerQueryTerm() async throws {
        let index = await BuiltIndex([searchDocument("/en/a/", "Export tasks", body: "Export your tasks.")])
        let results = try index.engine.search("exprot tasks ", language: "en")
        #expect(results.first?.matched == 2, "a corrected word counts, the pair of the two adds nothing")
    }
}
