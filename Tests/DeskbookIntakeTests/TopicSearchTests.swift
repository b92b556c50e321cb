import DeskbookIntake
import Foundation
import Testing

/// `one_topic.search_confidence`: unnumbered questions confidently answered in different sections of the site
/// are different topics, unless a section answers both or the routing words send both to one department.
@Suite struct TopicSearchTests {
    private let yaml = ConfigParserTests.minimal + """
        one_topic: {search_confidence: 0.5}
        routing:
          departments:
            - id: billing
              label: Billing
              words: {en: [charge, invoice]}
        """
    private let refunds = "How do I get a refund for a double charge"
    private let password = "Why does the password reset email never arrive"

    private func article(_ url: String, _ score: Double) -> Suggestion {
        Suggestion(title: url, url: url, kind: "article", score: score)
    }

    private func codes(_ description: String, _ answers: [String: [Suggestion]], yaml: String? = nil) throws -> [String] {
        let rules = try #require(TestSupport.parse(yaml ?? self.yaml).rules)
        let request = RequestValue.object(["subject": .string("Refund and password reset"), "description": .string(description)])
        return IntakeChecker(rules: rules, suggester: SearchTable(answers: answers))
            .check(request, language: "en", at: TestSupport.date("2026-02-10T09:00:00+03:00")).findings.map(\.code)
    }

    @Test func questionsAnsweredInDifferentSectionsAreSeveralTopics() throws {
        let answers = [refunds: [article("/en/billing/refunds/", 0.8)], password: [article("/en/account/reset-password/", 0.6)]]
        #expect(try codes("\(refunds)? \(password)?", answers) == ["topic.multiple"])
    }

    @Test func oneSectionAWeakArticleOrOneQuestionIsOneTopic() throws {
        let sameSection = [refunds: [article("/en/billing/refunds/", 0.8)], password: [article("/en/billing/invoices/#email", 0.9)]]
        #expect(try codes("\(refunds)? \(password)?", sameSection) == [])
        let weak = [refunds: [article("/en/billing/refunds/", 0.8)], password: [article("/en/account/reset-password/", 0.49)]]
        #expect(try codes("\(refunds)? \(password)?", weak) == [])
        let answers = [refunds: [article("/en/billing/refunds/", 0.8)], password: [article("/en/account/reset-password/", 0.6)]]
        #expect(try codes("\(refunds)? \(password).", answers) == [])
    }

    @Test func aSectionThatAnswersBothOrOneDepartmentIsOneTopic() throws {
        let shared = [
            refunds: [article("/en/billing/refunds/", 0.8)],
            password: [article("/en/account/reset-password/", 0.6), article("/en/billing/emails/", 0.5)],
        ]
        #expect(try codes("\(refunds)? \(password)?", shared) == [])
        let invoice = "Why does the invoice email never arrive"
        let billing = [refunds: [article("/en/billing/refunds/", 0.8)], invoice: [article("/en/faq/emails/", 0.9)]]
        #expect(try codes("\(refunds)? \(invoice)?", billing) == [])
    }

    @Test func withoutTheSettingTheQuestionsAreNotSearched() throws {
        let answers = [refunds: [article("/en/billing/refunds/", 0.8)], password: [article("/en/account/reset-password/", 0.6)]]
        #expect(try codes("\(refunds)? \(password)?", answers, yaml: yaml.replacingOccurrences(of: "{search_confidence: 0.5}", with: "true")) == [])
    }

    @Test func aPagesSectionIsItsAddressWithoutTheLastSegment() {
        #expect(TopicRule.section(of: "/en/billing/refunds/") == "/en/billing/")
        #expect(TopicRule.section(of: "/en/billing/faq/#refunds") == "/en/billing/")
        #expect(TopicRule.section(of: "https://help.example.com/ru/stb/firmware?x=1") == "https://help.example.com/ru/stb/")
        #expect(TopicRule.section(of: "refunds") == "")
    }

    @Test func theQuestionsSearchReturnsTheDocumentationsLimit() throws {
        let alone = try #require(TestSupport.parse(yaml).rules?.oneTopic)
        #expect(alone == TopicRule(maxNumberedQuestions: 3, searchConfidence: 0.5, searchLimit: 5))
        let withDocs = try #require(TestSupport.parse(yaml + "\ndocumentation: {limit: 2}\n").rules?.oneTopic)
        #expect(withDocs.searchLimit == 2)
        #expect(TestSupport.parse(yaml.replacingOccurrences(of: "0.5", with: "1.5")).diagnostics.contains { $0.contains("one_topic.search_confidence") })
    }
}
