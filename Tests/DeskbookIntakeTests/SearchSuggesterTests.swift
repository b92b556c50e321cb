import DeskbookIntake
import DeskbookSearch
import Foundation
import Testing

/// `deskbook check`'s article suggestions: the site's search engine, with scores mapped to a 0..1 confidence
/// exactly as the request form maps them (request-form.js, Tests/JavaScript/request-form.test.mjs).
@Suite struct SearchSuggesterTests {
    struct ConfidenceTable: Decodable {
        struct Case: Decodable {
            var score: Int
            var rival: Int
            var terms: Int
            var matched: Int
            var confidence: Double
        }

        var maxScorePerTerm: Int
        var cases: [Case]
    }

    @Test func theConfidenceMappingGivesTheSharedNumbers() throws {
        let data = try #require(FileManager.default.contents(atPath: TestSupport.path("Tests/Fixtures/request-form/confidence.json")))
        let table = try JSONDecoder().decode(ConfidenceTable.self, from: data)
        #expect(SearchSuggester.maxScorePerTerm == table.maxScorePerTerm)
        for entry in table.cases {
            #expect(
                SearchSuggester.confidence(score: entry.score, rival: entry.rival, terms: entry.terms, matched: entry.matched)
                    == entry.confidence,
                "score \(entry.score), rival \(entry.rival), terms \(entry.terms), matched \(entry.matched)"
            )
        }
    }

    @Test func eachResultIsComparedWithTheBestOtherResultAndZeroConfidenceIsLeftOut() throws {
        // SearchResult is Codable, as `deskbook search --json` prints it.
        let json = """
            [{"url": "/en/a/", "title": "A", "kind": "article", "excerpt": "", "score": 2948},
             {"url": "/en/b/", "title": "B", "kind": "faq", "excerpt": "", "score": 1140},
             {"url": "/en/c/", "title": "C", "kind": "policy", "excerpt": "", "score": 1140}]
            """
        let results = try JSONDecoder().decode([SearchResult].self, from: Data(json.utf8))
        #expect(SearchSuggester.suggestions(from: results, terms: 3) == [
            Suggestion(title: "A", url: "/en/a/", kind: "article", score: SearchSuggester.confidence(score: 2948, rival: 1140, terms: 3, matched: 3)),
        ])
        #expect(SearchSuggester.suggestions(from: [], terms: 3) == [])
    }

    static func engine() async -> SearchEngine {
        func document(_ url: String, _ title: String, _ body: String, language: String = "en") -> SearchDocument {
            SearchDocument(language: language, url: url, title: title, kind: "article", headings: [], description: "", body: body, excerpt: body)
        }
        let index = await SearchIndexBuilder().build([
            document("/en/account/reset-password/", "Reset a forgotten password", "Open the reset link from the email. A reset link expires after one hour; request a new one."),
            document("/en/account/change-email/", "Change the email address of your account", "Open settings and change the account email."),
            document("/en/billing/refunds/", "Refunds", "Ask for a refund within 14 days of a payment."),
            document("/en/sync/", "Sync is not working", "Tasks do not sync between devices."),
            document("/ru/account/reset-password/", "Как сбросить забытый пароль", "Откройте ссылку из письма.", language: "ru"),
        ])
        let files = Dictionary(uniqueKeysWithValues: index.files.map { ($0.path, $0.data) })
        return SearchEngine { path in
            guard let data = files[path] else { throw CocoaError(.fileNoSuchFile) }
            return data
        }
    }

    @Test func checkSuggestsArticlesAndAsksAboutAConfidentOne() async throws {
        let checker = IntakeChecker(rules: TestSupport.siteRules, suggester: SearchSuggester(engine: await Self.engine()))
        let request: [String: Any] = [
            "name": "Anna", "email": "anna@example.com", "workspace_id": "W-58213", "app_version": "3.2.1",
            "platform": "web", "category": "account", "subject": "Reset password link expired",
            "description": "I clicked the reset link in the email, but the page says the link has expired.",
        ]
        let data = try JSONSerialization.data(withJSONObject: request)
        let result = checker.check(data: data, language: "en", at: TestSupport.date("2026-01-14T11:00:00+03:00"))
        #expect(result.suggestions.first?.url == "/en/account/reset-password/")
        #expect(result.suggestions.allSatisfy { $0.url.hasPrefix("/en/") && (0...1).contains($0.score) })
        #expect(result.findings.map(\.code) == ["docs.likely-answer"])
        var confirmed = request
        confirmed["docs_checked"] = true
        let again = checker.check(data: try JSONSerialization.data(withJSONObject: confirmed), language: "en", at: TestSupport.date("2026-01-14T11:00:00+03:00"))
        #expect(again.ready)
        #expect(again.suggestions == result.suggestions)
    }

    @Test func noIndexMeansNoSuggestions() async {
        #expect(SearchSuggester(indexDirectory: "/nonexistent/public/search") == nil)
        let suggester = SearchSuggester(engine: await Self.engine())
        #expect(suggester.suggest(query: "reset password", language: "de", limit: 5) == [], "a language without an index")
        #expect(suggester.suggest(query: "сброс пароля", language: "ru", limit: 5).first?.url == "/ru/account/reset-password/")
    }
}
