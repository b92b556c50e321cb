import DeskbookContent

/// A site built in memory: what `deskbook build` writes and what `deskbook serve` serves.
public struct BuildResult: Sendable {
    /// Outcome, diagnostics, counts and timings; `fileCount` is `files.count`.
    public var report: BuildReport
    /// Every output file, by its path inside the output folder; empty when the build failed.
    public var files: [OutputFile]
    /// The assembled site the files were rendered from; nil when the build stopped before rendering.
    public var site: Site?

    public init(report: BuildReport, files: [OutputFile], site: Site?) {
        self.report = report
        self.files = files
        self.site = site
    }
}
