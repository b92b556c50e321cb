import DeskbookSearch
import Foundation
import Testing

/// Queries and limits straight from a user (the command line today, a query string later) never crash the engine,
/// never make it allocate by the size of a number, and give the ranking a sane limit would give.
@Suite struct SearchInputHardeningTests {
    private static let documents = (0..<80).map { number in
        searchDocument(
            "/en/reset/\(number)/", "Reset guide \(number)",
            body: "How to reset the password, step \(number). " + String(repeating: "reset ", count: number % 7 + 1)
        )
    }

    @Test(arguments: [Int.max, Int.max - 1, 1_000_000_000_000, Int(Int32.max)])
    func aHugeLimitGivesEveryMatchInRankOrder(limit: Int) async throws {
        let index = await BuiltIndex(Self.documents)
        let all = try index.engine.search("reset", language: "en", limit: limit)
        #expect(all.count == Self.documents.count)
        let ten = try index.engine.search("reset", language: "en", limit: 10)
        #expect(Array(all.prefix(10)) == ten)
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test func aLimitBetweenSelectionAndSortingRanksTheSame() async throws {
        let index = await BuiltIndex(Self.documents)
        let all = try index.engine.search("reset password", language: "en", limit: Int.max)
        for limit in [1, 5, 63, 64, 65, 79, 80, 81] {
            #expect(try index.engine.search("reset password", language: "en", limit: limit) == Array(all.prefix(limit)))
        }
    }

    @Test(arguments: [0, -1, Int.min])
    func aLimitBelowOneGivesNoResults(limit: Int) async throws {
        let index = await BuiltIndex(Self.documents)
        #expect(try index.engine.search("reset", language: "en", limit: limit).isEmpty)
    }

    /// Queries a user could paste or a client could send.
    enum OddQuery: String, CaseIterable {
        case manyRepeatedWords, manyDistinctWords, oneHugeWord, oneHugeMisspelling, nulCharacters, onlyNul
        case noncharactersAndMarks, combiningMarks, expandingLigatures, titlecaseDigraphs, empty

        var text: String {
            switch self {
            case .manyRepeatedWords: String(repeating: "reset password ", count: 50_000)
            case .manyDistinctWords: (0..<20_000).map { "word\($0)" }.joined(separator: " ")
            case .oneHugeWord: String(repeating: "r", count: 200_000)
            case .oneHugeMisspelling: String(repeating: "passwrod", count: 20_000)
            case .nulCharacters: "reset\u{0}password\u{0}"
            case .onlyNul: String(repeating: "\u{0}", count: 10_000)
            case .noncharactersAndMarks: "re\u{301}set \u{FFFF}\u{FFFE} \u{10FFFF} \u{1F511} pass\u{200B}word"
            case .combiningMarks: String(repeating: "e\u{301}", count: 30_000)
            case .expandingLigatures: String(repeating: "\u{FDFA}", count: 10_000)
            case .titlecaseDigraphs: String(repeating: "\u{01C6}", count: 10_000)
            case .empty: ""
            }
        }
    }

    @Test(arguments: OddQuery.allCases)
    func oddQueriesFinish(query: OddQuery) async throws {
        let index = await BuiltIndex(Self.documents)
        let results = try index.engine.search(query.text, language: "en", limit: 5)
        #expect(results.count <= 5)
    }
}

/// The language names a folder of the index: from a user (a future query string) it must not reach outside it.
@Suite struct SearchLanguageHardeningTests {
    @Test(arguments: ["../search/en", "en/../en", "./en", "/en", "", "e\u{0}n", "en/", String(repeating: "e", count: 5_000)])
    func aLanguageThatIsNoPlainNameHasNoIndex(language: String) async throws {
        let built = await BuiltIndex([searchDocument("/en/reset/", "Reset a password", body: "Reset the password.")])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("deskbook-search-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in built.index.files {
            let url = folder.appendingPathComponent("search").appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.data.write(to: url)
        }
        let engine = SearchEngine(directory: folder.appendingPathComponent("search").path)
        #expect(try engine.search("reset", language: "en").count == 1)
        #expect(throws: SearchIndexError.missingLanguage(language)) { try engine.search("reset", language: language) }
    }
}
