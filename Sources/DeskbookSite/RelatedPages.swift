import DeskbookContent
import DeskbookSearch
import Foundation

/// The related pages of each content page, found lexically until semantic vectors exist: two pages of one
/// language are related by the index terms (`TextAnalyzer`) that their titles, descriptions, tags and headings
/// share. Each shared term weighs log(pages / pages with the term), so a rare word counts for more than a common
/// one, and a term in more than a quarter of the pages (or in more than `maxPagesPerTerm`) does not count.
///
/// The result depends on those texts alone, not on bodies (a body edit never changes what other pages show), and
/// it is deterministic: terms are summed in sorted order and equal scores go to the smaller URL. It keeps what
/// it was ranked from, so that the preview can rank again only the pages one edit can move
/// (`replacingTerms(ofPage:with:)`).
struct RelatedPages: Hashable, Sendable {
    /// A page as the comparison sees it.
    struct Candidate: Hashable, Sendable {
        /// Its index in `Site.pages`.
        var page: Int
        var language: String
        var url: String
        /// Its terms, sorted, without repeats.
        var terms: [String]
    }

    /// The related pages of each page that has any, by index in `Site.pages`, best first.
    var byPage: [Int: [Int]]
    /// The pages ranked, by index in `Site.pages`.
    private var candidates: [Int: Candidate] = [:]
    /// For each language, the pages holding each term, in URL order.
    private var postings: [String: [String: [Int]]] = [:]
    /// The number of pages of each language.
    private var pageCounts: [String: Int] = [:]
    private var limit = RelatedPages.limit

    /// At most this many related pages per page.
    static let limit = 4
    /// The least score that makes a page related: one shared term that few pages have, or several commoner ones.
    static let minimumScore = 2.0
    /// A term in more pages than this does not relate them, whatever the size of the site.
    static let maxPagesPerTerm = 100

    /// The related pages of every content page (not section indexes) of `site`.
    init(site: Site) {
        let analyzer = TextAnalyzer()
        let candidates = site.articles.map { index in
            let page = site.pages[index]
            return Candidate(page: index, language: page.language, url: page.url, terms: Self.terms(of: page, analyzer: analyzer))
        }
        self = Self.rank(candidates)
    }

    init(byPage: [Int: [Int]]) {
        self.byPage = byPage
    }

    /// The texts a page is compared by: title, description, tags and headings.
    static func texts(of page: Page) -> [String] {
        [page.title, page.frontMatter.description ?? ""] + page.frontMatter.tags + page.document.headings.map(\.text)
    }

    static func terms(of page: Page, analyzer: TextAnalyzer = TextAnalyzer()) -> [String] {
        Array(Set(texts(of: page).flatMap { analyzer.analyze($0, language: page.language) })).sorted()
    }

    /// The related pages among `candidates`, by the scores described above.
    static func rank(_ candidates: [Candidate], limit: Int = RelatedPages.limit) -> RelatedPages {
        var related = RelatedPages(byPage: [:])
        related.limit = limit
        for candidate in candidates.sorted(by: { $0.url < $1.url }) {
            related.candidates[candidate.page] = candidate
            related.pageCounts[candidate.language, default: 0] += 1
            for term in candidate.terms { related.postings[candidate.language, default: [:]][term, default: []].append(candidate.page) }
        }
        for candidate in candidates {
            if let best = related.best(for: candidate) { related.byPage[candidate.page] = best }
        }
        return related
    }

    /// The ranking with the page at `page` holding `terms` instead of its own, and the pages whose related pages
    /// that changed. Only the pages sharing a term the edit added or removed can move: the weight of such a
    /// term changes, and no other score does.
    func replacingTerms(ofPage page: Int, with terms: [String]) -> (related: RelatedPages, changed: Set<Int>) {
        guard let candidate = candidates[page], candidate.terms != terms else { return (self, []) }
        var next = self
        next.candidates[page]?.terms = terms
        let old = Set(candidate.terms), new = Set(terms)
        let language = candidate.language
        let maxShare = maxShare(language)
        var affected: Set<Int> = [page]
        for term in old.symmetricDifference(new) {
            let before = postings[language]?[term] ?? []
            var after = before
            if new.contains(term) {
                after.insert(page, at: firstPosition(in: after) { candidates[$0]!.url >= candidate.url })
            } else {
                after.removeAll { $0 == page }
            }
            next.postings[language, default: [:]][term] = after.isEmpty ? nil : after
            // A term counts while between 2 and maxShare pages hold it; outside that on both sides it moved nothing.
            if (2...maxShare).contains(before.count) || (2...maxShare).contains(after.count) {
                affected.formUnion(before)
                affected.formUnion(after)
            }
        }
        var changed: Set<Int> = []
        for other in affected {
            guard let otherCandidate = next.candidates[other] else { continue }
            let best = next.best(for: otherCandidate)
            if best != byPage[other] {
                next.byPage[other] = best
                changed.insert(other)
            }
        }
        return (next, changed)
    }

    /// The pages whose related pages include `page`.
    func pages(relatedTo page: Int) -> [Int] {
        byPage.compactMap { $0.value.contains(page) ? $0.key : nil }
    }

    /// The first position of the sorted `pages` at which `isAtOrAfter` holds, by bisection.
    private func firstPosition(in pages: [Int], where isAtOrAfter: (Int) -> Bool) -> Int {
        var low = 0, high = pages.count
        while low < high {
            let middle = (low + high) / 2
            if isAtOrAfter(pages[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    private func maxShare(_ language: String) -> Int {
        min(Self.maxPagesPerTerm, max(2, (pageCounts[language] ?? 0) / 4))
    }

    /// The best related pages of `candidate`, nil for none.
    private func best(for candidate: Candidate) -> [Int]? {
        let postings = postings[candidate.language] ?? [:]
        let count = Double(pageCounts[candidate.language] ?? 0)
        let maxShare = maxShare(candidate.language)
        var scores: [Int: Double] = [:]
        for term in candidate.terms {
            guard let sharing = postings[term], sharing.count > 1, sharing.count <= maxShare else { continue }
            let weight = log(count / Double(sharing.count))
            for other in sharing where other != candidate.page { scores[other, default: 0] += weight }
        }
        let best = scores.filter { $0.value >= Self.minimumScore }
            .sorted { $0.value != $1.value ? $0.value > $1.value : candidates[$0.key]!.url < candidates[$1.key]!.url }
            .prefix(limit)
        return best.isEmpty ? nil : best.map(\.key)
    }
}
