import DeskbookCore
import Foundation

/// The files of one language's index as one query reads them: each file at most once, and with a `cache`,
/// each hashed file at most once over all the queries that share it.
struct IndexFiles {
    let manifest: SearchManifest
    private let language: String
    private let load: (String) throws -> Data
    private let cache: IndexCache?
    private var shards: [Int: TermTable] = [:]
    private var dictionaries: [String: TermTable] = [:]
    private var middleDictionaries: [Int: TermTable] = [:]
    private var chunks: [Int: [DocumentRow]] = [:]

    /// Reads the manifest of `language`, `<lang>/index.json`, through `load` (paths relative to the search/
    /// folder) on every query, so that a rebuilt index is seen at once; with a `cache`, it is decoded again only
    /// when its bytes changed. A language is a name such as `en` or `pt-BR`, never a path, so a language from a
    /// user cannot reach outside the search/ folder.
    init(language: String, load: @escaping (String) throws -> Data, cache: IndexCache? = nil) throws {
        guard Self.isName(language) else { throw SearchIndexError.missingLanguage(language) }
        let path = language + "/index.json"
        guard let data = try? load(path) else { throw SearchIndexError.missingLanguage(language) }
        let version = path + "#" + String(ContentHash.wordFingerprint(data), radix: 16)
        let manifest = try Self.cached(version, in: cache) {
            let manifest = try Self.decode(SearchManifest.self, data, file: path)
            guard manifest.isConsistent else { throw SearchIndexError.corrupt(path) }
            return manifest
        }
        self.manifest = manifest
        self.language = language
        self.load = load
        self.cache = cache
    }

    /// Whether `language` is a plain name: ASCII letters, digits, `-` and `_`.
    private static func isName(_ language: String) -> Bool {
        !language.isEmpty && language.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
        }
    }

    /// The shard that holds `term` if the index has it.
    mutating func shard(for term: String) throws -> TermTable {
        let number = TermKeys.shard(of: term, keys: manifest.shards)
        if let shard = shards[number] { return shard }
        let shard = try table(manifest.shardFile(number), withPostings: true)
        shards[number] = shard
        return shard
    }

    /// The words of a bucket (see `TermKeys.bucket`) with their posting counts, in term order:
    /// from its dictionary when it is split, else from the shard that holds it.
    mutating func words(ofBucket bucket: String) throws -> [(term: String, count: Int)] {
        if let number = manifest.dictionaries.firstIndex(of: bucket) {
            let dictionary = try dictionaries[bucket] ?? table(manifest.dictionaryFile(number), withPostings: false)
            dictionaries[bucket] = dictionary
            return Array(zip(dictionary.terms, dictionary.counts))
        }
        let shard = try shard(for: bucket)
        return zip(shard.terms, shard.counts).filter { term, _ in
            !TermKeys.isPair(term) && TermKeys.bucket(of: term) == bucket
        }
    }

    /// The words whose middle (see `TermKeys.middle`) is `middle`, with their posting counts.
    mutating func words(withMiddle middle: String) throws -> [(term: String, count: Int)] {
        let number = TermKeys.shard(of: middle, keys: manifest.middles)
        let dictionary = try middleDictionaries[number] ?? table(manifest.middleFile(number), withPostings: false)
        middleDictionaries[number] = dictionary
        return zip(dictionary.terms, dictionary.counts).filter { term, _ in TermKeys.middle(of: term) == middle }
    }

    /// What result `document` shows.
    mutating func row(of document: Int) throws -> DocumentRow {
        let number = document / manifest.chunkSize
        let rows: [DocumentRow]
        if let cached = chunks[number] {
            rows = cached
        } else {
            let path = language + "/" + manifest.chunkFile(number)
            rows = try Self.cached(path, in: cache) { try DocumentChunk.decode(try Self.read(path, load), file: path) }
            chunks[number] = rows
        }
        guard document % manifest.chunkSize < rows.count else { throw SearchIndexError.corrupt(manifest.chunkFile(number)) }
        return rows[document % manifest.chunkSize]
    }

    private func table(_ file: String, withPostings: Bool) throws -> TermTable {
        let path = language + "/" + file
        return try Self.cached(path, in: cache) {
            try TermTable.decode(Array(try Self.read(path, load)), file: path, withPostings: withPostings)
        }
    }

    private static func cached<Value: Sendable>(_ path: String, in cache: IndexCache?, decode: () throws -> Value) throws -> Value {
        guard let cache else { return try decode() }
        return try cache.file(path, decode: decode)
    }

    private static func read(_ path: String, _ load: (String) throws -> Data) throws -> Data {
        do { return try load(path) } catch { throw SearchIndexError.corrupt(path) }
    }

    private static func decode<Value: Decodable>(_ type: Value.Type, _ data: Data, file: String) throws -> Value {
        do { return try JSONDecoder().decode(type, from: data) } catch { throw SearchIndexError.corrupt(file) }
    }
}
