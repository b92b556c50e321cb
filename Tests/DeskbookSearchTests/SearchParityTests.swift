import DeskbookSearch
import Foundation
import Testing

/// The folder where Tests/Parity/search-parity.sh put the example site (site/search/) and what
/// search.js returned for each query (search-js.json); skipped when the variable is not set.
private let parityFolder = ProcessInfo.processInfo.environment["DESKBOOK_SEARCH_PARITY"].map(URL.init(fileURLWithPath:))

@Suite(.enabled(if: parityFolder != nil, "run by Tests/Parity/search-parity.sh"))
struct SearchParityTests {
    private struct Run: Decodable {
        let lang: String
        let query: String
        let results: [SearchResult]
    }

    @Test func ranksEveryQueryLikeSearchJS() throws {
        let runs = try JSONDecoder().decode([Run].self, from: Data(contentsOf: parityFolder!.appendingPathComponent("search-js.json")))
        let engine = SearchEngine(directory: parityFolder!.appendingPathComponent("site/search").path)
        #expect(runs.count >= 40)
        var results = 0
        for run in runs {
            let swift = try engine.search(run.query, language: run.lang, limit: 10)
            #expect(swift == run.results, "\(run.lang): \(run.query.debugDescription)")
            results += swift.count
        }
        #expect(results > 200)
        print("search parity: \(runs.count) queries, \(results) results, identical in Swift and search.js")
    }
}
