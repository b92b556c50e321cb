import Synchronization

/// Decoded index files kept between the searches of one `SearchEngine`, so that a long-lived engine (the
/// checker's suggestions, the HTTP API) reads and decodes each manifest, shard, dictionary and chunk once
/// instead of on every query: decoding them was most of a query's time.
///
/// Every file but `<lang>/index.json` is named by a hash of its bytes, and the manifest, which `IndexFiles`
/// reads on every query, is kept under its path and a hash of its bytes: a rebuild gives changed files new
/// keys, so an entry never goes stale. It grows up to the whole index, decoded, once every file was read.
final class IndexCache: Sendable {
    private let files = Mutex<[String: any Sendable]>([:])

    /// The decoded file at `path` (or key): from the cache, or from `decode`, which then fills the cache. Two queries
    /// that miss at once may both decode the file; either result is kept, as both are equal.
    func file<Value: Sendable>(_ path: String, decode: () throws -> Value) rethrows -> Value {
        if let known = files.withLock({ $0[path] }) as? Value { return known }
        let value = try decode()
        files.withLock { $0[path] = value }
        return value
    }
}
