import DeskbookSearch
import Testing

@Suite struct SynonymTests {
    private let documents = [
        searchDocument("/en/files/delete/", "Delete a file", body: "Select the file and press Delete."),
        searchDocument("/en/files/remove-member/", "Remove a member", body: "Members you remove lose access."),
        searchDocument("/en/billing/refunds/", "Refunds", body: "We refund annual plans within 14 days."),
        searchDocument("/en/logs/", "Send us a log", body: "The log file helps us find the error."),
        searchDocument("/ru/video/upload/", "Как загрузить видео", language: "ru", body: "Нажмите «Загрузить» и выберите файл."),
    ]

    @Test func aQueryFindsPagesWrittenWithASynonymBelowPagesWithItsOwnWord() async throws {
        let index = await BuiltIndex(documents)
        #expect(try index.urls("remove a file").prefix(2) == ["/en/files/delete/", "/en/files/remove-member/"])
        #expect(try index.urls("erase").first == "/en/files/delete/")
        #expect(try index.urls("remove").first == "/en/files/remove-member/")
        #expect(try index.urls("как залить видос", language: "ru") == ["/ru/video/upload/"])
    }

    @Test func aPhraseCountsOnlyWhereItsWordsAreAdjacent() async throws {
        let index = await BuiltIndex([
            searchDocument("/en/billing/returns/", "Returns", body: "We send the money back to your card."),
            searchDocument("/en/billing/wallet/", "Wallet", body: "Add money to your wallet, then go back to the cart."),
        ])
        #expect(try index.urls("refund") == ["/en/billing/returns/"])
    }

    @Test func withoutSynonymsOnlyTheWordsThemselvesMatch() async throws {
        let index = await BuiltIndex(documents, synonyms: Synonyms())
        #expect(try index.urls("erase").isEmpty)
        #expect(try index.urls("как залить видос", language: "ru").isEmpty)
    }

    @Test func siteGroupsAddToTheBuiltinOnesAndSkipPhrasesWithStopWords() async throws {
        let site = Synonyms.forSite(["en": [["log", "journal"], ["sign in", "log in", "login"]]], includingBuiltin: true)
        let index = await BuiltIndex(documents + [searchDocument("/en/login/", "Login problems", body: "Check your password.")], synonyms: site)
        #expect(try index.urls("journal") == ["/en/logs/"])
        #expect(try index.urls("erase").first == "/en/files/delete/")
        // "log in" and "sign in" lose "in" as a stop word, so they would stand for every "log": left out.
        #expect(try index.urls("log in") == ["/en/logs/"])
    }
}
