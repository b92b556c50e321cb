/// What a build keeps for the next build of the same site in a long-running process (the preview): the bytes
/// of its pages and listings with what they were rendered from, its search documents and the index's analyses.
/// A value like any other: a build takes one (`SiteBuilder.buildCache`) and returns the next
/// (`BuildResult.cache`), and the files never depend on it.
public struct BuildCache: Sendable {
    var rendered: RenderMemo?
    var search = SearchCache()

    /// An empty cache: the next build renders and analyses everything, and keeps a cache.
    public init() {}

    /// The cache a build leaves; without a search index (`--no-search`), the next one analyses everything.
    init(rendered: RenderMemo, search: SearchCache?) {
        self.rendered = rendered
        self.search = search ?? SearchCache()
    }
}
