import DeskbookContent
import DeskbookCore
import DeskbookEmbedding
import DeskbookSite
import Foundation

/// Rebuilds the preview from what it kept of the last build: the files it read, until the watcher reports
/// them changed; the pages it parsed, until their text or snippets change; the bytes of every page whose
/// output cannot have changed (`BuildCache`); and the search index's analyses. The result is always the
/// whole site, as a full build gives it.
public final class IncrementalSiteProducer: SiteProducer, @unchecked Sendable {
    private let options: BuildOptions
    private let files: CachingFileSystem
    private let builder: SiteBuilder
    private let lock = NSLock()
    private var pages = PageCache()
    private var lastBuild = BuildCache()
    /// The site folder as an absolute path, for the watcher's paths in their real form.
    private let absoluteSource: String

    /// With a `semanticModel`, every build embeds its search documents, keeping one `EmbeddingCache` so that
    /// a rebuild embeds only the documents an edit changed.
    public init(options: BuildOptions, fileSystem: any FileSystem = LocalFileSystem(), semanticModel: (@Sendable (Bool) -> SemanticModel.Availability)? = nil) {
        self.options = options
        files = CachingFileSystem(base: fileSystem)
        var builder = SiteBuilder(fileSystem: files)
        builder.semanticModel = semanticModel
        if semanticModel != nil { builder.embeddingCache = EmbeddingCache(source: options.source, fileSystem: fileSystem) }
        self.builder = builder
        absoluteSource = fileSystem.realPath(options.source.isEmpty ? "." : options.source) ?? options.source
    }

    public func produce(changed: Set<String>) async -> BuildResult {
        let (pages, lastBuild) = lock.withLock {
            if changed.contains(where: Self.invalidatesPages) { self.pages = PageCache() }
            return (self.pages, self.lastBuild)
        }
        let relativeRoot = options.source == "." ? "" : options.source
        files.invalidate(changed.flatMap { [Path.join(relativeRoot, $0), Path.join(absoluteSource, $0)] })
        var builder = self.builder
        builder.pageCache = pages
        builder.buildCache = lastBuild
        let result: BuildResult
        if let edited = changed.first, changed.count == 1, Self.mayBePage(edited), let updated = await builder.updatePage(edited, options: options) {
            result = updated
        } else {
            result = await builder.buildInMemory(options)
        }
        lock.withLock {
            if let next = result.cache { self.lastBuild = next } else { self.lastBuild.forgetPublishedBuild() }
        }
        return result
    }

    /// Whether a changed path can be a content page, which `SiteBuilder.updatePage` may update alone.
    private static func mayBePage(_ path: String) -> Bool {
        path.hasPrefix("content/") && path.hasSuffix(".md")
    }

    /// Whether a change can alter every page: the site configuration (URLs, limits, languages) or all of its
    /// folders at once.
    private static func invalidatesPages(_ path: String) -> Bool {
        path == "deskbook.yml" || path == "content" || path == "."
    }
}
