import DeskbookSearch
import Foundation
import Testing

/// Tests/Parity/analysis-fixtures.json, the cases that search.js is held to as well.
private struct AnalysisFixture: Decodable {
    struct Case: Decodable {
        let text: String
        let terms: [ExpectedTerm]
    }

    let stopWords: [String: [String]]
    let cases: [Case]

    static func load() throws -> AnalysisFixture {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("../Parity/analysis-fixtures.json")
        return try JSONDecoder().decode(AnalysisFixture.self, from: Data(contentsOf: url))
    }
}

@Suite struct AnalysisFixtureTests {
    @Test func everyCaseGivesItsTermsAndOffsets() throws {
        let fixture = try AnalysisFixture.load()
        #expect(fixture.cases.count >= 20)
        let analyzer = TextAnalyzer()
        for fixtureCase in fixture.cases {
            let actual = analyzer.tokens(fixtureCase.text, language: "en").map(ExpectedTerm.init)
            let difference = ExpectedTerm.firstDifference(actual, fixtureCase.terms)
            #expect(difference == nil, "\(fixtureCase.text.debugDescription): \(difference ?? "")")
        }
    }

    @Test func stopWordListsAreTheSharedOnes() throws {
        let fixture = try AnalysisFixture.load()
        #expect(StopWords.english == Set(fixture.stopWords["en"] ?? []))
        #expect(StopWords.russian == Set(fixture.stopWords["ru"] ?? []))
        #expect(fixture.stopWords["en"]?.count == StopWords.english.count)
        #expect(fixture.stopWords["ru"]?.count == StopWords.russian.count)
    }
}
