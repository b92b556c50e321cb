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
// scale shared by the whole language. A query only adds small integers, so Swift and JavaScript give
// exactly the same scores. Posting lists longer than `RankingParameters.maxPostings` keep their highest
// impacts. An edit of one document leaves the impacts of the others as they were, but in rare cases
// (`ImpactScorer`), so it changes only the postings of the edited document's terms.
//
// Files, per language, under search/<lang>/:
// - index.json: the bootstrap (`SearchManifest`), the only fixed name: the shard keys, the split
//   buckets, the number of documents, and the name of every other file;
// - s.<hash>.bin: shards, the terms of a range of the term order with their postings (`TermTable`);
// - d.<hash>.bin: dictionaries, the words and posting counts of buckets split over several shards;
// - m.<hash>.bin: middle dictionaries, the same for all words by their third and fourth letters
//   (`MiddleDictionaries`), for typos in the first two letters;
// - c.<hash>.json: chunks, `RankingParameters.chunkSize` consecutive documents each, with
//   their url, title, kind and the start of their text (`DocumentChunk`), fetched only for the
//   results shown.
// Each file but index.json is named by a hash of its own bytes (`HashedFile`), so hosts may cache
// them forever, and a rebuild after an edit renames only the files whose bytes changed: pages name no
// index file, only the runtime, which reads index.json, so they do not change with the index either.
//
// Sharding. A term's bucket is the first two letters of its (first) word. Shards hold whole buckets
// where they fit (`ShardPlan`), so the words a typo or a prefix could mean are in the shard the
// query word already needs, or in the bucket's dictionary. Pair terms sit in their first word's shard.
// Shards and middle dictionaries are cut where `StableCuts` says, so that a change to some terms'
// postings moves no cut far from them.
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
        await build(documents, reusing: SearchIndexCache()).index
    }

    /// The index files of `documents`, the same as `build(_:)` gives, and the cache for the next build:
    /// the documents whose text is in `cache` are not analysed again. A long-running process (the
    /// preview) passes each build's cache to the next, so that after an edit only the edited documents
    /// are analysed.
    public func build(_ documents: [SearchDocument], reusing cache: SearchIndexCache) async -> (index: SearchIndex, cache: SearchIndexCache) {
        let keys = documents.map { SearchIndexCache.OrderKey(language: $0.language, url: $0.url) }
        let order = cache.order?.keys == keys ? cache.order!.permutation : Self.urlOrder(keys)
        let ordered = order.map { documents[$0] }
        var index = SearchIndex(files: [])
        var next = SearchIndexCache()
        next.synonyms = synonyms
        next.order = (keys, order)
        let previous = cache.synonyms == synonyms ? cache.languages : [:]
        var start = 0
        while start < ordered.count {
            let language = ordered[start].language
            let end = ordered[start...].firstIndex { $0.language != language } ?? ordered.count
            next.languages[language] = await add(
                language: language, ordered[start..<end], previous: previous[language] ?? LanguageAnalysis(), to: &index.files
            )
            start = end
        }
        return (index, next)
    }

    /// Writes the files of one language and returns its analyses for the next build.
    private func add(
        language: String,
        _ documents: ArraySlice<SearchDocument>,
        previous: LanguageAnalysis,
        to files: inout [SearchIndex.File]
    ) async -> LanguageAnalysis {
        async let rows = Self.chunkRows(of: documents, previous: previous)
        var (analysis, edited) = await Self.analyze(documents, synonyms: synonyms.groups[language] ?? [], previous: previous)
        let scoring = ImpactScorer(vocabulary: analysis.vocabulary, documents: analysis.terms)
            .postings(previous: edited == nil ? nil : previous.scoring, edited: edited ?? [])
        let plan = ShardPlan(scoring.lists, vocabulary: analysis.vocabulary)
        let middlePlan = MiddleDictionaries(scoring.lists, vocabulary: analysis.vocabulary)
        let built = await IndexFileSet(
            lists: scoring.lists, shards: plan, middles: middlePlan, rows: await rows,
            rescored: edited == nil ? nil : scoring.rescored, previous: previous.files
        )
        (analysis.scoring, analysis.files) = (scoring, built)
        (analysis.rows, analysis.rowSources) = (await rows.flatMap { $0 }, documents.map(Self.rowSource))
        let groups = [built.shards, built.dictionaries, built.middles, built.chunks]
        var names = HashedFile.names(groups.flatMap { $0 })[...]
        let hashes = groups.map { group in
            defer { names = names.dropFirst(group.count) }
            return Array(names.prefix(group.count))
        }
        let manifest = SearchManifest(
            version: SearchManifest.currentVersion,
            language: language,
            documents: documents.count,
            chunkSize: RankingParameters.chunkSize,
            shards: plan.shards.map(\.key),
            shardHashes: hashes[0],
            dictionaries: plan.dictionaries.map(\.bucket),
            dictionaryHashes: hashes[1],
            middles: middlePlan.files.map(\.key),
            middleHashes: hashes[2],
            chunkHashes: hashes[3]
        )
        func add(_ name: String, _ data: Data) {
            files.append(SearchIndex.File(path: language + "/" + name, data: data))
        }
        for (number, file) in built.shards.enumerated() { add(manifest.shardFile(number), file.data) }
        for (number, file) in built.dictionaries.enumerated() { add(manifest.dictionaryFile(number), file.data) }
        for (number, file) in built.middles.enumerated() { add(manifest.middleFile(number), file.data) }
        for (number, file) in built.chunks.enumerated() { add(manifest.chunkFile(number), file.data) }
        add("index.json", try! Self.json(manifest))
        return analysis
    }

    /// What the chunk files show: `RankingParameters.chunkSize` documents each, in order; a document whose
    /// row source is the one at its position in `previous` keeps its row.
    private static func chunkRows(of documents: ArraySlice<SearchDocument>, previous: LanguageAnalysis) async -> [[DocumentRow]] {
        let size = RankingParameters.chunkSize
        let ranges = stride(from: documents.startIndex, to: documents.endIndex, by: size).map {
            $0..<min($0 + size, documents.endIndex)
        }
        return await concurrentMap(ranges) { range in
            range.map { index in
                let position = index - documents.startIndex
                let source = rowSource(documents[index])
                if position < previous.rowSources.count, previous.rowSources[position] == source { return previous.rows[position] }
                return DocumentRow(url: source.url, title: source.title, kind: source.kind, excerpt: ExcerptText.make(source.excerpt, limit: RankingParameters.storedTextLength))
            }
        }
    }

    /// The fields of a document its chunk row is made from, its whole excerpt text uncut.
    private static func rowSource(_ document: SearchDocument) -> DocumentRow {
        DocumentRow(url: document.url, title: document.title, kind: document.kind, excerpt: document.excerpt)
    }

    /// The language's analyses: every document's terms, those of `previous` for a document whose text
    /// it has, the others analysed in parallel batches that each keep a `BatchVocabulary`, their terms
    /// added to the language's vocabulary. With them, when the documents are as many as before (their
    /// ids did not move) and few changed, the ids whose text is not the one at that position before, with
    /// their previous terms, for `ImpactScorer` to score only those again.
    private static func analyze(
        _ documents: ArraySlice<SearchDocument>,
        synonyms: [[String]],
        previous: LanguageAnalysis
    ) async -> (LanguageAnalysis, edited: [(id: Int, previous: DocumentTerms)]?) {
        let texts = documents.map(AnalyzedText.init)
        // A document's text is looked for at its own position first, then anywhere (a moved page).
        let samePosition = texts.indices.map { $0 < previous.texts.count && previous.texts[$0] == texts[$0] }
        var documentTerms = texts.indices.map { samePosition[$0] ? previous.terms[$0] : nil }
        // Looking texts up anywhere pays when documents moved, which shifts many; a few edited ones are analysed
        // again for less than hashing every text costs.
        if samePosition.lazy.filter({ !$0 }).count > Self.editsAnalysedDirectly, !previous.texts.isEmpty {
            let known = Dictionary(zip(previous.texts, previous.terms)) { first, _ in first }
            for index in texts.indices where documentTerms[index] == nil { documentTerms[index] = known[texts[index]] }
        }
        let missing = documentTerms.indices.filter { documentTerms[$0] == nil }
        let batchSize = missing.count / (ProcessorCount.value * 4) + 1
        let batches = stride(from: 0, to: missing.count, by: batchSize).map { start in
            missing[start..<min(start + batchSize, missing.count)].map { documents[documents.startIndex + $0] }
        }
        let analyzed = await concurrentMap(batches) { batch in
            var vocabulary = BatchVocabulary()
            var positions: [Int] = []
            let table = SynonymTable(groups: synonyms, vocabulary: &vocabulary)
            let terms = batch.map { DocumentTerms($0, vocabulary: &vocabulary, synonyms: table, positions: &positions) }
            return (vocabulary.terms, terms)
        }
        var next = LanguageAnalysis(vocabulary: previous.vocabulary, texts: texts)
        var slots = missing.makeIterator()
        for (batchTerms, batchDocuments) in analyzed {
            let renumbering = next.vocabulary.ids(of: batchTerms)
            for var document in batchDocuments {
                document.renumber(renumbering)
                documentTerms[slots.next()!] = document
            }
        }
        next.terms = documentTerms.map { $0! }
        let edited = texts.indices.filter { !samePosition[$0] }
        guard texts.count == previous.texts.count, edited.count * 8 < texts.count else { return (next, nil) }
        return (next, edited.map { ($0, previous.terms[$0]) })
    }

    /// At most this many documents not at their previous position are analysed without looking their texts up
    /// among the previous ones.
    static let editsAnalysedDirectly = 8

    /// The positions of documents with `keys` by language, then by page URL (the part before "#"), keeping the
    /// given order of the questions of one FAQ page.
    private static func urlOrder(_ keys: [SearchIndexCache.OrderKey]) -> [Int] {
        let pages = keys.map { $0.url.utf8.prefix { $0 != UInt8(ascii: "#") } }
        return keys.indices.sorted { left, right in
            if keys[left].language != keys[right].language { return TermKeys.precedes(keys[left].language, keys[right].language) }
            let (a, b) = (pages[left], pages[right])
            if !a.elementsEqual(b) { return a.lexicographicallyPrecedes(b) }
            return left < right
        }
    }

    private static func json<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
