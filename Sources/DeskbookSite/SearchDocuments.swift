import DeskbookContent
import DeskbookSearch

/// Maps a site to the documents of its search index: one per article or policy, one per FAQ question.
enum SearchDocuments {
    static func make(for site: Site) -> [SearchDocument] {
        site.articles.flatMap { documents(of: site.pages[$0]) }
    }

    /// The index files under search/, one index per language, how long building them took, and, when given the
    /// previous build's cache, the cache for the next build (only edited documents are analysed again).
    static func index(for site: Site, reusing cache: SearchIndexCache? = nil) async -> (files: [OutputFile], duration: Duration, cache: SearchIndexCache?) {
        let clock = ContinuousClock()
        let start = clock.now
        let synonyms = Synonyms.forSite(site.config.synonyms, includingBuiltin: site.config.builtinSynonyms)
        let builder = SearchIndexBuilder(synonyms: synonyms)
        let documents = make(for: site)
        let (index, next): (SearchIndex, SearchIndexCache?) = if let cache {
            await builder.build(documents, reusing: cache)
        } else {
            (await builder.build(documents), nil)
        }
        let files = index.files.map { OutputFile(path: "search/" + $0.path, data: $0.data) }
        return (files, clock.now - start, next)
    }

    private static func documents(of page: Page) -> [SearchDocument] {
        let tags = page.frontMatter.tags.joined(separator: " ")
        let questions = page.kind == .faq ? FAQQuestions.extract(from: page) : []
        guard questions.isEmpty else {
            return questions.map { question in
                SearchDocument(
                    language: page.language, url: page.url + "#" + question.anchor, title: question.question,
                    kind: page.kind.rawValue, headings: [page.title], description: tags,
                    body: question.answer, excerpt: question.answer
                )
            }
        }
        let description = page.frontMatter.description ?? ""
        let body = page.document.sections.map(\.text).joined(separator: " ")
        return [SearchDocument(
            language: page.language, url: page.url, title: page.title, kind: page.kind.rawValue,
            headings: page.document.headings.map(\.text).filter { $0.lowercased() != page.title.lowercased() },
            description: (description.isEmpty ? lead(of: body) : description) + " " + tags, body: body,
            excerpt: description + " " + body
        )]
    }

    /// The most words a lead sentence keeps.
    static let leadWords = 30

    /// What describes a page without a description: the first sentence of its text (up to a . ! or ?
    /// followed by a space), at most `leadWords` words. Help articles open with what they are about,
    /// and a customer's question often repeats that sentence.
    static func lead(of text: String) -> String {
        var words = 0
        var previous: Character = " "
        for index in text.indices {
            let character = text[index]
            if character == " ", previous != " " {
                words += 1
                if words == leadWords || ".!?".contains(previous) { return String(text[..<index]) }
            }
            previous = character
        }
        return text
    }
}
