@testable import DeskbookSite
import Testing

/// Related pages from shared index terms (`RelatedPages.rank`): a small pure function, deterministic.
@Suite struct RelatedPagesTests {
    func candidate(_ page: Int, _ url: String, _ terms: [String], language: String = "en") -> RelatedPages.Candidate {
        RelatedPages.Candidate(page: page, language: language, url: url, terms: terms.sorted())
    }

    /// Sixteen pages: "common" is on half of them, too many to relate pages; a word on two of them relates them.
    var pages: [RelatedPages.Candidate] {
        (8..<16).map { candidate($0, "/en/solo\($0)/", ["solo\($0)"]) } + [
            candidate(0, "/en/a/", ["common", "password", "reset"]),
            candidate(1, "/en/b/", ["common", "password", "reset", "email"]),
            candidate(2, "/en/c/", ["common", "email", "invoice"]),
            candidate(3, "/en/d/", ["common", "invoice", "refund"]),
            candidate(4, "/en/e/", ["common", "refund"]),
            candidate(5, "/en/f/", ["common", "sync"]),
            candidate(6, "/en/g/", ["common", "offline"]),
            candidate(7, "/en/h/", ["common", "desktop"]),
        ]
    }

    @Test func pagesSharingRareWordsAreRelatedBestFirst() {
        let related = RelatedPages.rank(pages).byPage
        #expect(related[0] == [1])
        #expect(related[1] == [0, 2])
        #expect(related[3] == [2, 4], "equal scores, smaller URL first")
        #expect(related[5] == nil, "a page sharing only a word every page has is related to none")
    }

    @Test func equalScoresGoToTheSmallerURLWhateverTheOrderGiven() {
        let twins = [candidate(0, "/en/z/", ["a", "b"]), candidate(1, "/en/y/", ["a", "b"]), candidate(2, "/en/x/", ["a", "b"])]
            + (3..<12).map { candidate($0, "/en/p\($0)/", ["other\($0)"]) }
        let forward = RelatedPages.rank(twins)
        #expect(forward.byPage[0] == [2, 1])
        #expect(RelatedPages.rank(twins.reversed()) == forward)
    }

    @Test func languagesAreNotMixedAndTheLimitHolds() {
        var all = pages
        all.append(candidate(8, "/ru/a/", ["common", "password", "reset"], language: "ru"))
        #expect(RelatedPages.rank(all).byPage[0] == [1])
        let crowd = (0..<30).map { candidate($0, "/en/p\($0)/", $0 < 6 ? ["rare", "rarer"] : ["solo\($0)"]) }
        #expect(RelatedPages.rank(crowd, limit: 4).byPage[0]?.count == 4)
    }

    @Test func replacingOnePagesTermsRanksAsAFreshRankingDoes() {
        let base = RelatedPages.rank(pages)
        let edits: [(page: Int, terms: [String])] = [
            (0, ["common", "invoice", "refund"]), (4, ["solo9"]), (5, ["password", "sync"]), (2, ["common", "email", "invoice"]),
        ]
        for edit in edits {
            let (updated, changed) = base.replacingTerms(ofPage: edit.page, with: edit.terms.sorted())
            let fresh = RelatedPages.rank(pages.map { $0.page == edit.page ? candidate($0.page, $0.url, edit.terms) : $0 })
            #expect(updated.byPage == fresh.byPage, "page \(edit.page)")
            let moved = Set(fresh.byPage.keys).union(base.byPage.keys).filter { fresh.byPage[$0] != base.byPage[$0] }
            #expect(changed == moved, "page \(edit.page)")
        }
        #expect(base.replacingTerms(ofPage: 0, with: ["common", "invoice", "refund"]).changed.contains(3))
    }
}
