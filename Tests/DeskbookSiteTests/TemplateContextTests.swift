import DeskbookCore
@testable import DeskbookSite
import Foundation
import Mustache
import Testing

/// Typed template contexts as the template engine reads them: every field under its snake-case name, fields
/// without a value, lists and dictionaries.
struct TemplateContextTests {
    static let date = DateContext(text: "1 March 2026", iso: "2026-03-01")
    static let item = ListItemContext(title: "Refunds", url: "/en/billing/refunds/", description: "Money back", kind: "article", kindLabel: "Article")
    static let field = RequestFieldContext(
        id: "subject", inputID: "request-subject", label: "Subject", type: "text", required: true, conditional: false, hint: "Say it briefly",
        inputType: "text", autocomplete: "off", accept: ".log", options: [RequestOptionContext(value: "a", label: "Option A")], isSubject: true, isBody: false, suggestions: true
    )
    static let form = RequestFormContext(
        fields: [field], rulesURL: "/intake/rules.json", endpoint: "https://api.example.com/", email: "help@example.com", emailLink: "help@example.com",
        strings: "{}", action: "https://api.example.com/", enctype: "multipart/form-data", isEmail: false, confirmField: "confirmed",
        subjectField: "subject", bodyField: "body", honeypot: "deskbook_website"
    )
    static let site = SiteContext(
        title: "Help", language: "en", basePath: "/", homeURL: "/en/", searchURL: "/en/search/", feedURL: "/en/feed.xml", requestURL: "/en/request/",
        tagsURL: "/en/tags/", params: ["support_email": ParamValue(yaml: .string("help@example.com"))],
        sections: [SectionLinkContext(title: "Billing", url: "/en/billing/", description: "Paying")], asset: ["css_style_css": "/assets/style.css"],
        inline: ["js_a_inline_js": "a()"], scriptHashes: "'sha256-x'", shared: ["nav": "<nav></nav>"],
        eventsURL: "https://api.example.com/events", connectSrc: "https://api.example.com"
    )

    /// A page with every field set, each to a different value.
    static let page: PageContext = {
        var page = PageContext(
            title: "Refunds", description: "Money back", url: "/en/billing/refunds/", permalink: "https://help.example.com/en/billing/refunds/", lang: "en",
            alternates: [AlternateLinkContext(lang: "ru", url: "/ru/billing/refunds/", permalink: "https://help.example.com/ru/billing/refunds/")],
            xDefault: "https://help.example.com/en/billing/refunds/",
            languages: [LanguageLinkContext(lang: "ru", name: "Русский", url: "/ru/billing/refunds/", current: false, translated: true)],
            breadcrumbs: [PageLinkContext(title: "Home", url: "/en/", current: false), PageLinkContext(title: "Refunds", url: "/en/billing/refunds/", current: true)]
        )
        page.content = "<p>Body</p>"
        page.jsonLD = "{}"
        page.params = ["audience": ParamValue(yaml: .string("admins"))]
        page.kind = "policy"
        page.kindLabel = "Policy"
        page.isArticle = false
        page.isFaq = false
        page.isPolicy = true
        page.toc = [TocEntryContext(id: "fees", text: "Fees", sub: false)]
        page.date = DateContext(text: "2 March 2026", iso: "2026-03-02")
        page.updated = DateContext(text: "3 March 2026", iso: "2026-03-03")
        page.effective = date
        page.history = [HistoryEntryContext(date: date, summary: "First version")]
        page.tags = ["zeta", "alpha", "mid"]
        page.tagLinks = [TagContext(name: "zeta", url: "/en/tags/zeta/")]
        page.sectionMenu = SectionMenuContext(title: "Billing", url: "/en/billing/", links: [PageLinkContext(title: "Refunds", url: "/en/billing/refunds/", current: true)], position: 0)
        page.pager = PagerContext(previous: PageLinkContext(title: "Invoices", url: "/en/billing/invoices/", current: false), next: nil)
        page.related = [item]
        page.tagIndex = [TagContext(name: "zeta", url: "/en/tags/zeta/", count: 2)]
        page.pages = [item]
        page.subsections = [SubsectionContext(title: "Billing", url: "/en/billing/", description: "Paying", count: 1, countLabel: "1 article", pages: [item])]
        page.featured = [item, item]
        page.isHome = true
        page.homes = [HomeLinkContext(title: "Help", url: "/en/", lang: "en")]
        page.target = "/en/new/"
        page.targetPermalink = "https://help.example.com/en/new/"
        page.form = form
        page.formAction = "https://api.example.com"
        page.contactEmail = "help@example.com"
        return page
    }()

    static let bare = PageContext(title: "Search", description: "Help", url: "/en/search/", permalink: "https://help.example.com/en/search/", lang: "en", alternates: [], languages: [], breadcrumbs: [])

    static let contexts: [any TemplateContext] = [
        site, site.sections[0], page, bare, page.alternates[0], page.languages[0], page.breadcrumbs[0], page.toc![0], date, page.history![0],
        item, page.subsections![0], page.homes![0], form, field, field.options[0], page.tagLinks![0], page.tagIndex![0], page.sectionMenu!,
        page.sectionMenu!.pages[0], page.pager!,
    ]

    /// `kindLabel` → `kind_label`, `jsonLD` → `json_ld`, `rulesURL` → `rules_url`: the naming `TemplateContext` states.
    static func snakeCase(_ name: String) -> String {
        let characters = Array(name)
        var result = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0,
               !characters[index - 1].isUppercase || (index + 1 < characters.count && characters[index + 1].isLowercase) {
                result += "_"
            }
            result += character.lowercased()
        }
        return result
    }

    static func render(_ template: String, _ root: [String: Any]) throws -> String {
        try MustacheTemplate(string: template).render(root)
    }

    @Test func everyFieldIsReadUnderItsSnakeCaseName() {
        for context in Self.contexts {
            let type = String(describing: Swift.type(of: context))
            for field in Mirror(reflecting: context).children {
                let label = field.label ?? ""
                let name = Self.snakeCase(label)
                let read = context.child(named: name)
                let value = Mirror(reflecting: field.value)
                let wrapped: Any? = value.displayStyle == .optional ? value.children.first?.value : field.value
                if let wrapped {
                    #expect(read.map { String(describing: $0) } == String(describing: wrapped), "\(type).\(label) is not read as \(name)")
                } else {
                    #expect(read is TemplateNull, "\(type).\(label), which has no value, is not read as \(name)")
                }
            }
            #expect(context.child(named: "no_such_field") == nil, "\(type) reads an unknown name")
        }
    }

    @Test func aFieldWithoutValueRendersNothingAndHidesTheOuterName() throws {
        var plain = Self.field
        plain.hint = nil
        var form = Self.form
        form.fields = [plain, Self.field]
        let html = try Self.render("{{#form.fields}}[{{hint}}|{{#hint}}set{{/hint}}{{^hint}}unset{{/hint}}]{{/form.fields}}", ["hint": "outer", "form": form])
        #expect(html == "[|unset][Say it briefly|set]")
        #expect(try Self.render("{{page.kind}}|{{#page.date}}{{iso}}{{/page.date}}{{^page.date}}undated{{/page.date}}|{{^empty(page.toc)}}toc{{/empty(page.toc)}}", ["page": Self.bare]) == "|undated|toc")
    }

    @Test func listsKeepTheirTypeForTransforms() throws {
        let template = "{{#sorted(page.tags)}}{{.}},{{/sorted(page.tags)}} {{count(page.breadcrumbs)}} {{first(page.tags)}} {{#last(page.breadcrumbs)}}{{title}}{{/last(page.breadcrumbs)}} {{^empty(page.toc)}}toc{{/empty(page.toc)}}"
        #expect(try Self.render(template, ["page": Self.page]) == "alpha,mid,zeta, 2 zeta Refunds toc")
    }

    @Test func paramsRenderAsWrittenInYAML() throws {
        let yaml: [String: YAMLValue] = [
            "text": .string("a"), "number": .int(3), "ratio": .double(1.5), "flag": .bool(false), "empty": .null, "supportEmail": .string("b"),
            "list": .array([.string("x"), .int(2)]), "map": .map(["inner": .string("deep")]),
        ]
        var site = Self.site
        site.params = ParamValue.map(yaml)
        let template = "{{site.params.text}}|{{site.params.number}}|{{site.params.ratio}}|{{site.params.flag}}|[{{site.params.empty}}]|{{site.params.supportEmail}}|{{#site.params.list}}{{.}};{{/site.params.list}}|{{site.params.list}}|{{site.params.map.inner}}|{{^site.params.flag}}off{{/site.params.flag}}"
        #expect(try Self.render(template, ["site": site]) == "a|3|1.5|false|[]|b|x;2;|[&quot;x&quot;, 2]|deep|off")
    }

    /// Every `page.` and `site.` name the default theme's templates read is a field of `PageContext` or
    /// `SiteContext`: renaming a field without its templates fails here instead of blanking the pages.
    @Test func theDefaultThemeReadsOnlyContextFields() throws {
        let scopes: [String: any TemplateContext] = ["page": Self.bare, "site": Self.site]
        let pattern = try NSRegularExpression(pattern: "(?<![A-Za-z0-9_.])(page|site)\\.([A-Za-z0-9_]+)")
        var read = 0
        for (path, data) in BuiltinThemes.defaultThemeFiles where path.hasPrefix("templates/") {
            let text = String(decoding: data, as: UTF8.self)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let scope = String(text[Range(match.range(at: 1), in: text)!])
                let name = String(text[Range(match.range(at: 2), in: text)!])
                #expect(scopes[scope]?.child(named: name) != nil, "\(path) reads \(scope).\(name), which is not a field")
                read += 1
            }
        }
        #expect(read > 50)
    }
}
