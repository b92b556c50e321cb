/// What `deskbook build` was asked to do.
public struct BuildOptions: Sendable {
    /// The site folder holding `deskbook.yml`, `content/` and optional `themes/`.
    public var source: String
    /// Where the site is written; defaults to `<source>/public`.
    public var output: String?
    public var includeDrafts: Bool
    /// Replaces `base_url` from the config, e.g. for previews.
    public var baseURL: String?
    /// Treats warnings as errors.
    public var strict: Bool
    /// A folder of themes (`<folder>/default`) to use instead of the ones compiled into Deskbook, e.g. while
    /// developing the default theme; nil uses the compiled-in themes.
    public var builtinThemes: String?
    /// Writes the site despite content errors, leaving out what is in error and publishing broken links as
    /// their text (for importing content).
    public var keepGoing: Bool
    /// Writes the search index under search/ (search: `deskbook build --no-search` turns it off).
    public var includeSearch: Bool

    public init(source: String = ".", output: String? = nil, includeDrafts: Bool = false, baseURL: String? = nil, strict: Bool = false, builtinThemes: String? = nil, keepGoing: Bool = false, includeSearch: Bool = true) {
        self.source = source
        self.output = output
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.strict = strict
        self.builtinThemes = builtinThemes
        self.keepGoing = keepGoing
        self.includeSearch = includeSearch
    }

    public var outputFolder: String { output ?? (source == "." ? "public" : source + "/public") }
}
