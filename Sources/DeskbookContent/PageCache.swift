import DeskbookCore
import DeskbookMarkdown
import Foundation

/// Parsed pages kept between builds of a long-running preview, so a rebuild parses only what changed.
///
/// A page is reused when its file's bytes and the snippets of its language are unchanged; a Markdown
/// document is reused whenever the page expands to the same text. Pages depend on the site configuration
/// too: a preview makes a new cache when `deskbook.yml` changes.
public final class PageCache: @unchecked Sendable {
    private struct Entry {
        var data: Data
        var snippets: Int
        var result: (page: Page?, diagnostics: [Diagnostic])
    }

    private let lock = NSLock()
    private var pages: [String: Entry] = [:]
    private var documents: [String: MarkdownDocument] = [:]
    private var documentsUsed: Set<String> = []
    /// The snippets of the last full load, per language, for parsing one page again (`SiteLoader.reloadPage`).
    private var snippets: [String: [String: String]]?

    public init() {}

    /// The cached result for a file whose language has snippets with fingerprint `snippets`.
    func page(for file: ContentFile, snippets: Int) -> (page: Page?, diagnostics: [Diagnostic])? {
        lock.withLock {
            guard let entry = pages[file.displayPath], entry.snippets == snippets, entry.data == file.data else { return nil }
            if let text = entry.result.page?.lineMap.text { documentsUsed.insert(text) }
            return entry.result
        }
    }

    /// The result stored for the file at `displayPath`, whatever its bytes, and the snippets it was parsed with.
    func stored(at displayPath: String) -> (result: (page: Page?, diagnostics: [Diagnostic]), snippets: [String: [String: String]])? {
        lock.withLock {
            guard let entry = pages[displayPath], let snippets else { return nil }
            return (entry.result, snippets)
        }
    }

    func remember(snippets: [String: [String: String]]) {
        lock.withLock { self.snippets = snippets }
    }

    func store(_ result: (page: Page?, diagnostics: [Diagnostic]), for file: ContentFile, snippets: Int) {
        lock.withLock { pages[file.displayPath] = Entry(data: file.data, snippets: snippets, result: result) }
    }

    /// The document for Markdown text, parsed once.
    func document(for text: String) -> MarkdownDocument {
        let cached: MarkdownDocument? = lock.withLock {
            documentsUsed.insert(text)
            return documents[text]
        }
        if let cached { return cached }
        let document = MarkdownDocument(text)
        lock.withLock { documents[text] = document }
        return document
    }

    /// Forgets pages no longer among `files` and documents no page used since the last call.
    func keepOnly(_ files: [ContentFile]) {
        let paths = Set(files.map(\.displayPath))
        lock.withLock {
            pages = pages.filter { paths.contains($0.key) }
            documents = documents.filter { documentsUsed.contains($0.key) }
            documentsUsed = []
        }
    }

    /// A fingerprint of one language's snippets.
    static func fingerprint(_ snippets: [String: String]) -> Int {
        var hasher = Hasher()
        for name in snippets.keys.sorted() {
            hasher.combine(name)
            hasher.combine(snippets[name])
        }
        return hasher.finalize()
    }
}
