import DeskbookContent
import DeskbookMarkdown

/// What the file of a page or listing is made from, besides the `LanguageInputs` of its language: the template,
/// the `page` values but the body, and what the body is filled from. Equal inputs in a language whose shared
/// inputs are unchanged give the same bytes, so a rebuild renders again only the pages whose inputs changed
/// (`RenderMemo`).
struct RenderInputs: Hashable, Sendable {
    /// The document of a page written in Markdown and where its links go; the body is filled from them at
    /// render time, as comparing two documents that a cache shares costs next to nothing.
    struct Body: Hashable, Sendable {
        var document: MarkdownDocument
        var linkTargets: [Int: MarkdownDocument.LinkTarget]

        init(_ page: Page) {
            document = page.document
            linkTargets = page.linkTargets
        }
    }

    var template: String
    /// `page` in the template, its `content` left empty.
    var page: PageContext
    var body: Body?
}

/// What every page of one language is rendered with: the `site` values, the theme's strings (`t`, and the
/// words of Markdown bodies) and templates.
struct LanguageInputs: Hashable, Sendable {
    var site: SiteContext
    var strings: [String: String]
    var templatesFingerprint: Int
}
