import DeskbookIntake
import Foundation
import Testing

/// `documentation.site`: citing a page of the help center counts as having read the documentation.
@Suite struct DocumentationCitationTests {
    private let yaml = """
        fields:
          - id: subject
            label: Subject
          - id: description
            label: Description
            type: textarea
        documentation:
          confidence: 0.5
          site: HTTPS://Help.Example.com
        """
    private let likely = FixedSuggester([Suggestion(title: "Refunds", url: "/en/billing/refunds/", kind: "article", score: 0.9)])

    private func codes(_ description: String) throws -> [String] {
        let rules = try #require(TestSupport.parse(yaml).rules)
        return IntakeChecker(rules: rules, suggester: likely).check(.object(["subject": .string("Refund for a double charge"), "description": .string(description)]), language: "en", at: TestSupport.date("2026-02-10T09:00:00+03:00")).findings.map(\.code)
    }

    @Test func aLinkToAPageOfTheSiteCountsAsReadingIt() throws {
        #expect(try codes("I was charged twice. I read https://help.example.com/en/billing/refunds/ already.") == [])
        #expect(try codes("I was charged twice. I read HTTPS://HELP.EXAMPLE.COM/en/billing/refunds/ already.") == [])
    }

    @Test func theSitesHomeOrAnotherSiteIsNoCitation() throws {
        #expect(try codes("I was charged twice. I looked at https://help.example.com/ already.") == ["docs.likely-answer"])
        #expect(try codes("I was charged twice. I read https://help.other.example/en/billing/refunds/ already.") == ["docs.likely-answer"])
        #expect(try codes("I was charged twice and want my money back now.") == ["docs.likely-answer"])
    }

    @Test func theSiteIsAnHTTPAddress() {
        let diagnostics = TestSupport.parse(yaml.replacingOccurrences(of: "HTTPS://Help.Example.com", with: "help.example.com")).diagnostics
        #expect(diagnostics.contains { $0.hasPrefix("intake.yml:9:9: error: documentation.site must be the help center's address") })
    }
}
