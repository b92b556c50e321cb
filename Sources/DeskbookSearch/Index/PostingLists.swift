/// Every term of one language's index with its postings, in UTF-8 order of the terms, in flat arrays:
/// term `k` is `terms[k]` (id `ids[k]` of the language's `TermVocabulary`), its documents
/// `documents[starts[k]..<starts[k + 1]]` in increasing order and their quantised impacts the same
/// slice of `impacts`.
struct PostingLists: Sendable {
    private(set) var terms: [String] = []
    private(set) var ids: [Int32] = []
    private(set) var starts: [Int] = [0]
    private(set) var documents: [Int32] = []
    private(set) var impacts: [UInt8] = []

    var count: Int { terms.count }

    /// How many documents term `k` has.
    func postingCount(_ k: Int) -> Int { starts[k + 1] - starts[k] }

    func documents(_ k: Int) -> ArraySlice<Int32> { documents[starts[k]..<starts[k + 1]] }
    func impacts(_ k: Int) -> ArraySlice<UInt8> { impacts[starts[k]..<starts[k + 1]] }

    /// Adds the next term in UTF-8 order.
    mutating func append(_ term: String, id: Int32, documents: some Sequence<Int32>, impacts: some Sequence<UInt8>) {
        terms.append(term)
        ids.append(id)
        self.documents += documents
        self.impacts += impacts
        starts.append(self.documents.count)
    }

    mutating func reserveCapacity(terms: Int, postings: Int) {
        self.terms.reserveCapacity(terms)
        ids.reserveCapacity(terms)
        starts.reserveCapacity(terms + 1)
        documents.reserveCapacity(postings)
        impacts.reserveCapacity(postings)
    }
}
