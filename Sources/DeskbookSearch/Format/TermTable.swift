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

    /// A shard of `entries`, given in UTF-8 byte order of their terms.
    static func encodeShard(_ entries: [(term: String, postings: Postings)]) -> [UInt8] {
        var writer = ByteWriter()
        writeHeader(entries.map { ($0.term, $0.postings.documents.count) }, to: &writer)
        for entry in entries {
            var previous = 0
            for document in entry.postings.documents {
                writer.varint(document - previous)
                previous = document
            }
        }
        for entry in entries { writer.append(entry.postings.impacts) }
        return writer.bytes
    }

    /// A dictionary of `entries` (terms and posting counts), given in UTF-8 byte order of their terms.
    static func encodeDictionary(_ entries: [(term: String, count: Int)]) -> [UInt8] {
        var writer = ByteWriter()
        writeHeader(entries, to: &writer)
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

    private static func writeHeader(_ entries: [(term: String, count: Int)], to writer: inout ByteWriter) {
        writer.varint(entries.count)
        var previous: [UInt8] = []
        for entry in entries {
            let bytes = Array(entry.term.utf8)
            let shared = zip(previous, bytes).prefix { $0 == $1 }.count
            writer.varint(shared)
            writer.varint(bytes.count - shared)
            writer.append(bytes[shared...])
            previous = bytes
        }
        for entry in entries { writer.varint(entry.count) }
    }
}
