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

@Suite struct SearchIndexBuilderTests {
    @Test func theSameDocumentsGiveTheSameFiles() async {
        let documents = (0..<30).map { searchDocument("/en/p\($0)/", "Page \($0)", body: "Body text \($0) about refunds") }
        let first = await SearchIndexBuilder().build(documents)
        let second = await SearchIndexBuilder().build(documents.reversed())
        #expect(first.files.map(\.path) == second.files.map(\.path))
        #expect(first.files.map(\.data) == second.files.map(\.data))
        #expect(first.manifests["en"]?.hasPrefix("en/manifest.") == true)
        #expect(first.files.contains { $0.path == "en/index.json" })
    }

    @Test func fileNamesChangeWithTheContent() async throws {
        let documents = [searchDocument("/en/a/", "Refunds", body: "Money back"), searchDocument("/en/b/", "Plans", body: "Prices")]
        let first = await SearchIndexBuilder().build(documents)
        var edited = documents
        edited[1].body = "Prices per seat"
        let second = await SearchIndexBuilder().build(edited)
        let manifestName = try #require(first.manifests["en"])
        let manifestFile = try #require(first.files.first { $0.path == manifestName })
        #expect(manifestName == "en/manifest.\(ContentHash.hex(manifestFile.data, length: 8)).json")
        let hash = try JSONDecoder().decode(SearchManifest.self, from: manifestFile.data).hash
        for file in first.files where !file.path.hasSuffix("/index.json") && file.path != manifestName {
            #expect(file.path.hasSuffix(".\(hash).bin") || file.path.hasSuffix(".\(hash).json"), "\(file.path)")
        }
        #expect(Set(first.files.map(\.path)).intersection(second.files.map(\.path)) == ["en/index.json"])
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
        #expect(index.index.files.contains { $0.path.hasPrefix("en/d0.") })
        #expect(try index.urls("reconcilation").first == "/en/reconciliation/")
        // Two swaps, one of them of the first two letters: distance 2 in the bucket "re".
        #expect(try index.urls("ercnociliation").first == "/en/reconciliation/")
        #expect(try index.urls("reconcil").first == "/en/reconciliation/")
        #expect(try index.urls("recon").first == "/en/reconciliation/")
    }
}
