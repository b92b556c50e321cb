import DeskbookSearch
import Foundation

/// A document for search tests, with an excerpt cut from the body when none is given.
func searchDocument(
    _ url: String, _ title: String, kind: String = "article", language: String = "en",
    headings: [String] = [], description: String = "", body: String = "", excerpt: String? = nil
) -> SearchDocument {
    SearchDocument(
        language: language, url: url, title: title, kind: kind, headings: headings,
        description: description, body: body, excerpt: excerpt ?? body
    )
}

/// An index built in memory and an engine reading it.
struct BuiltIndex {
    let index: SearchIndex
    let engine: SearchEngine

    init(_ documents: [SearchDocument], synonyms: Synonyms = Synonyms.forSite([:], includingBuiltin: true)) async {
        index = await SearchIndexBuilder(synonyms: synonyms).build(documents)
        let files = Dictionary(uniqueKeysWithValues: index.files.map { ($0.path, $0.data) })
        engine = SearchEngine { path in
            guard let data = files[path] else { throw CocoaError(.fileNoSuchFile) }
            return data
        }
    }

    /// The result URLs of `query`, best first.
    func urls(_ query: String, language: String = "en", limit: Int = 10) throws -> [String] {
        try engine.search(query, language: language, limit: limit).map(\.url)
    }
}
