import ArgumentParser
import DeskbookEmbedding
import DeskbookSite
import Foundation

/// `deskbook build`: renders the site into the output folder, atomically.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the help center into a folder of static files.")

    @OptionGroup var site: SiteOptions

    @Option(help: "Where to write the site (default: <source>/public).")
    var output: String?

    @Option(name: .customLong("base-url"), help: "Override base_url, e.g. for a preview host.")
    var baseURL: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @OptionGroup var timing: TimingOptions

    @Flag(name: .customLong("keep-going"), help: "Write the site despite content errors, still exiting with 1: what is in error is left out (a page that cannot be read, an output whose path is taken, an unknown snippet), and a broken link is published as its text without the link.")
    var keepGoing = false

    @Flag(name: .customLong("no-search"), help: "Leave out the search index (public/search/ keeps only the runtime).")
    var noSearch = false

    func run() async throws {
        let options = BuildOptions(
            source: site.source,
            output: output,
            includeDrafts: site.drafts,
            baseURL: baseURL,
            strict: strict,
            builtinThemes: site.builtinThemes,
            keepGoing: keepGoing,
            includeSearch: !noSearch
        )
        var builder = SiteBuilder()
        builder.waiting = { Console.error($0) }
        builder.toolIdentity = ToolIdentity.current
        let source = site.source
        builder.semanticModel = { SemanticModel.load(source: source, enabled: $0) }
        let report = await builder.build(options)
        for diagnostic in report.diagnostics { Console.error(diagnostic.description) }
        if timing.timings { report.timings.forEach(Console.error) }
        switch report.outcome {
        case .built:
            print(report.summary)
        case .builtWithErrors:
            print(report.summary)
            throw ExitCode(1)
        case .contentErrors:
            Console.error(report.summary)
            throw ExitCode(1)
        case .configurationError:
            Console.error(report.summary)
            throw ExitCode(2)
        }
    }
}
