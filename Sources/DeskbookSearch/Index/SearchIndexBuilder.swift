// The search index: what `deskbook build` writes under public/search/, and how it is read. The
// runtime (themes/default/static/search/search.js, "Search engine" part) and `SearchEngine` read it
// the same way and rank identically.
//
// Documents. One per article or policy page and one per FAQ question (its URL ends with the
// question's anchor), each in its page's language. Ids run from 0 in URL order, so that the pages
// of a section sit next to each other. Fields: title (or question), headings (or the FAQ page
// title), description (or the lead sentence of a page without one) and tags, body (or answer).
// Terms come from `TextAnalyzer`; the title, each heading and the description also give pair terms
// (`TermKeys.pair`) for every two adjacent terms, in either order, which let adjacent query words
// that appear side by side there rank higher (phrase and proximity boost).
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
// - m<n>.<hash>.bin: middle dictionaries, the same for all words by their third and fourth letters
//   (`MiddleDictionaries`), for typos in the first two letters;
// - c<n>.<hash>.json: chunks, `RankingParameters.chunkSize` consecutive documents each, with
//   their url, title, kind and the start of their text (`DocumentChunk`), fetched only for the
//   results shown.
// The hash in the names of shards, dictionaries and chunks is one hash of all of them (see
// `SearchManifest`).
//
// Sharding. A term's bucket is the first two letters of its (first) word. Shards hold whole buckets
// where they fit (`ShardPlan`), so the words a typo or a prefix could mean are in the shard the
// query word already needs, or in the bucket's dictionary. Pair terms sit in their first word's shard.
//
// Queries (`QueryPlan`, `TermMatches`, `QueryScorer`, `ExcerptMarkup`; the same steps in search.js):
// 1. The query's terms (`TextAnalyzer`), without repeats. Each term's shard is fetched.
// 2. Each term matches itself. The last one also matches words it begins (search as you type)
//    unless the query ends with a space or punctuation. A term missing from the index matches words
//    within edit distance 1 (4 to 7 letters) or 2 (8 or more), optimal string alignment distance (a
//    swap of two neighbours counts 1; `EditDistance.correction`), found in the term's bucket, in
//    the buckets of the term with its first two letters swapped, without its first letter and
//    without its second (a swap or a letter too many at the start), and in the middle dictionaries
//    of its third and fourth letters and of its second and third (a letter wrong or missing at the
//    start): every single typo in a word's first letters moves it to one of these.
// 3. A document's score is, for each query term, the best of its matches' impacts times the
//    match's weight (`MatchWeights`: exact 4, distance 1: 3, distance 2: 2, completion 1), summed
//    over the query terms, plus, for each two adjacent query terms, the best pair term of their
//    matches, weighted by the lower of the two weights.
//    A document needs to match only one term (OR semantics). Ties go to the lower document id.
// 4. The chunks of the results shown are fetched. A result's excerpt is the part of its stored text
//    with the most distinct matched terms (`ExcerptMarkup`), the matched words marked.
import DeskbookCore
import Foundation

/// Builds the search index files from documents of any languages.
public struct SearchIndexBuilder: Sendable {
    public var synonyms: Synonyms

    public init(synonyms: Synonyms = Synonyms.forSite([:], includingBuiltin: true)) {
        self.synonyms = synonyms
    }

    /// The index files of `documents`, one index per language.
    public func build(_ documents: [SearchDocument]) async -> SearchIndex {
        let ordered = Self.inURLOrder(documents)
        var index = SearchIndex(files: [], manifests: [:])
        var start = 0
        while start < ordered.count {
            let language = ordered[start].language
            let end = ordered[start...].firstIndex { $0.language != language } ?? ordered.count
            let manifest = await add(language: language, ordered[start..<end], to: &index.files)
            index.manifests[language] = language + "/" + manifest
            start = end
        }
        return index
    }

    /// Writes the files of one language and returns its manifest's file name.
    private func add(
        language: String,
        _ documents: ArraySlice<SearchDocument>,
        to files: inout [SearchIndex.File]
    ) async -> String {
        async let chunkFiles = Self.chunks(of: documents)
        let (terms, analyzed) = await Self.analyze(documents, synonyms: synonyms.groups[language] ?? [])
        let postings = ImpactScorer(terms: terms, documents: analyzed).postings()
        let plan = ShardPlan(postings)
        let shards = await concurrentMap(plan.shards.map { Array($0.entries) }) { HashedFile(TermTable.encodeShard($0)) }
        let dictionaries = plan.dictionaries.map { HashedFile(TermTable.encodeDictionary($0.words)) }
        let middlePlan = MiddleDictionaries(postings)
        let middles = middlePlan.files.map { HashedFile(TermTable.encodeDictionary($0.words)) }
        let chunks = await chunkFiles
        let manifest = SearchManifest(
            version: SearchManifest.currentVersion,
            language: language,
            hash: HashedFile.hash(of: [shards, dictionaries, middles, chunks]),
            documents: documents.count,
            chunkSize: RankingParameters.chunkSize,
            shards: plan.shards.map(\.key),
            dictionaries: plan.dictionaries.map(\.bucket),
            middles: middlePlan.files.map(\.key)
        )
        func add(_ name: String, _ bytes: some Sequence<UInt8>) {
            files.append(SearchIndex.File(path: language + "/" + name, data: Data(bytes)))
        }
        for (number, file) in shards.enumerated() { add(manifest.shardFile(number), file.bytes) }
        for (number, file) in dictionaries.enumerated() { add(manifest.dictionaryFile(number), file.bytes) }
        for (number, file) in middles.enumerated() { add(manifest.middleFile(number), file.bytes) }
        for (number, file) in chunks.enumerated() { add(manifest.chunkFile(number), file.bytes) }
        let manifestBytes = try! Self.json(manifest)
        let name = "manifest.\(ContentHash.hex(manifestBytes, length: 8)).json"
        add(name, manifestBytes)
        add("index.json", try! Self.json(SearchIndexPointer(manifest: name)))
        return name
    }

    /// The chunk files: `RankingParameters.chunkSize` documents each, in order.
    private static func chunks(of documents: ArraySlice<SearchDocument>) async -> [HashedFile] {
        let size = RankingParameters.chunkSize
        let ranges = stride(from: documents.startIndex, to: documents.endIndex, by: size).map {
            $0..<min($0 + size, documents.endIndex)
        }
        return await concurrentMap(ranges) { range in
            HashedFile(DocumentChunk.encode(documents[range].map { document in
                DocumentRow(
                    url: document.url,
                    title: document.title,
                    kind: document.kind,
                    excerpt: ExcerptText.make(document.excerpt, limit: RankingParameters.storedTextLength)
                )
            }))
        }
    }

    /// The terms of the language and every document's terms with their ids, analysed in parallel
    /// batches that each keep a `BatchVocabulary`.
    private static func analyze(_ documents: ArraySlice<SearchDocument>, synonyms: [[String]]) async -> ([String], [DocumentTerms]) {
        let batchSize = documents.count / (ProcessorCount.value * 4) + 1
        let batches = stride(from: documents.startIndex, to: documents.endIndex, by: batchSize).map {
            documents[$0..<min($0 + batchSize, documents.endIndex)]
        }
        let analyzed = await concurrentMap(batches) { batch in
            var vocabulary = BatchVocabulary()
            var positions: [Int] = []
            let table = SynonymTable(groups: synonyms, vocabulary: &vocabulary)
            let terms = batch.map { DocumentTerms($0, vocabulary: &vocabulary, synonyms: table, positions: &positions) }
            return (vocabulary.terms, terms)
        }
        var terms: [String] = []
        var ids: [String: Int32] = [:]
        var documentTerms: [DocumentTerms] = []
        documentTerms.reserveCapacity(documents.count)
        for (batchTerms, batchDocuments) in analyzed {
            let renumbering = batchTerms.map { term in
                if let id = ids[term] { return id }
                ids[term] = Int32(terms.count)
                terms.append(term)
                return Int32(terms.count - 1)
            }
            for var document in batchDocuments {
                document.renumber(renumbering)
                documentTerms.append(document)
            }
        }
        return (terms, documentTerms)
    }

    /// By language, then by page URL (the part before "#"), keeping the given order of the
    /// questions of one FAQ page.
    private static func inURLOrder(_ documents: [SearchDocument]) -> [SearchDocument] {
        let keys = documents.map { ($0.language, $0.url.prefix { $0 != "#" }) }
        return documents.indices.sorted { left, right in
            let (a, b) = (keys[left], keys[right])
            if a.0 != b.0 { return TermKeys.precedes(a.0, b.0) }
            if a.1 != b.1 { return a.1.utf8.lexicographicallyPrecedes(b.1.utf8) }
            return left < right
        }.map { documents[$0] }
    }

    private static func json<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
