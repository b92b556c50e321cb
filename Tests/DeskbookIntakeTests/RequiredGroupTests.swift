import DeskbookIntake
import Foundation
import Testing

/// `require_one_of`: a request fills at least one field of each group.
@Suite struct RequiredGroupTests {
    private let yaml = """
        fields:
          - id: email
            label: {en: Email, ru: Почта}
            type: email
          - id: phone
            label: {en: Phone, ru: Телефон}
            type: phone
          - id: subject
            label: Subject
            required: true
        languages: [en, ru]
        require_one_of:
          - [email, phone]
        """

    @Test func eitherFieldIsEnoughAndNeitherIsAFindingAtTheFirst() throws {
        let rules = try #require(TestSupport.parse(yaml).rules)
        let checker = IntakeChecker(rules: rules)
        let at = TestSupport.date("2026-02-10T09:00:00+03:00")
        #expect(checker.check(.object(["subject": .string("Export"), "phone": .string("+7 495 555 01 42")]), language: "en", at: at).findings.isEmpty)
        #expect(checker.check(.object(["subject": .string("Export"), "email": .string("a@example.com")]), language: "en", at: at).findings.isEmpty)
        let neither = checker.check(.object(["subject": .string("Экспорт")]), language: "ru", at: at).findings
        #expect(neither.map(\.code) == ["field.one-of-required"])
        #expect(neither.first?.field == "email")
        #expect(neither.first?.message == "Заполните, пожалуйста, хотя бы одно из полей: Почта, Телефон.")
    }

    @Test func anUnreadableValueCountsAsGivenAndHasItsOwnFinding() throws {
        let rules = try #require(TestSupport.parse(yaml).rules)
        let result = IntakeChecker(rules: rules).check(.object(["subject": .string("Export"), "email": .array([.string("a@example.com")])]), language: "en", at: TestSupport.date("2026-02-10T09:00:00+03:00"))
        #expect(result.findings.map(\.code) == ["request.wrong-type"])
    }

    @Test func groupsNameTwoOrMoreKnownFields() {
        let unknown = TestSupport.parse(yaml.replacingOccurrences(of: "[email, phone]", with: "[email, fax]")).diagnostics
        #expect(unknown.contains { $0.hasPrefix("intake.yml:13:5: error: require_one_of names 'fax', which is not a field") })
        let single = TestSupport.parse(yaml.replacingOccurrences(of: "[email, phone]", with: "[email, email]")).diagnostics
        #expect(single.contains { $0.hasPrefix("intake.yml:13:5: error: each group of require_one_of names two or more different fields") })
        let required = TestSupport.parse(yaml.replacingOccurrences(of: "    type: phone", with: "    type: phone\n    required: true")).diagnostics
        #expect(required.contains { $0.hasPrefix("intake.yml:14:5: warning: 'phone' is required on its own") })
    }
}
