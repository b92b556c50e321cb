import ArgumentParser
import Foundation

/// The options `build` and `serve` share: which site, and whether drafts are included.
struct SiteOptions: ParsableArguments {
    @Option(help: "The site folder holding deskbook.yml and content/.")
    var source = "."

    @Flag(help: "Include pages marked draft: true.")
    var drafts = false

    /// A folder of themes to use instead of the ones compiled in (`DESKBOOK_THEMES`), for working on a theme.
    var builtinThemes: String? { ProcessInfo.processInfo.environment["DESKBOOK_THEMES"] }
}
