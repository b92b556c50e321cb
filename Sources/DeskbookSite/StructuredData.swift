import DeskbookContent

/// schema.org JSON-LD for pages: Article, FAQPage and BreadcrumbList.
struct StructuredData {
    let site: Site

    func json(for page: Page, breadcrumbs: [(title: String, url: String)]) -> String {
        var graph: [[String: Any]] = []
        switch page.kind {
        case .faq where !page.isIndex:
            graph.append(faq(page))
        case .article, .policy, .faq:
            if !page.isIndex { graph.append(article(page)) }
        }
        if breadcrumbs.count > 1 {
            graph.append([
                "@type": "BreadcrumbList",
                "itemListElement": breadcrumbs.enumerated().map { position, crumb in
                    ["@type": "ListItem", "position": position + 1, "name": crumb.title, "item": site.config.absoluteURL(crumb.url)] as [String: Any]
                },
            ])
        }
        guard !graph.isEmpty else { return "" }
        return JSONText.encode(["@context": "https://schema.org", "@graph": graph])
    }

    private func article(_ page: Page) -> [String: Any] {
        var object: [String: Any] = [
            "@type": "Article",
            "headline": page.title,
            "inLanguage": page.language,
            "url": site.config.absoluteURL(page.url),
            "publisher": ["@type": "Organization", "name": site.config.title(for: page.language)],
        ]
        if let description = page.frontMatter.description { object["description"] = description }
        if let date = page.frontMatter.date ?? page.frontMatter.effective { object["datePublished"] = date.description }
        if let modified = page.frontMatter.lastModified { object["dateModified"] = modified.description }
        return object
    }

    private func faq(_ page: Page) -> [String: Any] {
        let questions = FAQQuestions.extract(from: page)
        return [
            "@type": "FAQPage",
            "inLanguage": page.language,
            "url": site.config.absoluteURL(page.url),
            "mainEntity": questions.map { question in
                [
                    "@type": "Question",
                    "name": question.question,
                    "acceptedAnswer": ["@type": "Answer", "text": question.answer],
                ] as [String: Any]
            },
        ]
    }
}
