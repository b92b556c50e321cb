@testable import DeskbookSearch
import Foundation
import Testing

@Suite struct SearchIndexFormatTests {
    @Test func shardsAndDictionariesRoundTrip() throws {
        let entries: [(term: String, postings: Postings)] = [
            ("parol", Postings(documents: [0, 7, 300], impacts: [1, 200, 255])),
            ("password", Postings(documents: [5], impacts: [9])),
            ("password reset", Postings(documents: [5, 100_000], impacts: [3, 4])),
            ("пароль", Postings(documents: [2], impacts: [17])),
        ]
        let shard = try TermTable.decode(TermTable.encodeShard(entries), file: "s", withPostings: true)
        #expect(shard.terms == entries.map(\.term))
        #expect(shard.postings == entries.map(\.postings))
        #expect(shard.postings(of: "password reset")?.documents == [5, 100_000])
        #expect(shard.postings(of: "passwor") == nil)
        let words = entries.map { ($0.term, $0.postings.documents.count) }
        let dictionary = try TermTable.decode(TermTable.encodeDictionary(words), file: "d", withPostings: false)
        #expect(dictionary.terms == entries.map(\.term))
        #expect(dictionary.counts == [3, 1, 2, 1])
    }

    @Test func truncatedFilesAreReportedAsDamaged() {
        let bytes = TermTable.encodeShard([("reset", Postings(documents: [1, 2], impacts: [3, 4]))])
        #expect(throws: SearchIndexError.corrupt("s")) {
            try TermTable.decode(Array(bytes.dropLast()), file: "s", withPostings: true)
        }
    }

    @Test func bucketsAreTheFirstTwoLettersOfTheFirstWord() {
        #expect(TermKeys.bucket(of: "password") == "pa")
        #expect(TermKeys.bucket(of: "password reset") == "pa")
        #expect(TermKeys.bucket(of: "x reset") == "x")
        #expect(TermKeys.bucket(of: "пароль") == "па")
        #expect(TermKeys.bucket(of: "3.2.1") == "3.")
    }

    @Test func editDistanceCountsSwapsOnce() {
        func distance(_ a: String, _ b: String, limit: Int = 2) -> Int? {
            EditDistance.distance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
        }
        #expect(distance("password", "password") == 0)
        #expect(distance("pasword", "password") == 1)
        #expect(distance("passowrd", "password") == 1)
        #expect(distance("psasword", "password") == 1)
        #expect(distance("pswd", "password") == nil)
        #expect(distance("paswrod", "password") == 2)
        #expect(distance("paswrod", "password", limit: 1) == nil)
        #expect(distance("пороль", "пароль") == 1)
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
        let plan = ShardPlan(entries, targetBytes: 2_000)
        let keys = plan.shards.map(\.key)
        #expect(keys.first == "")
        #expect(keys == keys.sorted { TermKeys.precedes($0, $1) })
        #expect(plan.shards.count > 4)
        for (number, shard) in plan.shards.enumerated() {
            for entry in shard.entries { #expect(TermKeys.shard(of: entry.term, keys: keys) == number, "\(entry.term)") }
            #expect(shard.entries.first.map { !TermKeys.isPair($0.term) } ?? true)
        }
        #expect(plan.dictionaries.map(\.bucket) == ["re"])
        #expect(plan.dictionaries.first?.words.count == 600)
        // Whole buckets share a shard.
        #expect(TermKeys.shard(of: "ab", keys: keys) == TermKeys.shard(of: "abc def", keys: keys))
    }

    @Test func excerptsAreCutAtAWord() {
        #expect(ExcerptText.make("  one   two\nthree ", limit: 20) == "one two three")
        #expect(ExcerptText.make("one two three", limit: 9) == "one two…")
        #expect(ExcerptText.make("abcdefghijk", limit: 4) == "abcd…")
    }
}
