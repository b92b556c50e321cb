import DeskbookIntake
import Foundation
import Testing

/// `out_of_competence`: a request that no article of the site covers and no department's words claim.
@Suite struct CompetenceTests {
    private let yaml = ConfigParserTests.minimal + """
        out_of_scope:
          - id: rights
            words: {en: [broadcast rights]}
            pointer: Ask the rights holders.
        routing:
          departments:
            - id: billing
              label: Billing
              words: {en: [invoice]}
        out_of_competence: {confidence: 0.4}
        """

    private func article(_ score: Double) -> Suggestion {
        Suggestion(title: "Channel packages", url: "/en/middleware/packages/", kind: "article", score: score)
    }

    private func codes(_ subject: String, _ description: String, suggester: (any ArticleSuggester)?, yaml: String? = nil) throws -> [String] {
        let rules = try #require(TestSupport.parse(yaml ?? self.yaml).rules)
        let request = RequestValue.object(["subject": .string(subject), "description": .string(description)])
        return IntakeChecker(rules: rules, suggester: suggester).check(request, language: "en", at: TestSupport.date("2026-02-10T09:00:00+03:00")).findings.map(\.code)
    }

    @Test func noArticleAtTheConfidenceAndNoDepartmentIsAWarning() throws {
        let weak = FixedSuggester([article(0.39)])
        #expect(try codes("Which TV to buy", "Which television should we buy for the hotel lobby?", suggester: weak) == ["scope.out-of-competence"])
        #expect(try codes("Which TV to buy", "Which television should we buy for the hotel lobby?", suggester: FixedSuggester([])) == ["scope.out-of-competence"])
        let rules = try #require(TestSupport.parse(yaml).rules)
        #expect(rules.severities["scope.out-of-competence"] == .warning)
    }

    @Test func anArticleAtTheConfidenceOrADepartmentsWordsCoverIt() throws {
        #expect(try codes("Channel limit", "How many channels fit in one package?", suggester: FixedSuggester([article(0.4)])) == [])
        #expect(try codes("Invoice copy", "Where do I find a copy of last month's invoice?", suggester: FixedSuggester([])) == [])
    }

    @Test func withoutASearchEngineOrWhenAnotherFindingExplainsItNothingIsSaid() throws {
        #expect(try codes("Which TV to buy", "Which television should we buy for the hotel lobby?", suggester: nil) == [])
        #expect(try codes("Broadcast rights", "Who sells broadcast rights for football matches?", suggester: FixedSuggester([])) == ["scope.outside"])
    }

    @Test func itIsOffUnlessConfigured() throws {
        let off = yaml.replacingOccurrences(of: "out_of_competence: {confidence: 0.4}", with: "")
        #expect(try codes("Which TV to buy", "Which television should we buy for the hotel lobby?", suggester: FixedSuggester([]), yaml: off) == [])
    }

    @Test func theSearchReturnsAsManyArticlesAsTheDocumentationShows() throws {
        let alone = try #require(TestSupport.parse(yaml).rules)
        #expect(alone.outOfCompetence == CompetenceRule(confidence: 0.4, limit: 5))
        let withDocs = try #require(TestSupport.parse(yaml + "\ndocumentation: {limit: 3}\n").rules)
        #expect(withDocs.outOfCompetence?.limit == 3)
        #expect(withDocs.searchLimit == 3)
        let byDefault = try #require(TestSupport.parse(yaml.replacingOccurrences(of: "{confidence: 0.4}", with: "true")).rules)
        #expect(byDefault.outOfCompetence?.confidence == CompetenceRule().confidence)
    }

    @Test func theConfidenceIsBetweenZeroAndOne() {
        let diagnostics = TestSupport.parse(yaml.replacingOccurrences(of: "0.4", with: "4")).diagnostics
        #expect(diagnostics.contains { $0.contains("out_of_competence.confidence") })
    }
}
