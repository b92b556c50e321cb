import DeskbookCore
import DeskbookMarkdown

/// The site settings from `deskbook.yml`.
public struct SiteConfig: Sendable {
    public var title: String
    /// Site titles per language; falls back to `title`.
    public var languageTitles: [String: String]
    /// The public address with a trailing slash, e.g. `https://help.example.com/`.
    public var baseURL: String {
        didSet { (basePath, origin) = Self.parts(of: baseURL) }
    }
    /// The path part of the base URL, e.g. `/` or `/docs/`; page URLs start with it.
    public private(set) var basePath: String
    /// The scheme and host of the base URL (`https://help.example.com`), "" when it has none.
    private var origin: String
    /// Languages in order; the first is the default.
    public var languages: [String]
    public var theme: String
    /// Where `theme` is set in `deskbook.yml`, for diagnostics about it.
    public var themeLocation: SourceLocation?
    /// How broken internal links are reported.
    public var brokenLinks: Severity
    /// Site-wide parameters for templates.
    public var params: [String: YAMLValue]
    /// Pages larger than this, with their snippets expanded, are rejected with a diagnostic.
    public var maxPageBytes: Int
    /// Limits on what cmark-gfm parses slowly; a page over one is rejected with a diagnostic.
    public var parserLimits: ParserLimits
    /// How many recently updated pages the Atom feeds list.
    public var feedSize: Int
    /// The site's search synonyms by language: groups of words or phrases that mean the same.
    public var synonyms: [String: [[String]]]
    /// Whether Deskbook's built-in synonyms apply as well.
    public var builtinSynonyms: Bool
    /// Whether the build embeds the search documents with the model, for search by meaning (`semantic:`).
    public var semantic: Bool
    /// How many characters of each search document the model reads (`semantic_passage:`); nil for the
    /// default, `PassageText.defaultBudget`.
    public var semanticPassage: Int?
    /// The values `semantic_passage:` accepts: shorter passages say too little, longer ones cost build time
    /// in proportion and the model reads at most 512 tokens anyway.
    public static let semanticPassageRange = 50...2000

    public init(
        title: String,
        languageTitles: [String: String] = [:],
        baseURL: String,
        languages: [String],
        theme: String = "default",
        themeLocation: SourceLocation? = nil,
        brokenLinks: Severity = .error,
        params: [String: YAMLValue] = [:],
        maxPageBytes: Int = 4 << 20,
        parserLimits: ParserLimits = ParserLimits(),
        feedSize: Int = 20,
        synonyms: [String: [[String]]] = [:],
        builtinSynonyms: Bool = true,
        semantic: Bool = false,
        semanticPassage: Int? = nil
    ) {
        self.title = title
        self.languageTitles = languageTitles
        self.baseURL = SiteConfig.withTrailingSlash(baseURL)
        (basePath, origin) = Self.parts(of: self.baseURL)
        self.languages = languages
        self.theme = theme
        self.themeLocation = themeLocation
        self.brokenLinks = brokenLinks
        self.params = params
        self.maxPageBytes = maxPageBytes
        self.parserLimits = parserLimits
        self.feedSize = feedSize
        self.synonyms = synonyms
        self.builtinSynonyms = builtinSynonyms
        self.semantic = semantic
        self.semanticPassage = semanticPassage
    }

    public var defaultLanguage: String { languages.first ?? "en" }

    public func title(for language: String) -> String { languageTitles[language] ?? title }

    /// Turns a site path (`/en/billing/`) into an absolute URL.
    public func absoluteURL(_ path: String) -> String {
        origin + path
    }

    /// The path of a base URL, and its scheme and host ("" without a scheme).
    private static func parts(of baseURL: String) -> (path: String, origin: String) {
        guard let schemeEnd = baseURL.range(of: "://") else { return (withTrailingSlash(baseURL), "") }
        let afterScheme = baseURL[schemeEnd.upperBound...]
        guard let slash = afterScheme.firstIndex(of: "/") else { return ("/", baseURL) }
        return (String(afterScheme[slash...]), String(baseURL[..<slash]))
    }

    static func withTrailingSlash(_ text: String) -> String { text.hasSuffix("/") ? text : text + "/" }
}
