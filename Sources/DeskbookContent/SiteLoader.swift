import Foundation
import DeskbookCore

/// Reads a site folder: `deskbook.yml`, then every page, parsed in parallel.
public struct SiteLoader: Sendable {
    public var fileSystem: any FileSystem

    public init(fileSystem: any FileSystem) {
        self.fileSystem = fileSystem
    }

    /// The site configuration, with `baseURL` overriding the configured address when given.
    public func loadConfig(source: String, baseURL: String? = nil) -> Result<(config: SiteConfig, warnings: [Diagnostic]), DiagnosticList> {
        let path = source == "." ? "deskbook.yml" : Path.join(source, "deskbook.yml")
        let data: Data
        do {
            data = try fileSystem.contents(of: path)
        } catch {
            return .failure(DiagnosticList([.error("cannot read the site configuration; is this a Deskbook site? (\(error))", at: SourceLocation(path: path))]))
        }
        let text: String
        switch SourceDecoder.decode(data, path: path) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return .failure(DiagnosticList([diagnostic]))
        }
        return SiteConfigParser(path: path).parse(text).map { loaded in
            var config = loaded.config
            if let baseURL { config.baseURL = SiteConfig.withTrailingSlash(baseURL) }
            return (config, loaded.warnings)
        }
    }

    /// Every page under `content/`, parsed in parallel, with the problems found; with a cache, only the
    /// pages that changed since the last call are parsed.
    public func loadPages(source: String, config: SiteConfig, cache: PageCache? = nil) async -> (pages: [Page], diagnostics: [Diagnostic]) {
        let scanned = ContentScanner(fileSystem: fileSystem, siteRoot: source).scan(languages: config.languages)
        let parser = PageParser(config: config, snippets: scanned.snippets, documents: cache)
        let fingerprints = scanned.snippets.mapValues(PageCache.fingerprint)
        let results = await concurrentMap(scanned.files) { file in
            guard let cache else { return parser.parse(file) }
            let snippets = fingerprints[file.language] ?? 0
            if let cached = cache.page(for: file, snippets: snippets) { return cached }
            let result = parser.parse(file)
            cache.store(result, for: file, snippets: snippets)
            return result
        }
        cache?.keepOnly(scanned.files)
        cache?.remember(snippets: scanned.snippets)
        return (results.compactMap(\.page), scanned.diagnostics + results.flatMap(\.diagnostics))
    }

    /// Reads and parses one page of the last `loadPages` with `cache` again, as `loadPages` would when that file
    /// is the only change: the result the cache held for it and the new one, now in the cache. Nil when the
    /// cache has no result for it or the file cannot be read.
    public func reloadPage(_ page: Page, config: SiteConfig, cache: PageCache) -> (previous: (page: Page?, diagnostics: [Diagnostic]), current: (page: Page?, diagnostics: [Diagnostic]))? {
        guard let stored = cache.stored(at: page.displayPath), let data = try? fileSystem.contents(of: page.displayPath) else { return nil }
        let file = ContentFile(displayPath: page.displayPath, language: page.language, contentPath: page.contentPath, data: data)
        let current = PageParser(config: config, snippets: stored.snippets, documents: cache).parse(file)
        cache.store(current, for: file, snippets: stored.snippets[page.language].map(PageCache.fingerprint) ?? 0)
        return (stored.result, current)
    }
}
