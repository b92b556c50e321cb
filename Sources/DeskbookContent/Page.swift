import DeskbookCore
import DeskbookMarkdown

/// A parsed page: its header, its Markdown document and where it will be published.
public struct Page: Sendable {
    public var displayPath: String
    public var language: String
    /// Path inside the language folder, shared by all translations (`billing/refunds.md`).
    public var contentPath: String
    public var frontMatter: FrontMatter
    /// The kind after section defaults are applied.
    public var kind: PageKind
    /// The site path, e.g. `/en/billing/refunds/`.
    public var url: String
    public var document: MarkdownDocument
    /// Maps document lines back to file lines (snippets expand to the line that includes them).
    public var lineMap: SnippetExpander.Expansion
    public var bodyStartLine: Int
    /// Where the document's links to other pages go, by link index; set when the site is assembled.
    public var linkTargets: [Int: MarkdownDocument.LinkTarget] = [:]

    /// True for `_index.md`, which describes a section or the language home.
    public var isIndex: Bool { Self.isIndex(contentPath: contentPath) }

    /// Whether the page at `contentPath` is a section's `_index.md`.
    static func isIndex(contentPath: String) -> Bool {
        contentPath == "_index.md" || contentPath.hasSuffix("/_index.md")
    }

    /// The folder of the page inside its language (`billing`), "" for top-level pages.
    public var sectionPath: String { Path.directory(of: contentPath) }

    public var title: String { frontMatter.title }

    /// Where a line of the Markdown document was written in the file.
    public func location(line: Int, column: Int) -> SourceLocation {
        let origin = lineMap.origin(of: line)
        return SourceLocation(path: displayPath, line: bodyStartLine + origin.line - 1, column: origin.isSnippet ? 1 : column)
    }

    /// The page's HTML body in a language's words, its links pointing at their pages.
    public func bodyHTML(options: RenderOptions = RenderOptions()) -> String {
        document.renderHTML(options: options, linkTargets: linkTargets)
    }

    /// Ids a link may point to with `#`.
    public var anchors: Set<String> { Set(document.headings.map(\.id)) }
}
