import ArgumentParser

/// The options `build` and `serve` share: which site, and whether drafts are included.
struct SiteOptions: ParsableArguments {
    @Option(help: "The site folder holding deskbook.yml and content/.")
    var source = "."

    @Flag(help: "Include pages marked draft: true.")
    var drafts = false
}
