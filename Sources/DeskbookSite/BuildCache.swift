import DeskbookContent
import DeskbookCore

/// What a build keeps for the next build of the same site in a long-running process (the preview): the bytes
/// of its pages and listings with what they were rendered from, its search documents and the index's analyses.
/// A value like any other: a build takes one (`SiteBuilder.buildCache`) and returns the next
/// (`BuildResult.cache`), and the files never depend on it.
public struct BuildCache: Sendable {
    var rendered: RenderMemo?
    var search = SearchCache()
    /// The build this cache was left by, for updating one page of it (`SiteBuilder.updatePage`); nil when that
    /// build published nothing.
    var published: PublishedBuild?

    /// An empty cache: the next build renders and analyses everything, and keeps a cache.
    public init() {}

    /// The cache a build leaves; without a search index (`--no-search`), the next one analyses everything.
    init(rendered: RenderMemo, search: SearchCache?, published: PublishedBuild? = nil) {
        self.rendered = rendered
        self.search = search ?? SearchCache()
        self.published = published
    }

    /// Forgets the last published build, when a later build failed before leaving a cache: the next build
    /// cannot start from it.
    public mutating func forgetPublishedBuild() {
        published = nil
    }
}

/// What a build published, as `SiteBuilder.updatePage` needs it to make the same build with one page changed.
struct PublishedBuild: Sendable {
    var site: Site
    var theme: Theme
    var buildDay: Day
    /// The renderer's files, before the search index and `OutputOwnership`.
    var rendered: [OutputFile]
    /// How `rendered` settles (`OutputOwnership`), the same for files with the same paths and owners.
    var settlement: OutputOwnership.Settlement
    /// Every diagnostic but those of `OutputOwnership`, after `--strict`.
    var diagnostics: [Diagnostic]
    /// The request form the pages link to and `/<lang>/request/` shows.
    var requestForm: RequestForm?
    /// The report's count of published pages; an update of one page leaves it as it is.
    var pageCounts: [String: [PageKind: Int]]
    /// The link resolver of `site`'s pages, once a page update needed it: an update changes no page's URL or
    /// anchors, so the next update can use it again.
    var resolver: LinkResolver? = nil
}
