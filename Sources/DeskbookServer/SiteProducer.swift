import DeskbookSite

/// Makes the site the preview serves: the seam where an incremental build replaces the full one.
public protocol SiteProducer: Sendable {
    /// The site after the source files at `changed` changed; the first call gets an empty set and builds
    /// everything.
    ///
    /// Paths are relative to the site folder (`content/en/billing/refunds.md`, `deskbook.yml`); a folder
    /// path (`content/en/billing`, `themes`) stands for everything below it: a folder that was added,
    /// removed or renamed, or the whole tree after the watcher lost track of events.
    func produce(changed: Set<String>) async -> BuildResult
}

/// A full in-memory build for every change, what the preview runs until `IncrementalSiteProducer` is plugged in.
public struct FullSiteProducer: SiteProducer {
    public var builder: SiteBuilder
    public var options: BuildOptions

    public init(builder: SiteBuilder = SiteBuilder(), options: BuildOptions) {
        self.builder = builder
        self.options = options
    }

    public func produce(changed: Set<String>) async -> BuildResult {
        await builder.buildInMemory(options)
    }
}
