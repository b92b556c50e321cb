import DeskbookContent
import DeskbookCore
import DeskbookEmbedding
import DeskbookMarkdown
import DeskbookSearch

/// Maps a site to the documents of its search index: one per article or policy, one per FAQ question.
enum SearchDocuments {
    static func make(for site: Site) -> [SearchDocument] {
        make(for: site, reusing: nil).documents
    }

    /// The documents of the site, those of a page whose inputs are in `memo` taken from it, and the memo for
    /// the next build. With `changed`, the pages of `memo`'s site at the other indexes are known to be as they
    /// were, and their documents are taken without comparing their inputs.
    static func make(for site: Site, reusing memo: SearchDocumentMemo?, changed: Set<Int>? = nil) -> (documents: [SearchDocument], memo: SearchDocumentMemo) {
        // With `changed`, the next memo starts as `memo`: the pages it keeps are those of this site.
        var next = changed == nil ? SearchDocumentMemo() : memo ?? SearchDocumentMemo()
        var documents: [SearchDocument] = []
        documents.reserveCapacity(site.pages.count)
        for index in site.articles {
            if let changed, !changed.contains(index), let entry = memo?.pages[site.pages[index].url] {
                documents += entry.documents
                continue
            }
            let page = site.pages[index]
            let inputs = SearchDocumentMemo.Inputs(page)
            let made = memo?.pages[page.url].flatMap { $0.inputs == inputs ? $0.documents : nil } ?? Self.documents(of: page)
            next.pages[page.url] = SearchDocumentMemo.Entry(inputs: inputs, documents: made)
            documents += made
        }
        return (documents, next)
    }

    /// The index files under search/, one index per language, how long building them took, and, when given the
    /// previous build's cache, the cache for the next build (only edited pages give new documents, and only
    /// edited documents are analysed again).
    ///
    /// With a `semantic` indexer, each language also gets its document vectors (`VectorFile`); when the model
    /// fails, the index is built without them and a warning says so.
    ///
    /// `changed` names the only pages (by index) that can differ from those of `cache`'s site, when the caller
    /// knows them (`SiteBuilder.updatePage`).
    static func index(for site: Site, reusing cache: SearchCache? = nil, changed: Set<Int>? = nil, semantic: SemanticIndexer? = nil) async -> SearchIndexOutput {
        let clock = ContinuousClock()
        let start = clock.now
        let synonyms = Synonyms.forSite(site.config.synonyms, includingBuiltin: site.config.builtinSynonyms)
        let builder = SearchIndexBuilder(synonyms: synonyms)
        let (documents, memo) = make(for: site, reusing: cache?.documents, changed: changed)
        let index: SearchIndex
        var next: SearchCache?
        if let cache {
            let built = await builder.build(documents, reusing: cache.index)
            index = built.index
            next = SearchCache(documents: memo, index: built.cache)
        } else {
            index = await builder.build(documents)
        }
        var files = index.files.map { OutputFile(path: "search/" + $0.path, data: $0.data) }
        var warnings: [Diagnostic] = []
        if let semantic {
            do {
                files += try await semantic.files(for: documents).map { OutputFile(path: "search/" + $0.path, data: $0.data) }
            } catch {
                warnings.append(.warning("semantic search is off for this build: \(error); searching by words only", at: SourceLocation(path: "deskbook.yml")))
            }
        }
        return SearchIndexOutput(files: files, duration: clock.now - start, cache: next, warnings: warnings)
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

/// The search index files of a build, how long they took, the cache for the next build, and warnings.
struct SearchIndexOutput: Sendable {
    var files: [OutputFile] = []
    var duration: Duration = .zero
    var cache: SearchCache?
    var warnings: [Diagnostic] = []
}

/// What the search index of a build keeps for the next one: each page's documents and the index's analyses.
struct SearchCache: Sendable {
    var documents = SearchDocumentMemo()
    var index = SearchIndexCache()
}

/// The search documents of each page of the last build with what they were made from. A rebuild makes again
/// only those of changed pages and keeps the others as the same values, whose texts the index builder then
/// compares at no cost.
struct SearchDocumentMemo: Sendable {
    /// What a page's documents are made from.
    struct Inputs: Hashable, Sendable {
        var language: String
        var url: String
        var title: String
        var kind: PageKind
        var description: String?
        var tags: [String]
        var document: MarkdownDocument

        init(_ page: Page) {
            language = page.language
            url = page.url
            title = page.title
            kind = page.kind
            description = page.frontMatter.description
            tags = page.frontMatter.tags
            document = page.document
        }
    }

    struct Entry: Sendable {
        var inputs: Inputs
        var documents: [SearchDocument]
    }

    /// By page URL.
    var pages: [String: Entry] = [:]
}
