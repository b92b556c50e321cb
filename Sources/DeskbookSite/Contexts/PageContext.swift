/// `page` in templates: the page being rendered. Content pages, section listings, language homes and the pages
/// made from a template alone (search, request, 404, redirects) all have the first group of fields; the other
/// fields have no value on pages they do not apply to (see `TemplateContext`).
struct PageContext: TemplateContext {
    // MARK: Every page

    /// The page's title (a section's own title on its listing).
    var title: String
    /// The front matter `description`, else the site title.
    var description: String
    /// The page's path on the site, `/en/billing/refunds/`.
    var url: String
    /// The absolute URL, for canonical links and Open Graph.
    var permalink: String
    /// The page's language code.
    var lang: String
    /// The page in every language it exists in, itself included, for `hreflang` links; empty unless it has a
    /// translation.
    var alternates: [AlternateLinkContext]
    /// The absolute URL of the page in the default language, for `hreflang="x-default"`, if it has one.
    var xDefault: String?
    /// The language switcher: every site language, with this page's translation or that language's home;
    /// empty on a site with one language.
    var languages: [LanguageLinkContext]
    /// The trail from the language home to this page; empty on the home itself.
    var breadcrumbs: [PageLinkContext]

    // MARK: Pages written in Markdown (content pages, and sections and homes with an `_index.md`)

    /// The body as HTML, for `{{{page.content}}}`.
    var content: String?
    /// schema.org JSON-LD (Article, FAQPage, BreadcrumbList), for `{{{page.json_ld}}}`, if there is any.
    var jsonLD: String?
    /// The front matter keys Deskbook does not know, as written: `{{page.params.audience}}`.
    var params: [String: ParamValue]?

    // MARK: Content pages (article, faq, policy)

    /// The page kind: `article`, `faq` or `policy`.
    var kind: String?
    /// The kind in the page's language, from the theme strings `kind_<kind>`.
    var kindLabel: String?
    /// `true` on articles.
    var isArticle: Bool?
    /// `true` on FAQ pages.
    var isFaq: Bool?
    /// `true` on policies.
    var isPolicy: Bool?
    /// The table of contents: the page's headings down to `###`, when there are three or more; else empty.
    var toc: [TocEntryContext]?
    /// The front matter `date`.
    var date: DateContext?
    /// The front matter `updated`.
    var updated: DateContext?
    /// A policy's `effective` date.
    var effective: DateContext?
    /// A policy's change history, as written in the front matter (newest first).
    var history: [HistoryEntryContext]?
    /// The front matter `tags`, as written.
    var tags: [String]?
    /// The same tags with the address of each one's page.
    var tagLinks: [TagContext]?
    /// The section the page is in with its pages, for the sidebar; none for a page directly in the language home.
    var sectionMenu: SectionMenuContext?
    /// The pages before and after this one in its section; none when it is the section's only page.
    var pager: PagerContext?
    /// Pages of the language that share the most distinctive words with this one (`RelatedPages`), best first.
    var related: [ListItemContext]?

    // MARK: Section listings and language homes

    /// The section's pages, in order.
    var pages: [ListItemContext]?
    /// The section's subsections, in order.
    var subsections: [SubsectionContext]?
    /// On a language home, the pages marked `featured`, or else the six most recently changed.
    var featured: [ListItemContext]?
    /// `true` on a language home.
    var isHome: Bool?

    // MARK: Tag pages

    /// The tags index, `/<lang>/tags/`: every tag of the language with its number of pages, by name. (A tag's own
    /// page lists its pages in `pages`.)
    var tagIndex: [TagContext]?

    // MARK: Pages made from a template alone

    /// The 404 page: the home page of every language.
    var homes: [HomeLinkContext]?
    /// A redirect: where it leads, as a site path.
    var target: String?
    /// A redirect: where it leads, as an absolute URL.
    var targetPermalink: String?
    /// The request page: the form built from intake.yml; none on a contact page (a site without intake.yml).
    var form: RequestFormContext?
    /// The request page: what the Content-Security-Policy's `form-action` allows besides the site itself, the
    /// origin of the form's endpoint or `mailto:`; none when the form posts to its own site.
    var formAction: String?
    /// The request page: the support email address (`submit.email` of intake.yml, else `params.support_email`).
    var contactEmail: String?

    func child(named key: String) -> Any? {
        switch key {
        case "title": title
        case "description": description
        case "url": url
        case "permalink": permalink
        case "lang": lang
        case "alternates": alternates
        case "x_default": xDefault.templateValue
        case "languages": languages
        case "breadcrumbs": breadcrumbs
        case "content": content.templateValue
        case "json_ld": jsonLD.templateValue
        case "params": params.templateValue
        case "kind": kind.templateValue
        case "kind_label": kindLabel.templateValue
        case "is_article": isArticle.templateValue
        case "is_faq": isFaq.templateValue
        case "is_policy": isPolicy.templateValue
        case "toc": toc.templateValue
        case "date": date.templateValue
        case "updated": updated.templateValue
        case "effective": effective.templateValue
        case "history": history.templateValue
        case "tags": tags.templateValue
        case "tag_links": tagLinks.templateValue
        case "section_menu": sectionMenu.templateValue
        case "pager": pager.templateValue
        case "related": related.templateValue
        case "pages": pages.templateValue
        case "subsections": subsections.templateValue
        case "featured": featured.templateValue
        case "is_home": isHome.templateValue
        case "tag_index": tagIndex.templateValue
        case "homes": homes.templateValue
        case "target": target.templateValue
        case "target_permalink": targetPermalink.templateValue
        case "form": form.templateValue
        case "form_action": formAction.templateValue
        case "contact_email": contactEmail.templateValue
        default: nil
        }
    }
}
