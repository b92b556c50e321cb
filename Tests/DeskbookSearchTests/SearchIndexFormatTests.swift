@testable import DeskbookSearch
import Foundation
import Testing

/// Posting lists of `entries`, given in term order, with the vocabulary of their terms.
private func postingLists(_ entries: [(term: String, postings: Postings)]) -> (PostingLists, TermVocabulary) {
    var vocabulary = TermVocabulary()
    let ids = vocabulary.ids(of: entries.map(\.term))
    var lists = PostingLists()
    for (entry, id) in zip(entries, ids) {
        lists.append(entry.term, id: id, documents: entry.postings.documents.map { Int32($0) }, impacts: entry.postings.impacts)
    }
    return (lists, vocabulary)
}

@Suite struct SearchIndexFormatTests {
    @Test func shardsAndDictionariesRoundTrip() throws {
        let entries: [(term: String, postings: Postings)] = [
            ("parol", Postings(documents: [0, 7, 300], impacts: [1, 200, 255])),
            ("password", Postings(documents: [5], impacts: [9])),
            ("password reset", Postings(documents: [5, 100_000], impacts: [3, 4])),
            ("пароль", Postings(documents: [2], impacts: [17])),
        ]
        let (lists, _) = postingLists(entries)
        let shard = try TermTable.decode(TermTable.encodeShard(lists, 0..<lists.count), file: "s", withPostings: true)
        #expect(shard.terms == entries.map(\.term))
        #expect(shard.postings == entries.map(\.postings))
        #expect(shard.postings(of: "password reset")?.documents == [5, 100_000])
        #expect(shard.postings(of: "passwor") == nil)
        let part = try TermTable.decode(TermTable.encodeShard(lists, 1..<3), file: "s", withPostings: true)
        #expect(part.postings == Array(entries[1..<3].map(\.postings)))
        let dictionary = try TermTable.decode(TermTable.encodeDictionary(lists, [0, 1, 3]), file: "d", withPostings: false)
        #expect(dictionary.terms == ["parol", "password", "пароль"])
        #expect(dictionary.counts == [3, 1, 1])
    }

    @Test func truncatedFilesAreReportedAsDamaged() {
        let (lists, _) = postingLists([("reset", Postings(documents: [1, 2], impacts: [3, 4]))])
        let bytes = TermTable.encodeShard(lists, 0..<1)
        #expect(throws: SearchIndexError.corrupt("s")) {
            try TermTable.decode(Array(bytes.dropLast()), file: "s", withPostings: true)
        }
    }

    @Test func pairTermsAreTheSameInEitherOrder() {
        #expect(TermKeys.pair("reset", "password") == "password reset")
        #expect(TermKeys.pair("password", "reset") == "password reset")
        #expect(TermKeys.pair("сброс", "парол") == "парол сброс")
        #expect(TermKeys.isPair(TermKeys.pair("a", "b")))
    }

    @Test func bucketsAreTheFirstTwoLettersOfTheFirstWord() {
        #expect(TermKeys.bucket(of: "password") == "pa")
        #expect(TermKeys.bucket(of: "password reset") == "pa")
        #expect(TermKeys.bucket(of: "x reset") == "x")
        #expect(TermKeys.bucket(of: "пароль") == "па")
        #expect(TermKeys.bucket(of: "3.2.1") == "3.")
    }

    @Test func middlesAreTheThirdAndFourthLetters() {
        #expect(TermKeys.middle(of: "refund") == "fu")
        #expect(TermKeys.middle(of: "пароль") == "ро")
        #expect(TermKeys.middle(of: "ref") == nil)
        #expect(TermKeys.middle(of: "e1001") == nil)
    }

    @Test func everyCorrectableWordIsInTheMiddleDictionaryItsMiddleNames() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var terms = (0..<3_000).map { number in
            String((0..<5).map { letters[(number * 7_919 / Int(pow(26.0, Double($0)))) % 26] })
        }
        terms += ["ab", "abc", "e1001", "abcd efgh"]
        let entries = Array(Set(terms)).sorted { TermKeys.precedes($0, $1) }.map { ($0, Postings(documents: [1], impacts: [1])) }
        let (lists, vocabulary) = postingLists(entries)
        let plan = MiddleDictionaries(lists, vocabulary: vocabulary, targetBytes: 500)
        let keys = plan.files.map(\.key)
        #expect(keys.first == "")
        #expect(keys == keys.sorted { TermKeys.precedes($0, $1) })
        #expect(plan.files.count > 10)
        var listed = 0
        for (number, file) in plan.files.enumerated() {
            #expect(file.words == file.words.sorted())
            for word in file.words.map({ lists.terms[$0] }) {
                #expect(TermKeys.shard(of: TermKeys.middle(of: word)!, keys: keys) == number, "\(word)")
                listed += 1
            }
        }
        #expect(listed == Set(terms).filter { TermKeys.middle(of: $0) != nil && !TermKeys.isPair($0) }.count)
    }

    @Test func correctionsCountSwapsOnceAndMayDropAnEnd() {
        func distance(_ term: String, _ word: String, limit: Int = 2) -> Int? {
            EditDistance.correction(Array(term.unicodeScalars), Array(word.unicodeScalars), limit: limit)
        }
        #expect(distance("password", "password") == 0)
        #expect(distance("pasword", "password") == 1)
        #expect(distance("passowrd", "password") == 1)
        #expect(distance("psasword", "password") == 1)
        #expect(distance("pswd", "password") == nil)
        #expect(distance("paswrod", "password") == 2)
        #expect(distance("paswrod", "password", limit: 1) == nil)
        #expect(distance("пороль", "пароль") == 1)
        // The stem of a misspelled word may keep a suffix: one more edit for leaving up to 3 letters out.
        #expect(distance("unexpectehd", "unexpect") == 1)
        #expect(distance("connectiocn", "connect") == 2)
        #expect(distance("siteus", "site", limit: 1) == 1)
        #expect(distance("siteusss", "site", limit: 1) == nil)
        #expect(distance("passes", "pas", limit: 1) == nil)
    }

    @Test func everyTermIsInTheShardItsKeyNames() {
        // Enough "re" words to split their bucket; "ab" and "zz" buckets stay whole.
        var entries: [(term: String, postings: Postings)] = []
        for word in ["ab", "abc", "abc def"] { entries.append((word, Postings(documents: [1], impacts: [1]))) }
        for number in 0..<600 {
            let word = "re" + String(number, radix: 26)
            entries.append((word, Postings(documents: Array(0..<5), impacts: Array(repeating: 9, count: 5))))
            entries.append((word + " x", Postings(documents: [0], impacts: [1])))
        }
        entries.append(("zz", Postings(documents: [3], impacts: [1])))
        entries.sort { TermKeys.precedes($0.term, $1.term) }
        let (lists, vocabulary) = postingLists(entries)
        let plan = ShardPlan(lists, vocabulary: vocabulary, targetBytes: 2_000)
        let keys = plan.shards.map(\.key)
        #expect(keys.first == "")
        #expect(keys == keys.sorted { TermKeys.precedes($0, $1) })
        #expect(plan.shards.count > 4)
        #expect(plan.shards.map(\.terms).joined().elementsEqual(0..<lists.count))
        for (number, shard) in plan.shards.enumerated() {
            for term in shard.terms.map({ lists.terms[$0] }) { #expect(TermKeys.shard(of: term, keys: keys) == number, "\(term)") }
            #expect(shard.terms.first.map { !TermKeys.isPair(lists.terms[$0]) } ?? true)
        }
        #expect(plan.dictionaries.map(\.bucket) == ["re"])
        #expect(plan.dictionaries.first?.words.count == 600)
        // Whole buckets share a shard.
        #expect(TermKeys.shard(of: "ab", keys: keys) == TermKeys.shard(of: "abc def", keys: keys))
    }

    /// Cuts after a changed item come back to where they were at the next anchor; packing by size alone
    /// would move every later cut.
    @Test func aChangedItemMovesOnlyTheCutsUpToTheNextAnchor() {
        let sizes = (0..<2_000).map { ($0 * 7_919) % 900 + 20 }
        let key = { (index: Int) in "item \(index)" }
        let before = StableCuts.runs(sizes: sizes, key: key)
        #expect(before.count > 50)
        #expect(before.allSatisfy { run in run.count == 1 || run.reduce(0) { $0 + sizes[$1] } <= RankingParameters.shardBytes })
        var moved = 0
        for changed in stride(from: 5, to: sizes.count, by: 97) {
            var edited = sizes
            edited[changed] += 250
            let after = StableCuts.runs(sizes: edited, key: key)
            #expect(after.map(\.lowerBound).first == 0 && after.last?.upperBound == sizes.count)
            let anchor = (changed + 1..<sizes.count).first { StableCuts.isAnchor(key($0), size: sizes[$0]) } ?? sizes.count
            #expect(before.filter { $0.upperBound < changed } == after.filter { $0.upperBound < changed }, "\(changed)")
            #expect(before.filter { $0.lowerBound >= anchor } == after.filter { $0.lowerBound >= anchor }, "\(changed)")
            moved += Set(after).subtracting(before).count
        }
        #expect(moved < 4 * 21, "\(moved) runs moved for 21 changes")
    }

    @Test func chunksRoundTripAnyText() throws {
        let rows = [
            DocumentRow(url: "/en/a/#q", title: "Quote \" and \\ backslash", kind: "faq", excerpt: "Tab\tnew\nline \u{1} ё 😀 </script>"),
            DocumentRow(url: "/ru/б/", title: "", kind: "article", excerpt: "Пароль"),
        ]
        let data = Data(DocumentChunk.encode(rows))
        #expect(try DocumentChunk.decode(data, file: "c") == rows)
        #expect(try JSONSerialization.jsonObject(with: data) as? [[String]] != nil)
    }
}
