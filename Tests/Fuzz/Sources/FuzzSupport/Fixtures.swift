import DeskbookContent
import DeskbookCore
import DeskbookIntake
import DeskbookSearch
import Foundation

/// What the targets check inputs against, read once from the repository: the bundled site's pages and
/// snippets, a search index of those pages, and the intake rules of the site and of examples/.
public enum Fixtures {
    /// The repository root: the folder that holds Tests/Fuzz.
    public static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// The languages of the bundled site.
    public static let languages = ["en", "ru"]

    public static let config = SiteConfig(title: "Fuzz", baseURL: "https://help.example.com/", languages: languages)

    /// The bundled site's content files and snippets (content/ at the root).
    static let content: ContentScanner.Result = {
        let scanned = ContentScanner(fileSystem: LocalFileSystem(), siteRoot: root).scan(languages: languages)
        precondition(!scanned.files.isEmpty, "no content under \(root)/content")
        return scanned
    }()

    /// Snippet bodies per language, by name.
    public static var snippets: [String: [String: String]] { content.snippets }

    /// The bundled site's pages, parsed.
    public static let pages: [Page] = content.files.compactMap {
        PageParser(config: config, snippets: content.snippets).parse($0).page
    }

    /// An index of the bundled pages, one document per page, kept in memory.
    public static let searchEngine: SearchEngine = {
        let documents = pages.map { page in
            let body = page.document.sections.map(\.text).joined(separator: " ")
            let description = page.frontMatter.description ?? ""
            return SearchDocument(
                language: page.language, url: page.url, title: page.title, kind: page.kind.rawValue,
                headings: page.document.headings.map(\.text), description: description,
                body: body, excerpt: description + " " + body
            )
        }
        let index = blocking { await SearchIndexBuilder().build(documents) }
        let files = Dictionary(uniqueKeysWithValues: index.files.map { ($0.path, $0.data) })
        return SearchEngine { path in
            guard let data = files[path] else { throw CocoaError(.fileNoSuchFile) }
            return data
        }
    }()

    /// The rules of intake.yml at the root and of every example under examples/.
    public static let intakeRules: [IntakeRules] = {
        let examples = (try? FileManager.default.contentsOfDirectory(atPath: root + "/examples")) ?? []
        let folders = [root] + examples.sorted().map { root + "/examples/" + $0 }
        let rules = folders.compactMap { IntakeRules.load(from: $0).rules }
        precondition(rules.count > 1, "the intake.yml files under \(root) do not parse")
        return rules
    }()

    /// The request files of the examples (examples/*/requests/*.json, without the expected results).
    public static let requests: [Data] = {
        let fileManager = FileManager.default
        let files = (fileManager.enumerator(atPath: root + "/examples")?.allObjects as? [String] ?? []).filter {
            $0.contains("/requests/") && $0.hasSuffix(".json") && !$0.hasSuffix(".expected.json")
        }
        let requests = files.sorted().compactMap { fileManager.contents(atPath: root + "/examples/" + $0) }
        precondition(!requests.isEmpty, "no request files under \(root)/examples")
        return requests
    }()

    /// A time within a year from 2026-01-01 picked by `number`, for checks that depend on the hour.
    public static func date(_ number: UInt64) -> Date {
        Date(timeIntervalSince1970: 1_767_225_600 + Double(number % (366 * 86_400)))
    }
}
