import DeskbookCore
@testable import DeskbookSite
import Foundation
import Mustache
import Testing

/// Typed template contexts as the template engine sees them: names, values without a value, kept types.
struct TemplateContextTests {
    struct Item: TemplateContext {
        var name: String?
        var kindLabel: String
    }

    struct Listing: TemplateContext {
        var name: String
        var items: [Item]
        var tags: [String]
        var params: [String: ParamValue]
    }

    static func render(_ template: String, _ context: some TemplateContext) throws -> String {
        try MustacheTemplate(string: template).render(try context.templateValue())
    }

    static let listing = Listing(
        name: "outer",
        items: [Item(name: nil, kindLabel: "FAQ"), Item(name: "inner", kindLabel: "Policy")],
        tags: ["zeta", "alpha", "mid"],
        params: ["supportEmail": ParamValue(yaml: .string("help@example.com"))]
    )

    @Test func fieldNamesAreSnakeCase() {
        let names = ["url": "url", "kindLabel": "kind_label", "jsonLD": "json_ld", "rulesURL": "rules_url", "xDefault": "x_default", "URLPath": "url_path", "isFaq": "is_faq", "hint2ID": "hint2_id"]
        for (swift, template) in names {
            #expect(TemplateKeyName.snakeCase(swift) == template)
        }
    }

    @Test func aFieldWithoutValueRendersNothingAndHidesTheOuterName() throws {
        let html = try Self.render("{{#items}}[{{name}}|{{kind_label}}|{{#name}}set{{/name}}{{^name}}unset{{/name}}]{{/items}}", Self.listing)
        #expect(html == "[|FAQ|unset][inner|Policy|set]")
    }

    @Test func textListsKeepTheirTypeForTransforms() throws {
        #expect(try Self.render("{{#sorted(tags)}}{{.}},{{/sorted(tags)}} {{count(tags)}} {{first(tags)}}", Self.listing) == "alpha,mid,zeta, 3 zeta")
    }

    @Test func dictionaryKeysStayAsWritten() throws {
        #expect(try Self.render("{{params.supportEmail}}|{{params.support_email}}", Self.listing) == "help@example.com|")
    }

    @Test func paramValuesRenderAsWrittenInYAML() throws {
        let yaml: [String: YAMLValue] = [
            "text": .string("a"), "number": .int(3), "ratio": .double(1.5), "flag": .bool(false), "empty": .null,
            "list": .array([.string("x"), .int(2)]), "map": .map(["inner": .string("deep")]),
        ]
        let listing = Listing(name: "", items: [], tags: [], params: ParamValue.map(yaml))
        let template = "{{params.text}}|{{params.number}}|{{params.ratio}}|{{params.flag}}|[{{params.empty}}]|{{#params.list}}{{.}};{{/params.list}}|{{params.map.inner}}|{{^params.flag}}off{{/params.flag}}"
        #expect(try Self.render(template, listing) == "a|3|1.5|false|[]|x;2;|deep|off")
    }

    /// Every `page.` and `site.` name the default theme's templates read is a field of `PageContext` or
    /// `SiteContext`: renaming a field without its templates fails here instead of blanking the pages.
    @Test func theDefaultThemeReadsOnlyContextFields() throws {
        let page = PageContext(title: "", description: "", url: "/", permalink: "/", lang: "en", alternates: [], languages: [], breadcrumbs: [])
        let site = SiteContext(title: "", language: "en", basePath: "/", homeURL: "/", searchURL: "/", feedURL: "/", requestURL: "/", searchManifest: "", params: [:], sections: [], asset: [:])
        let fields = [
            "page": Set(try #require(try page.templateValue() as? [String: Any]).keys),
            "site": Set(try #require(try site.templateValue() as? [String: Any]).keys),
        ]
        let pattern = try NSRegularExpression(pattern: "(?<![A-Za-z0-9_.])(page|site)\\.([A-Za-z0-9_]+)")
        var read = 0
        for (path, data) in BuiltinThemes.defaultThemeFiles where path.hasPrefix("templates/") {
            let text = String(decoding: data, as: UTF8.self)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let scope = String(text[Range(match.range(at: 1), in: text)!])
                let name = String(text[Range(match.range(at: 2), in: text)!])
                #expect(fields[scope]?.contains(name) == true, "\(path) reads \(scope).\(name), which is not a field")
                read += 1
            }
        }
        #expect(read > 50)
    }
}
