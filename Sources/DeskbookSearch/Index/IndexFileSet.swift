import DeskbookCore

/// The encoded files of one language's index: shards, bucket dictionaries, middle dictionaries and
/// chunks, in manifest order. A set is kept for the next build, which takes a file as it was when its
/// content cannot have changed: a shard or dictionary holding the same terms as before, none of them
/// scored again (`ImpactScorer.State.rescored`), or a chunk of the same rows.
struct IndexFileSet: Sendable {
    private(set) var shards: [HashedFile] = []
    private(set) var dictionaries: [HashedFile] = []
    private(set) var middles: [HashedFile] = []
    private(set) var chunks: [HashedFile] = []

    /// A file of terms, found by its first term: its last term, how many terms it lists, and its bytes.
    private struct TermFile: Sendable {
        var last: Int32
        var count: Int
        var file: HashedFile
    }

    private var shardsByFirstTerm: [Int32: TermFile] = [:]
    private var dictionariesByFirstTerm: [Int32: TermFile] = [:]
    private var middlesByFirstTerm: [Int32: TermFile] = [:]
    private var chunkRows: [[DocumentRow]] = []

    init() {}

    /// The files of an index, taking from `previous` those whose content is the same. `rescored` tells
    /// the terms whose postings may have changed since `previous` by id; nil when any may have.
    init(
        lists: PostingLists,
        shards: ShardPlan,
        middles: MiddleDictionaries,
        rows: [[DocumentRow]],
        rescored: Set<Int32>?,
        previous: IndexFileSet
    ) async {
        let previousShards = previous.shardsByFirstTerm
        self.shards = await concurrentMap(shards.shards.map(\.terms)) { range in
            Self.reused(range, lists, rescored, previousShards) ?? HashedFile(TermTable.encodeShard(lists, range))
        }
        for (shard, file) in zip(shards.shards, self.shards) { Self.remember(shard.terms, lists, file, in: &shardsByFirstTerm) }
        for dictionary in shards.dictionaries {
            let file = Self.reused(dictionary.words, lists, rescored, previous.dictionariesByFirstTerm)
                ?? HashedFile(TermTable.encodeDictionary(lists, dictionary.words))
            dictionaries.append(file)
            Self.remember(dictionary.words, lists, file, in: &dictionariesByFirstTerm)
        }
        for middle in middles.files {
            let file = Self.reused(middle.words, lists, rescored, previous.middlesByFirstTerm)
                ?? HashedFile(TermTable.encodeDictionary(lists, middle.words))
            self.middles.append(file)
            Self.remember(middle.words, lists, file, in: &middlesByFirstTerm)
        }
        chunks = rows.indices.map { number in
            number < previous.chunkRows.count && previous.chunkRows[number] == rows[number]
                ? previous.chunks[number] : HashedFile(DocumentChunk.encode(rows[number]))
        }
        chunkRows = rows
    }

    /// The file of the terms at `indexes` of `lists` from `known`, if it lists the same terms and none
    /// of them was scored again.
    private static func reused(
        _ indexes: some BidirectionalCollection<Int>, _ lists: PostingLists, _ rescored: Set<Int32>?, _ known: [Int32: TermFile]
    ) -> HashedFile? {
        guard let rescored, let first = indexes.first, let last = indexes.last,
              let file = known[lists.ids[first]], file.last == lists.ids[last], file.count == indexes.count,
              !indexes.contains(where: { rescored.contains(lists.ids[$0]) })
        else { return nil }
        return file.file
    }

    private static func remember(_ indexes: some BidirectionalCollection<Int>, _ lists: PostingLists, _ file: HashedFile, in known: inout [Int32: TermFile]) {
        guard let first = indexes.first, let last = indexes.last else { return }
        known[lists.ids[first]] = TermFile(last: lists.ids[last], count: indexes.count, file: file)
    }
}
