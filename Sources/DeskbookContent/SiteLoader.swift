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
        return (results.compactMap(\.page), scanned.diagnostics + results.flatMap(\.diagnostics))
    }
}
