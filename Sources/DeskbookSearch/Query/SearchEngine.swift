import Foundation

/// Searches an index written by `deskbook build`, ranking exactly as search.js does.
///
/// An engine keeps the index files it decoded for its later searches (`IndexCache`), as search.js keeps the
/// files it fetched: create one engine and reuse it for many queries.
public struct SearchEngine: Sendable {
    private let load: @Sendable (String) throws -> Data
    private let analyzer = TextAnalyzer()
    private let cache = IndexCache()

    /// An engine over the index files in `directory` (a site's public/search/ folder).
    public init(directory: String) {
        let folder = IndexFolder(directory: directory)
        self.init { path in try folder.read(path) }
    }

    /// An engine over index files read by `load`, given paths relative to the search/ folder.
    public init(load: @escaping @Sendable (String) throws -> Data) {
        self.load = load
    }

    /// The best `limit` results for `query` in the index of `language`, best first. Throws
    /// `SearchIndexError` when that index is missing or damaged. Any query and limit are safe to pass on
    /// from a user: a limit below 1 gives no results, one beyond the matching documents gives them all. Without
    /// `excerpts`, results have an empty excerpt, for callers that show none.
    public func search(_ query: String, language: String, limit: Int = 10, excerpts: Bool = true) throws -> [SearchResult] {
        var files = try IndexFiles(language: language, load: load, cache: cache)
        let plan = QueryPlan(query, language: language, analyzer: analyzer)
        var scorer = QueryScorer(documents: files.manifest.documents)
        var matches: [String: [TermMatch]] = [:]
        for term in plan.terms {
            let group = try TermMatches.of(term, isPrefix: term == plan.prefix, in: &files)
            matches[term] = group
            try scorer.add(group, in: &files)
        }
        for (first, second) in plan.pairs {
            var group: [TermMatch] = []
            for a in matches[first]! {
                for b in matches[second]! {
                    let pair = TermKeys.pair(a.term, b.term)
                    if try files.shard(for: pair).postings(of: pair) != nil {
                        group.append(TermMatch(term: pair, weight: min(a.weight, b.weight)))
                    }
                }
            }
            try scorer.add(group, isPair: true, in: &files)
        }
        let marked = Set(matches.values.joined().map(\.term))
        return try scorer.top(limit).map { document, score in
            let row = try files.row(of: document)
            let excerpt = excerpts ? ExcerptMarkup.html(row.excerpt, marking: marked, language: language, analyzer: analyzer) : ""
            return SearchResult(
                url: row.url, title: row.title, kind: row.kind, excerpt: excerpt, score: score, matched: scorer.matched(document)
            )
        }
    }
}
