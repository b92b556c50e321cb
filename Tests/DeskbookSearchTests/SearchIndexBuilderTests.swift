import DeskbookCore
@testable import DeskbookSearch
import Foundation
import Testing

/// Words that stem to themselves: "re" and consonants, no suffix the English stemmer knows.
private func consonantWord(_ number: Int) -> String {
    let letters = Array("bcdfgkmnprt")
    var word = "re"
    var rest = number
    repeat {
        word.append(letters[rest % letters.count])
        rest /= letters.count
    } while rest > 0
    return word
}

/// A seeded generator (SplitMix64), so that randomized tests repeat.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// The files of an index by path.
private func filesByPath(_ index: SearchIndex) -> [String: Data] {
    Dictionary(uniqueKeysWithValues: index.files.map { ($0.path, $0.data) })
}

private func manifest(_ index: SearchIndex, _ language: String = "en") throws -> SearchManifest {
    try JSONDecoder().decode(SearchManifest.self, from: try #require(filesByPath(index)[language + "/index.json"]))
}

/// Words of two syllables, "bafe", "dika", ..., spread over 70 buckets, and one word in four a
/// `consonantWord`, so that the "re" bucket is split over shards.
private func word(_ number: Int) -> String {
    guard number % 4 != 0 else { return consonantWord(number) }
    let syllables = Array("bdfgklmnprstvz").flatMap { consonant in Array("aeiou").map { String(consonant) + String($0) } }
    return syllables[number % syllables.count] + syllables[(number / syllables.count) % syllables.count]
}

/// A help center of `count` pages whose bodies mix words of a 4,000-word vocabulary.
private func manyPages(_ count: Int) -> [SearchDocument] {
    (0..<count).map { number in
        let words = (0..<30).map { word((number * 37 + $0 * $0 * 11 + $0 * 101) % 4_000) }
        return searchDocument("/en/p\(String(format: "%04d", number))/", "Page \(number)", body: words.joined(separator: " "))
    }
}

private func term(_ word: String) -> String {
    TextAnalyzer().analyze(word, language: "en")[0]
}

@Suite struct SearchIndexBuilderTests {
    @Test func theSameDocumentsGiveTheSameFiles() async {
        let documents = (0..<30).map { searchDocument("/en/p\($0)/", "Page \($0)", body: "Body text \($0) about refunds") }
        let first = await SearchIndexBuilder().build(documents)
        let second = await SearchIndexBuilder().build(documents.reversed())
        #expect(first.files.map(\.path) == second.files.map(\.path))
        #expect(first.files.map(\.data) == second.files.map(\.data))
        #expect(first.files.contains { $0.path == "en/index.json" })
    }

    @Test func eachFileIsNamedByTheHashOfItsBytes() async throws {
        let index = await SearchIndexBuilder().build(manyPages(200))
        let manifest = try manifest(index)
        #expect(manifest.shards.count > 10 && manifest.dictionaries.count > 0 && manifest.middles.count > 1)
        #expect(manifest.isConsistent)
        let named = Set((0..<manifest.shards.count).map(manifest.shardFile) + (0..<manifest.dictionaries.count).map(manifest.dictionaryFile)
            + (0..<manifest.middles.count).map(manifest.middleFile) + (0..<manifest.chunkHashes.count).map(manifest.chunkFile))
        #expect(Set(index.files.map(\.path)) == Set(named.map { "en/" + $0 } + ["en/index.json"]))
        for file in index.files where file.path != "en/index.json" {
            #expect(file.path.split(separator: ".")[1] == ContentHash.hex(file.data, length: HashedFile.nameDigits), "\(file.path)")
        }
    }

    @Test func filesWithOneShortNameGetLongerNames() {
        let files = [HashedFile([1]), HashedFile([2]), HashedFile([1])]
        #expect(HashedFile.names(files) == files.map { ContentHash.hex(fingerprint: $0.fingerprint, length: HashedFile.nameDigits) })
        #expect(Set(HashedFile.names(files)).count == 2)
    }

    /// Replacing a word keeps every length: the files that change are the manifest, the page's chunk, and
    /// the shards and dictionaries that list the two words; every other file keeps its name.
    @Test func aBodyEditChangesOnlyTheFilesOfTheWordsItChanges() async throws {
        let documents = manyPages(400)
        let (old, new) = (word(9), word(2_001))
        let edited = try #require(documents.firstIndex { $0.body.split(separator: " ").contains(Substring(old)) && !$0.body.contains(new) })
        var changed = documents
        changed[edited].body = documents[edited].body.split(separator: " ").map { $0 == old ? new : String($0) }.joined(separator: " ")
        changed[edited].excerpt = changed[edited].body
        let before = await SearchIndexBuilder().build(documents)
        let after = await SearchIndexBuilder().build(changed)
        let (first, second) = (try manifest(before), try manifest(after))
        #expect(first.shards == second.shards && first.middles == second.middles && first.dictionaries == second.dictionaries)
        func files(of manifest: SearchManifest) -> Set<String> {
            var names: Set<String> = [manifest.chunkFile(edited / manifest.chunkSize)]
            for term in [term(old), term(new)] {
                names.insert(manifest.shardFile(TermKeys.shard(of: term, keys: manifest.shards)))
                names.insert(manifest.middleFile(TermKeys.shard(of: TermKeys.middle(of: term)!, keys: manifest.middles)))
                if let split = manifest.dictionaries.firstIndex(of: TermKeys.bucket(of: term)) { names.insert(manifest.dictionaryFile(split)) }
            }
            return Set(names.map { "en/" + $0 })
        }
        let (beforeFiles, afterFiles) = (filesByPath(before), filesByPath(after))
        #expect(Set(beforeFiles.keys).subtracting(afterFiles.keys) == files(of: first))
        #expect(Set(afterFiles.keys).subtracting(beforeFiles.keys) == files(of: second))
        #expect(beforeFiles["en/index.json"] != afterFiles["en/index.json"])
        #expect(beforeFiles.count > 50)
    }

    /// An edit that makes a page longer changes its impacts, so the shards holding its terms change too,
    /// and no other shard: the impacts of the other pages do not depend on it. A shard that does not hold
    /// the page changes only where a shard before it grew over the target size and a cut moved
    /// (`StableCuts`).
    @Test func anEditThatChangesALengthChangesOnlyTheShardsOfThatPage() async throws {
        let documents = manyPages(400)
        var changed = documents
        let added = (0..<12).map { word($0 * 101 + 1) }
        changed[137].body += " " + added.joined(separator: " ")
        let before = await SearchIndexBuilder().build(documents)
        let after = await SearchIndexBuilder().build(changed)
        let (beforeFiles, afterFiles) = (filesByPath(before), filesByPath(after))
        let (first, second) = (try manifest(before), try manifest(after))
        /// The shards of `index` that hold page 137, by path.
        func holding(_ index: SearchIndex) throws -> Set<String> {
            Set(try index.files.filter { $0.path.hasPrefix("en/s.") }.filter { file in
                try TermTable.decode(Array(file.data), file: file.path, withPostings: true).postings.contains { $0.documents.contains(137) }
            }.map(\.path))
        }
        let addedWordShards = Set(added.map { "en/" + first.shardFile(TermKeys.shard(of: term($0), keys: first.shards)) })
        let (holdingBefore, holdingAfter) = (try holding(before).union(addedWordShards), try holding(after))
        /// Whether shard `number` of `manifest` starts or ends at a cut that `other` does not have.
        func cutMoved(_ number: Int, _ manifest: SearchManifest, _ other: SearchManifest) -> Bool {
            !other.shards.contains(manifest.shards[number]) || (number + 1 < manifest.shards.count && !other.shards.contains(manifest.shards[number + 1]))
        }
        var moved = 0
        for number in first.shards.indices where afterFiles["en/" + first.shardFile(number)] == nil {
            guard !holdingBefore.contains("en/" + first.shardFile(number)) else { continue }
            #expect(cutMoved(number, first, second), "\(first.shards[number]) changed without holding the page")
            moved += 1
        }
        for number in second.shards.indices where beforeFiles["en/" + second.shardFile(number)] == nil {
            #expect(holdingAfter.contains("en/" + second.shardFile(number)) || cutMoved(number, second, first), "\(second.shards[number])")
        }
        #expect(moved <= 1)
        let unchanged = first.shardHashes.filter { second.shardHashes.contains($0) }
        #expect(unchanged.count >= 5, "\(unchanged.count) of \(first.shards.count) shards unchanged")
        #expect(first.chunkHashes == second.chunkHashes)
    }

    /// A build that reuses the previous build's cache gives the same files as a build from nothing, through
    /// random edits of every kind: bodies, titles and headings, new, deleted and moved pages, languages, synonyms.
    @Test func aBuildFromACacheEqualsAFullBuild() async throws {
        var random = SeededGenerator(state: 9)
        let words = (0..<400).map(consonantWord) + ["password", "reset", "invoice", "bill", "remove", "delete", "пароль", "сброс"]
        func text(_ count: Int) -> String { (0..<count).map { _ in words.randomElement(using: &random)! }.joined(separator: " ") }
        func document(_ number: Int) -> SearchDocument {
            searchDocument("/\(number % 5 == 0 ? "ru" : "en")/p\(number)/", text(3), language: number % 5 == 0 ? "ru" : "en",
                           headings: [text(2)], description: text(4), body: text(60))
        }
        var documents = (0..<120).map(document)
        var next = 120
        var builder = SearchIndexBuilder()
        var cache = SearchIndexCache()
        for step in 0..<40 {
            let target = Int.random(in: 0..<documents.count, using: &random)
            switch step % 8 {
            case 0, 1, 2: documents[target].body += " " + text(Int.random(in: 1...10, using: &random))
            case 3: documents[target].title = text(3)
            case 4: documents[target].headings.append(text(2))
            case 5:
                documents.append(document(next))
                next += 1
            case 6: documents.remove(at: target)
            default: documents[target].url = "/en/moved\(step)/"
            }
            if step == 20 { builder.synonyms = Synonyms(groups: ["en": [["password", "reset"]]]) }
            let (index, reused) = await builder.build(documents, reusing: cache)
            cache = reused
            let full = await builder.build(documents)
            #expect(index.files.map(\.path) == full.files.map(\.path), "step \(step)")
            #expect(index.files.map(\.data) == full.files.map(\.data), "step \(step)")
        }
    }

    @Test func longPostingListsKeepTheirBestDocuments() async throws {
        let count = RankingParameters.maxPostings + 50
        // Page k mentions "sync" k + 1 times in a body of equal length: higher ids have higher impacts.
        let documents = (0..<count).map { number in
            searchDocument("/en/p\(String(format: "%04d", number))/", "Page",
                           body: Array(repeating: "sync", count: number + 1).joined(separator: " ")
                               + String(repeating: " word", count: count - number))
        }
        let index = await BuiltIndex(documents)
        let results = try index.engine.search("sync", language: "en", limit: count)
        #expect(results.count == RankingParameters.maxPostings)
        #expect(!results.contains { $0.url < "/en/p0010/" })
    }

    @Test func typosAndPrefixesWorkInABucketSplitOverShards() async throws {
        let analyzer = TextAnalyzer()
        let words = (0..<900).map(consonantWord)
        #expect(words.allSatisfy { analyzer.analyze($0, language: "en") == [$0] })
        let documents = words.enumerated().map { number, word in
            searchDocument("/en/w\(number)/", "Word \(word)", body: "\(word) and \(words[(number + 1) % words.count])")
        }
        let reconciliation = searchDocument("/en/reconciliation/", "Reconciliation report", body: "Reconciliation of payments.")
        let index = await BuiltIndex(documents + [reconciliation])
        #expect(index.index.files.contains { $0.path.hasPrefix("en/d.") })
        #expect(try index.urls("reconcilation").first == "/en/reconciliation/")
        // Two swaps, one of them of the first two letters: distance 2 in the bucket "re".
        #expect(try index.urls("ercnociliation").first == "/en/reconciliation/")
        #expect(try index.urls("reconcil").first == "/en/reconciliation/")
        #expect(try index.urls("recon").first == "/en/reconciliation/")
    }
}
