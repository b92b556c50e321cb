/// The bootstrap file of one language's index, `search/<lang>/manifest.<hash>.json`: what the
/// runtime needs to find every other file. Written with sorted keys, so equal indexes give equal bytes.
///
/// File names follow from it: shard n is `s<n>.<hash>.bin`, dictionary n `d<n>.<hash>.bin`,
/// middle dictionary n `m<n>.<hash>.bin`, chunk n `c<n>.<hash>.json`. `hash` covers the content of
/// all of them: any rebuild changes most shards anyway (impacts depend on statistics of the whole
/// language), so one hash for the set keeps the manifest small and still changes every name whose
/// content changed.
struct SearchManifest: Codable, Sendable, Equatable {
    static let currentVersion = 1

    var version: Int
    var language: String
    /// The content hash in every file name.
    var hash: String
    /// How many documents (results) the index holds; ids run from 0 in URL order.
    var documents: Int
    /// Documents per chunk file: document `d` is row `d % chunkSize` of chunk `d / chunkSize`.
    var chunkSize: Int
    /// The first key of each shard, in term order: a term lives in the last shard whose key is not
    /// greater than the term (in UTF-8 byte order). The first key is "".
    var shards: [String]
    /// The buckets (see `TermKeys.bucket`) that span several shards, in term order; dictionary n
    /// lists the words of bucket n.
    var dictionaries: [String]
    /// The first middle (see `TermKeys.middle`) of each middle dictionary, in order: a middle is in
    /// the last dictionary whose key is not greater. The first key is "".
    var middles: [String]

    func shardFile(_ number: Int) -> String { "s\(number).\(hash).bin" }
    func dictionaryFile(_ number: Int) -> String { "d\(number).\(hash).bin" }
    func middleFile(_ number: Int) -> String { "m\(number).\(hash).bin" }
    func chunkFile(_ number: Int) -> String { "c\(number).\(hash).json" }
}

/// The fixed-name file `search/<lang>/index.json` that names the current manifest, for clients that
/// were not told the manifest's hashed name.
struct SearchIndexPointer: Codable, Sendable, Equatable {
    var manifest: String
}
