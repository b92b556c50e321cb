import DeskbookContent
import DeskbookCore

/// schema.org JSON-LD for pages: Article, FAQPage and BreadcrumbList.
struct StructuredData {
    let site: Site

    func json(for page: Page, breadcrumbs: [(title: String, url: String)]) -> String {
        var graph: [JSONValue] = []
        switch page.kind {
        case .faq where !page.isIndex:
            graph.append(faq(page))
        case .article, .policy, .faq:
            if !page.isIndex { graph.append(article(page)) }
        }
        if breadcrumbs.count > 1 {
            graph.append(.object([
                ("@type", "BreadcrumbList"),
                ("itemListElement", .array(breadcrumbs.enumerated().map { position, crumb in
                    .object([("@type", "ListItem"), ("position", .int(position + 1)), ("name", .string(crumb.title)), ("item", .string(site.config.absoluteURL(crumb.url)))])
                })),
            ]))
        }
        guard !graph.isEmpty else { return "" }
        return JSONValue.object([("@context", "https://schema.org"), ("@graph", .array(graph))]).serialized(htmlSafe: true)
    }

    private func article(_ page: Page) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("@type", "Article"),
            ("headline", .string(page.title)),
            ("inLanguage", .string(page.language)),
            ("url", .string(site.config.absoluteURL(page.url))),
            ("publisher", .object([("@type", "Organization"), ("name", .string(site.config.title(for: page.language)))])),
        ]
        if let description = page.frontMatter.description { members.append(("description", .string(description))) }
        if let date = page.frontMatter.date ?? page.frontMatter.effective { members.append(("datePublished", .string(date.description))) }
        if let modified = page.frontMatter.lastModified { members.append(("dateModified", .string(modified.description))) }
        return .object(members)
    }

    private func faq(_ page: Page) -> JSONValue {
        let questions = FAQQuestions.extract(from: page)
        return .object([
            ("@type", "FAQPage"),
            ("inLanguage", .string(page.language)),
            ("url", .string(site.config.absoluteURL(page.url))),
            ("mainEntity", .array(questions.map { question in
                .object([
                    ("@type", "Question"),
                    ("name", .string(question.question)),
                    ("acceptedAnswer", .object([("@type", "Answer"), ("text", .string(question.answer))])),
                ])
            })),
        ])
    }
}
