/// One term's postings: document ids in increasing order and their quantised impacts (1...255).
struct Postings: Sendable, Equatable {
    var documents: [Int]
    var impacts: [UInt8]
}

/// The content of a term shard, or of a bucket dictionary (terms and counts without postings).
///
/// Binary layout, all integers unsigned LEB128 varints:
/// - the term count n;
/// - n terms in UTF-8 byte order, front-coded: bytes shared with the previous term, suffix length,
///   suffix bytes;
/// - n posting counts (a dictionary stops here);
/// - the document ids of every term, term after term, as gaps (the first gap is the id itself);
/// - the impacts of every term, term after term, one raw byte each.
/// Putting like values together (all gaps, then all impacts) is what lets gzip compress them.
struct TermTable: Sendable {
    /// Sorted by UTF-8 bytes.
    let terms: [String]
    let counts: [Int]
    /// Empty for a dictionary.
    let postings: [Postings]
    let positions: [String: Int]

    init(terms: [String], counts: [Int], postings: [Postings]) {
        self.terms = terms
        self.counts = counts
        self.postings = postings
        var positions: [String: Int] = [:]
        positions.reserveCapacity(terms.count)
        for (position, term) in terms.enumerated() { positions[term] = position }
        self.positions = positions
    }

    /// The postings of `term`, nil when the shard does not hold it.
    func postings(of term: String) -> Postings? {
        positions[term].map { postings[$0] }
    }

    /// A shard of the terms `range` of `lists`.
    static func encodeShard(_ lists: PostingLists, _ range: Range<Int>) -> [UInt8] {
        var writer = ByteWriter()
        writeHeader(of: range, lists, to: &writer)
        for index in range {
            var previous: Int32 = 0
            for document in lists.documents(index) {
                writer.varint(Int(document - previous))
                previous = document
            }
        }
        writer.append(lists.impacts[lists.starts[range.lowerBound]..<lists.starts[range.upperBound]])
        return writer.bytes
    }

    /// A dictionary of the terms of `lists` at `indexes` (in term order) and their posting counts.
    static func encodeDictionary(_ lists: PostingLists, _ indexes: some Collection<Int>) -> [UInt8] {
        var writer = ByteWriter()
        writeHeader(of: indexes, lists, to: &writer)
        return writer.bytes
    }

    /// Reads a shard (`withPostings`) or a dictionary file.
    static func decode(_ bytes: [UInt8], file: String, withPostings: Bool) throws -> TermTable {
        var reader = ByteReader(bytes, file: file)
        let count = try reader.varint()
        var terms: [String] = []
        terms.reserveCapacity(count)
        var previous: [UInt8] = []
        for _ in 0..<count {
            let shared = try reader.varint()
            guard shared <= previous.count else { throw SearchIndexError.corrupt(file) }
            let suffix = try reader.bytes(try reader.varint())
            previous = Array(previous[..<shared]) + suffix
            terms.append(String(decoding: previous, as: UTF8.self))
        }
        let counts = try (0..<count).map { _ in try reader.varint() }
        guard withPostings else { return TermTable(terms: terms, counts: counts, postings: []) }
        var postings: [Postings] = []
        postings.reserveCapacity(count)
        for length in counts {
            var documents: [Int] = []
            documents.reserveCapacity(length)
            var document = 0
            for _ in 0..<length {
                document += try reader.varint()
                documents.append(document)
            }
            postings.append(Postings(documents: documents, impacts: []))
        }
        for index in postings.indices { postings[index].impacts = Array(try reader.bytes(counts[index])) }
        return TermTable(terms: terms, counts: counts, postings: postings)
    }

    private static func writeHeader(of indexes: some Collection<Int>, _ lists: PostingLists, to writer: inout ByteWriter) {
        writer.varint(indexes.count)
        var previous: [UInt8] = []
        for index in indexes {
            var term = lists.terms[index]
            term.withUTF8 { bytes in
                var shared = 0
                while shared < min(previous.count, bytes.count), previous[shared] == bytes[shared] { shared += 1 }
                writer.varint(shared)
                writer.varint(bytes.count - shared)
                writer.append(bytes[shared...])
                previous.removeAll(keepingCapacity: true)
                previous.append(contentsOf: bytes)
            }
        }
        for index in indexes { writer.varint(lists.postingCount(index)) }
    }
}
