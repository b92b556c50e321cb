import DeskbookContent

/// A site built in memory: what `deskbook build` writes and what `deskbook serve` serves.
public struct BuildResult: Sendable {
    /// Outcome, diagnostics, counts and timings; `fileCount` is `files.count`.
    public var report: BuildReport
    /// Every output file, by its path inside the output folder; empty when the build failed.
    public var files: [OutputFile]
    /// The assembled site the files were rendered from; nil when the build stopped before rendering.
    public var site: Site?
    /// What the next build can reuse, when the builder was given a cache (`SiteBuilder.buildCache`) and got as
    /// far as rendering.
    public var cache: BuildCache?

    public init(report: BuildReport, files: [OutputFile], site: Site?, cache: BuildCache? = nil) {
        self.report = report
        self.files = files
        self.site = site
        self.cache = cache
    }
}
