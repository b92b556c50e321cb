import DeskbookCore

/// Everything a build renders: configuration, pages, sections, translations and redirects.
public struct Site: Sendable {
    public var config: SiteConfig
    public var pages: [Page] {
        didSet { articles = Self.regularPages(of: pages) }
    }
    /// Sections by language, then by folder path ("" is the language home).
    public var sections: [String: [String: Section]]
    /// For each content path, the page index in each language.
    public var translations: [String: [String: Int]]
    public var redirects: [Redirect]

    public init(config: SiteConfig, pages: [Page], sections: [String: [String: Section]], translations: [String: [String: Int]], redirects: [Redirect]) {
        self.config = config
        self.pages = pages
        articles = Self.regularPages(of: pages)
        self.sections = sections
        self.translations = translations
        self.redirects = redirects
    }

    public func section(language: String, path: String) -> Section? { sections[language]?[path] }

    /// The home section of a language.
    public func home(language: String) -> Section? { section(language: language, path: "") }

    /// The pages that translate `page`, by language, including the page itself.
    public func translationsOf(_ page: Page) -> [String: Int] { translations[page.contentPath] ?? [:] }

    /// Regular (non-index) pages, as indexes into `pages`; kept with them, as every phase of a build reads it.
    public private(set) var articles: [Int]

    private static func regularPages(of pages: [Page]) -> [Int] {
        pages.indices.filter { !Page.isIndex(contentPath: pages[$0].contentPath) }
    }

    /// The sections from the home down to `path`, for breadcrumbs.
    public func ancestors(language: String, path: String) -> [Section] {
        var chain: [Section] = []
        var current: String? = path
        while let currentPath = current, let section = section(language: language, path: currentPath) {
            chain.insert(section, at: 0)
            current = section.parentPath
        }
        return chain
    }
}
