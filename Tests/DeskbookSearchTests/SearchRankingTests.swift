import DeskbookSearch
import Foundation
import Synchronization
import Testing

private let helpCenter: [SearchDocument] = [
    searchDocument(
        "/en/account/reset-password/", "Reset a forgotten password",
        headings: ["Reset link expired", "Reset email did not arrive"],
        description: "Get a new password reset link.",
        body: "Open the sign-in page and click Forgot password. The reset link works for one hour."
    ),
    searchDocument(
        "/en/account/change-email/", "Change your email address",
        body: "Open settings to change the address. You need your password to confirm the change."
    ),
    searchDocument(
        "/en/billing/refunds/", "Refunds",
        description: "When we refund a payment.",
        body: "Annual plans can be refunded within 14 days. Write to support to ask for a refund."
    ),
    searchDocument(
        "/en/faq/billing/#can-i-get-a-refund", "Can I get a refund?", kind: "faq",
        headings: ["Billing questions"], body: "Yes, annual plans within 14 days of payment."
    ),
    searchDocument(
        "/en/faq/billing/#do-you-accept-paypal", "Do you accept PayPal?", kind: "faq",
        headings: ["Billing questions"], body: "No, only cards and bank transfers."
    ),
    searchDocument(
        "/en/troubleshooting/error-codes/", "Error code reference",
        body: "E1001 means your session expired. E2071 was fixed in version 3.2.1 of the desktop app."
    ),
    searchDocument(
        "/en/troubleshooting/sync/", "Sync is not working",
        body: "Restart the app. Reset the local cache when sync conflicts keep coming back."
    ),
    searchDocument(
        "/en/security/links/", "Links in emails",
        body: "We never send a link to reset anything unless you asked. Your password stays private."
    ),
    searchDocument(
        "/en/security/markup/", "Scripts in messages",
        body: "A message that contains <script>alert('x')</script> & other markup is shown as text.",
        excerpt: "Text like <script>alert('x')</script> & <b>bold</b> markup is shown as text."
    ),
    searchDocument(
        "/ru/account/reset-password/", "Как сбросить забытый пароль", language: "ru",
        body: "Откройте страницу входа и нажмите «Забыли пароль». Ссылка для сброса действует час."
    ),
    searchDocument(
        "/ru/billing/refunds/", "Возврат денег", language: "ru",
        body: "Годовой тариф можно вернуть в течение 14 дней."
    ),
]

@Suite struct SearchRankingTests {
    @Test func aTitleQueryFindsThatPageFirst() async throws {
        let index = await BuiltIndex(helpCenter)
        #expect(try index.urls("reset forgotten password").first == "/en/account/reset-password/")
        #expect(try index.urls("change email address").first == "/en/account/change-email/")
        #expect(try index.urls("Refunds").prefix(2).contains("/en/billing/refunds/"))
    }

    @Test func aWholeQuestionFindsTheAnswer() async throws {
        let index = await BuiltIndex(helpCenter)
        let urls = try index.urls("the password reset link has expired, what do I do?")
        #expect(urls.first == "/en/account/reset-password/")
    }

    @Test func faqQuestionsAreResultsWithTheirAnchors() async throws {
        let index = await BuiltIndex(helpCenter)
        let results = try index.engine.search("do you accept paypal", language: "en")
        #expect(results.first?.url == "/en/faq/billing/#do-you-accept-paypal")
        #expect(results.first?.kind == "faq")
        #expect(results.first?.title == "Do you accept PayPal?")
    }

    @Test func aResultNeedsOnlySomeOfTheWords() async throws {
        let index = await BuiltIndex(helpCenter)
        let urls = try index.urls("paypal refund zebra")
        #expect(urls.contains("/en/faq/billing/#do-you-accept-paypal"))
        #expect(urls.contains("/en/billing/refunds/"))
    }

    @Test func adjacentWordsInATitleRankHigher() async throws {
        // Both pages have "reset" and "password"; only one title has them side by side.
        let index = await BuiltIndex([
            searchDocument("/en/a/", "Reset the sync cache", body: "Your password is not needed."),
            searchDocument("/en/b/", "Password reset", body: "Reset the cache of sync."),
        ])
        #expect(try index.urls("password reset") == ["/en/b/", "/en/a/"])
    }

    @Test func adjacentWordsRankHigherInEitherOrder() async throws {
        // The same three title words; only the second page has the query's two side by side, reversed.
        let index = await BuiltIndex([
            searchDocument("/en/a/", "Reset sync password"),
            searchDocument("/en/b/", "Password reset sync"),
        ])
        #expect(try index.urls("reset password") == ["/en/b/", "/en/a/"])
        #expect(try index.urls("password reset") == ["/en/b/", "/en/a/"])
        // A query with the pair twice, in both orders, counts it once.
        let once = try index.engine.search("reset password", language: "en")[0].score
        #expect(try index.engine.search("reset password reset", language: "en")[0].score == once)
    }

    @Test func adjacentWordsInTheDescriptionRankHigher() async throws {
        let index = await BuiltIndex([
            searchDocument("/en/a/", "Cache", description: "Reset the sync cache and the password."),
            searchDocument("/en/b/", "Cache", description: "Sync the cache and reset the password."),
        ])
        #expect(try index.urls("reset password") == ["/en/b/", "/en/a/"])
    }

    @Test func aMisspelledWordFindsTheRightWord() async throws {
        let index = await BuiltIndex(helpCenter)
        #expect(try index.urls("pasword").contains("/en/account/reset-password/"))
        #expect(try index.urls("refnud").contains("/en/billing/refunds/"))
        // A swap of the first two letters moves the word to another bucket.
        #expect(try index.urls("erfunds").contains("/en/billing/refunds/"))
        // So does a letter typed before the word.
        #expect(try index.urls("xpassword").contains("/en/account/reset-password/"))
        // A wrong or missing first or second letter: found through the word's middle letters.
        for typo in ["gefunds", "rafunds", "efunds", "rfunds"] {
            #expect(try index.urls(typo).contains("/en/billing/refunds/"), "\(typo)")
        }
        // A typo that keeps the stemmer from removing a suffix.
        #expect(try index.urls("refundingz").contains("/en/billing/refunds/"))
    }

    @Test func exactMatchesOutrankCorrectionsAndCompletions() async throws {
        // Two pages alike but for one word: a word as typed beats a corrected or completed one.
        let index = await BuiltIndex([
            searchDocument("/en/refund/", "Refund", body: "Ask us."),
            searchDocument("/en/password/", "Password", body: "Ask us."),
        ])
        #expect(try index.urls("refund pasword") == ["/en/refund/", "/en/password/"])
        #expect(try index.urls("refnd password") == ["/en/password/", "/en/refund/"])
        #expect(try index.urls("refund passw") == ["/en/refund/", "/en/password/"])
        #expect(try index.urls("password refu") == ["/en/password/", "/en/refund/"])
    }

    @Test func shortWordsAndCodesAreNotCorrected() async throws {
        let index = await BuiltIndex(helpCenter)
        #expect(try index.urls("E1002").isEmpty)
        #expect(try index.urls("3.2.2").isEmpty)
        #expect(try index.urls("E1001") == ["/en/troubleshooting/error-codes/"])
        #expect(try index.urls("3.2.1") == ["/en/troubleshooting/error-codes/"])
    }

    @Test func theLastWordIsCompletedWhileTyping() async throws {
        let index = await BuiltIndex(helpCenter)
        #expect(try index.urls("passw").contains("/en/account/reset-password/"))
        #expect(try index.urls("annual refu").prefix(2).sorted() == ["/en/billing/refunds/", "/en/faq/billing/#can-i-get-a-refund"])
        // A space after the word ends it: no completion, and "passw" is too short to correct.
        #expect(try index.urls("passw ").isEmpty)
        // Completion needs three letters.
        #expect(try index.urls("pa").isEmpty)
    }

    @Test func eachLanguageHasItsOwnIndex() async throws {
        let index = await BuiltIndex(helpCenter)
        #expect(try index.urls("сбросить пароль", language: "ru").first == "/ru/account/reset-password/")
        #expect(try index.urls("вернуть деньги", language: "ru").first == "/ru/billing/refunds/")
        #expect(try index.urls("password", language: "ru").isEmpty)
        #expect(try index.urls("пароль", language: "en").isEmpty)
        #expect(Set(index.index.files.map(\.path).filter { $0.hasSuffix("/index.json") }) == ["en/index.json", "ru/index.json"])
    }

    @Test func excerptsAreEscapedWithTheMatchedWordsMarked() async throws {
        let index = await BuiltIndex(helpCenter)
        let result = try #require(try index.engine.search("script markup", language: "en").first)
        #expect(result.url == "/en/security/markup/")
        #expect(result.excerpt == "Text like &lt;<mark>script</mark>&gt;alert(&#39;x&#39;)&lt;/<mark>script</mark>&gt; &amp; &lt;b&gt;bold&lt;/b&gt; <mark>markup</mark> is shown as text.")
        let injected = try index.engine.search("<script>alert(1)</script>", language: "en")
        #expect(injected.allSatisfy { !$0.excerpt.contains("<script") && !$0.excerpt.contains("<b>") })
    }

    @Test func queriesWithoutTermsFindNothing() async throws {
        let index = await BuiltIndex(helpCenter)
        #expect(try index.urls("").isEmpty)
        #expect(try index.urls("the what how ?!").isEmpty)
    }

    @Test func aMissingLanguageIsAnError() async throws {
        let index = await BuiltIndex(helpCenter)
        #expect(throws: SearchIndexError.missingLanguage("de")) { try index.urls("reset", language: "de") }
    }

    @Test func limitCutsTheList() async throws {
        let index = await BuiltIndex(helpCenter)
        #expect(try index.urls("password reset link email", limit: 2).count == 2)
        #expect(try index.urls("password reset link email", limit: 0).isEmpty)
    }

    /// An engine keeps the files it decoded (IndexCache): its later queries rank as a new engine would.
    @Test func aReusedEngineRanksLikeAFreshOne() async throws {
        let index = await BuiltIndex(helpCenter)
        let queries = ["reset password", "refund", "pasword", "sync conf", "e2071", "password reset link email", "refund"]
        for _ in 0..<2 {
            for query in queries {
                let fresh = await BuiltIndex(helpCenter)
                #expect(try index.engine.search(query, language: "en", limit: 3) == fresh.engine.search(query, language: "en", limit: 3))
            }
        }
    }

    /// index.json, the manifest, is read on every query, so an engine sees a rebuilt index; the files it kept
    /// that changed have other names.
    @Test func aReusedEngineSeesARebuiltIndex() async throws {
        let first = await SearchIndexBuilder().build(helpCenter)
        let second = await SearchIndexBuilder().build(helpCenter.filter { !$0.url.contains("refund") })
        let files = Mutex(Dictionary(uniqueKeysWithValues: first.files.map { ($0.path, $0.data) }))
        let engine = SearchEngine { path in
            guard let data = files.withLock({ $0[path] }) else { throw CocoaError(.fileNoSuchFile) }
            return data
        }
        #expect(try engine.search("refund", language: "en").map(\.url).contains("/en/billing/refunds/"))
        files.withLock { $0 = Dictionary(uniqueKeysWithValues: second.files.map { ($0.path, $0.data) }) }
        #expect(try !engine.search("refund", language: "en").map(\.url).contains("/en/billing/refunds/"))
    }
}
