// The search index: what `deskbook build` writes under public/search/, and how it is read. The
// runtime (themes/default/static/search/search.js, "Search engine" part) and `SearchEngine` read it
// the same way and rank identically.
//
// Documents. One per article or policy page and one per FAQ question (its URL ends with the
// question's anchor), each in its page's language. Ids run from 0 in URL order, so that the pages
// of a section sit next to each other. Fields: title (or question), headings (or the FAQ page
// title), description and tags, body (or answer). Terms come from `TextAnalyzer`; the title and
// each heading also give pair terms, "first second" for every two adjacent terms, which let
// adjacent query words that appear side by side in a title rank higher (phrase and proximity boost).
//
// Ranking. BM25F (field weights and length normalisation in `RankingParameters`) is computed at
// build time for every (term, document), and the impacts are quantised to one byte, 1...255, on a
// scale shared by the whole language. A query only adds small integers, so Swift and JavaScript
// give exactly the same scores. Posting lists longer than `RankingParameters.maxPostings` keep
// their highest impacts.
//
// Files, per language, under search/<lang>/ (names carry a hash of the content, hosts may cache
// them forever, except index.json):
// - index.json: {"manifest": "manifest.<hash>.json"}, the only fixed name;
// - manifest.<hash>.json: the bootstrap (`SearchManifest`): the shard keys, the split buckets, the
//   number of documents and chunks;
// - s<n>.<hash>.bin: shards, the terms of a range of the term order with their postings (`TermTable`);
// - d<n>.<hash>.bin: dictionaries, the words and posting counts of buckets split over several shards;
// - c<n>.<hash>.json: chunks, `RankingParameters.chunkSize` consecutive documents each, with
//   their url, title, kind and excerpt (`DocumentChunk`), fetched only for the results shown.
// The hash of shards, dictionaries and chunks is one hash of all of them (see `SearchManifest`).
//
// Sharding. A term's bucket is the first two letters of its (first) word. Shards hold whole buckets
// where they fit (`ShardPlan`), so the words a typo or a prefix could mean are in the shard the
// query word already needs, or in the bucket's dictionary. Pair terms sit in their first word's shard.
//
// Queries (`QueryPlan`, `TermExpansion`, `QueryScorer`; the same steps in search.js):
// 1. The query's terms (`TextAnalyzer`), without repeats. Each term's shard is fetched.
// 2. Each term matches itself. The last one also matches words it begins (search as you type)
//    unless the query ends with a space or punctuation. A term missing from the index matches the
//    words of its bucket within edit distance 1 (4 to 7 letters) or 2 (8 or more), optimal string
//    alignment distance (a swap of two neighbours counts 1); also in the buckets of the term with
//    its first two letters swapped, without its first letter and without its second, which covers
//    some typos at the start (a swap, a letter too many).
// 3. A document's score is, for each query term, the best of its matches' impacts times the
//    match's weight (`MatchWeights`: exact 4, distance 1: 3, distance 2: 2, completion 1), summed over the query terms,
//    plus, for each two adjacent query terms, the best pair term of their matches the same way.
//    A document needs to match only one term (OR semantics). Ties go to the lower document id.
// 4. The chunks of the results shown are fetched; excerpts mark the matched words.
import DeskbookCore
import Foundation

/// Builds the search index files from documents of any languages.
public struct SearchIndexBuilder: Sendable {
    public init() {}

    /// The index files of `documents`, one index per language.
    public func build(_ documents: [SearchDocument]) async -> SearchIndex {
        let ordered = Self.inURLOrder(documents)
        let analyzer = TextAnalyzer()
        let analyzed = await concurrentMap(ordered) { DocumentTerms($0, analyzer: analyzer) }
        var index = SearchIndex(files: [], manifests: [:])
        var start = 0
        while start < ordered.count {
            let language = ordered[start].language
            let end = ordered[start...].firstIndex { $0.language != language } ?? ordered.count
            let manifest = await add(language: language, ordered[start..<end], Array(analyzed[start..<end]), to: &index.files)
            index.manifests[language] = language + "/" + manifest
            start = end
        }
        return index
    }

    /// Writes the files of one language and returns its manifest's file name.
    private func add(
        language: String,
        _ documents: ArraySlice<SearchDocument>,
        _ analyzed: [DocumentTerms],
        to files: inout [SearchIndex.File]
    ) async -> String {
        let plan = ShardPlan(ImpactScorer(documents: analyzed).postings())
        let shards = await concurrentMap(plan.shards.map { Array($0.entries) }) { TermTable.encodeShard($0) }
        let dictionaries = plan.dictionaries.map { TermTable.encodeDictionary($0.words) }
        let rows = documents.map { document in
            DocumentRow(
                url: document.url,
                title: document.title,
                kind: document.kind,
                excerpt: ExcerptText.make(document.excerpt, limit: RankingParameters.excerptLength)
            )
        }
        let chunks = stride(from: 0, to: rows.count, by: RankingParameters.chunkSize).map { first in
            Array(DocumentChunk.encode(rows[first..<min(first + RankingParameters.chunkSize, rows.count)]))
        }
        let manifest = SearchManifest(
            version: SearchManifest.currentVersion,
            language: language,
            hash: Self.hash(of: [shards, dictionaries, chunks]),
            documents: rows.count,
            chunkSize: RankingParameters.chunkSize,
            shards: plan.shards.map(\.key),
            dictionaries: plan.dictionaries.map(\.bucket)
        )
        func add(_ name: String, _ bytes: some Sequence<UInt8>) {
            files.append(SearchIndex.File(path: language + "/" + name, data: Data(bytes)))
        }
        for (number, bytes) in shards.enumerated() { add(manifest.shardFile(number), bytes) }
        for (number, bytes) in dictionaries.enumerated() { add(manifest.dictionaryFile(number), bytes) }
        for (number, bytes) in chunks.enumerated() { add(manifest.chunkFile(number), bytes) }
        let manifestBytes = try! Self.json(manifest)
        let name = "manifest.\(ContentHash.hex(manifestBytes, length: 8)).json"
        add(name, manifestBytes)
        add("index.json", try! Self.json(SearchIndexPointer(manifest: name)))
        return name
    }

    /// One hash of groups of files: their bytes, each file preceded by its length.
    private static func hash(of groups: [[[UInt8]]]) -> String {
        var writer = ByteWriter()
        for group in groups {
            writer.varint(group.count)
            for file in group {
                writer.varint(file.count)
                writer.append(file)
            }
        }
        return ContentHash.hex(writer.bytes, length: 8)
    }

    /// By language, then by page URL (the part before "#"), keeping the given order of the
    /// questions of one FAQ page.
    private static func inURLOrder(_ documents: [SearchDocument]) -> [SearchDocument] {
        func page(_ url: String) -> Substring { url.prefix { $0 != "#" } }
        return documents.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            if a.language != b.language { return TermKeys.precedes(a.language, b.language) }
            let (pageA, pageB) = (page(a.url), page(b.url))
            if pageA != pageB { return pageA.utf8.lexicographicallyPrecedes(pageB.utf8) }
            return left.offset < right.offset
        }.map(\.element)
    }

    static func json<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
