import ArgumentParser
import DeskbookContent
import DeskbookCore
import DeskbookSearch
import Foundation

/// `deskbook search`: queries the built site's search index exactly as the browser runtime does.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the built help center from the command line.",
        discussion: "Reads <source>/public/search/, written by `deskbook build`. Exits 2 when there is no index."
    )

    @Argument(help: "The query, as a customer would type it.")
    var query: String

    @Option(help: "The site folder holding deskbook.yml and public/.")
    var source = "."

    @Option(name: .customLong("lang"), help: "The index language (default: the site's first language).")
    var language: String?

    @Option(parsing: .unconditional, help: "How many results to print (at least 1).")
    var limit = 10

    @Flag(help: "Print the results as JSON: [{url, title, kind, excerpt, score}].")
    var json = false

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be a whole number of results, at least 1 (got \(limit))") }
    }

    func run() async throws {
        let directory = URL(fileURLWithPath: source).appendingPathComponent("public/search").path
        let language = language ?? defaultLanguage()
        let results: [SearchResult]
        do {
            results = try SearchEngine(directory: directory).search(query, language: language, limit: limit)
        } catch let error as SearchIndexError {
            Console.error("error: \(error) in \(directory); run `deskbook build --source \(source)` first")
            throw ExitCode(2)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(results), as: UTF8.self))
        } else if results.isEmpty {
            print("No results.")
        } else {
            for (rank, result) in results.enumerated() {
                print("\(rank + 1). \(result.title) [\(result.kind), \(result.score)]\n   \(result.url)")
            }
        }
    }

    private func defaultLanguage() -> String {
        let loaded = SiteLoader(fileSystem: LocalFileSystem()).loadConfig(source: source)
        return (try? loaded.get().config.defaultLanguage) ?? "en"
    }
}
