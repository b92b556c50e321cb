import DeskbookSite

/// Makes the site the preview serves, rebuilding after changes (`IncrementalSiteProducer`).
public protocol SiteProducer: Sendable {
    /// The site after the source files at `changed` changed; the first call gets an empty set and builds
    /// everything.
    ///
    /// Paths are relative to the site folder (`content/en/billing/refunds.md`, `deskbook.yml`); a folder
    /// path (`content/en/billing`, `themes`) stands for everything below it: a folder that was added,
    /// removed or renamed, or the whole tree after the watcher lost track of events.
    func produce(changed: Set<String>) async -> BuildResult
}

