/// The bootstrap file of one language's index, `search/<lang>/index.json`, the only file with a fixed
/// name: what the runtime needs to find every other file. Written with sorted keys, so equal indexes
/// give equal bytes.
///
/// Every other file is named by a hash of its own bytes, listed here: shard n is `s.<hash>.bin`
/// (`shardHashes[n]`), dictionary n `d.<hash>.bin`, middle dictionary n `m.<hash>.bin`, chunk n
/// `c.<hash>.json`. A rebuild gives a changed file a new name and leaves the others as they were.
struct SearchManifest: Codable, Sendable, Equatable {
    static let currentVersion = 2

    var version: Int
    var language: String
    /// How many documents (results) the index holds; ids run from 0 in URL order.
    var documents: Int
    /// Documents per chunk file: document `d` is row `d % chunkSize` of chunk `d / chunkSize`.
    var chunkSize: Int
    /// The first key of each shard, in term order: a term lives in the last shard whose key is not
    /// greater than the term (in UTF-8 byte order). The first key is "".
    var shards: [String]
    var shardHashes: [String]
    /// The buckets (see `TermKeys.bucket`) that span several shards, in term order; dictionary n
    /// lists the words of bucket n.
    var dictionaries: [String]
    var dictionaryHashes: [String]
    /// The first middle (see `TermKeys.middle`) of each middle dictionary, in order: a middle is in
    /// the last dictionary whose key is not greater. The first key is "".
    var middles: [String]
    var middleHashes: [String]
    /// One per `chunkSize` documents.
    var chunkHashes: [String]

    func shardFile(_ number: Int) -> String { "s.\(shardHashes[number]).bin" }
    func dictionaryFile(_ number: Int) -> String { "d.\(dictionaryHashes[number]).bin" }
    func middleFile(_ number: Int) -> String { "m.\(middleHashes[number]).bin" }
    func chunkFile(_ number: Int) -> String { "c.\(chunkHashes[number]).json" }

    /// Whether every file the manifest names can be named: as many hashes as keys and chunks, each
    /// made of hex digits only, so that no name reaches outside its language's folder.
    var isConsistent: Bool {
        let hashes = shardHashes + dictionaryHashes + middleHashes + chunkHashes
        return version == Self.currentVersion && chunkSize > 0 && documents >= 0
            && shards.first == "" && middles.first == ""
            && shardHashes.count == shards.count && dictionaryHashes.count == dictionaries.count
            && middleHashes.count == middles.count && chunkHashes.count == (documents + chunkSize - 1) / chunkSize
            && hashes.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) } }
    }
}
