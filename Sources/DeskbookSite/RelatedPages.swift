import DeskbookContent
import DeskbookSearch
import Foundation

/// The related pages of each content page, found lexically until semantic vectors exist: two pages of one
/// language are related by the index terms (`TextAnalyzer`) that their titles, descriptions, tags and headings
/// share. Each shared term weighs log(pages / pages with the term), so a rare word counts for more than a common
/// one, and a term in more than a quarter of the pages (or in more than `maxPagesPerTerm`) does not count.
///
/// The result depends on those texts alone, not on bodies (a body edit never changes what other pages show), and
/// it is deterministic: terms are summed in sorted order and equal scores go to the smaller URL.
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

    static func terms(of page: Page, analyzer: TextAnalyzer) -> [String] {
        Array(Set(texts(of: page).flatMap { analyzer.analyze($0, language: page.language) })).sorted()
    }

    /// The related pages among `candidates`, by the scores described above.
    static func rank(_ candidates: [Candidate], limit: Int = RelatedPages.limit) -> RelatedPages {
        var byPage: [Int: [Int]] = [:]
        let languages = Dictionary(grouping: candidates, by: \.language)
        for language in languages.keys.sorted() {
            let group = languages[language]!.sorted { $0.url < $1.url }
            var postings: [String: [Int]] = [:]
            for (position, candidate) in group.enumerated() {
                for term in candidate.terms { postings[term, default: []].append(position) }
            }
            let maxShare = min(maxPagesPerTerm, max(2, group.count / 4))
            for (position, candidate) in group.enumerated() {
                var scores: [Int: Double] = [:]
                for term in candidate.terms {
                    guard let sharing = postings[term], sharing.count > 1, sharing.count <= maxShare else { continue }
                    let weight = log(Double(group.count) / Double(sharing.count))
                    for other in sharing where other != position { scores[other, default: 0] += weight }
                }
                let best = scores.filter { $0.value >= minimumScore }
                    .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                    .prefix(limit)
                if !best.isEmpty { byPage[candidate.page] = best.map { group[$0.key].page } }
            }
        }
        return RelatedPages(byPage: byPage)
    }
}
