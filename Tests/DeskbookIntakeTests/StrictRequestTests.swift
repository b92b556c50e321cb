import DeskbookIntake
import Foundation
import Testing

/// Requests that most back ends would read differently from the checker: a key given twice, numbers out of range,
/// NUL characters, deep nesting. The checker must read them as the back end does, or refuse them.
@Suite struct StrictRequestTests {
    private func read(_ text: String) -> Result<RequestValue, RequestProblem> {
        RequestReader.read(Data(text.utf8), limit: 100_000)
    }

    private func check(_ text: String) -> CheckResult {
        IntakeChecker(rules: TestSupport.siteRules).check(data: Data(text.utf8), language: "en", at: TestSupport.date("2026-01-14T11:00:00+03:00"))
    }

    /// One case of Tests/Fixtures/request-json/cases.json, which Tests/JavaScript/hardening.test.mjs reads too.
    struct JSONCase: Decodable, Sendable, CustomTestStringConvertible {
        var about: String
        var text: String
        /// Whether the text is a syntax error; otherwise it is read, as `value` when that is given.
        var syntax: Bool
        var value: RequestValue?

        var testDescription: String { about }

        static let all: [JSONCase] = {
            let path = TestSupport.path("Tests/Fixtures/request-json/cases.json")
            guard let data = FileManager.default.contents(atPath: path),
                  let cases = try? JSONDecoder().decode([JSONCase].self, from: data) else { return [] }
            return cases
        }()
    }

    @Test func theSharedJSONCasesAreThere() {
        #expect(JSONCase.all.count >= 40)
    }

    @Test(arguments: JSONCase.all)
    func jsonIsReadByTheRFC(_ jsonCase: JSONCase) throws {
        let read = self.read(jsonCase.text)
        if jsonCase.syntax {
            #expect(read == .failure(RequestProblem(.requestSyntax)))
        } else {
            let value = try read.get()
            if let expected = jsonCase.value { #expect(value == expected) }
        }
    }

    @Test func aKeyGivenTwiceInYAMLIsASyntaxErrorToo() {
        #expect(read("subject: a\nsubject: b\n") == .failure(RequestProblem(.requestSyntax)))
    }

    @Test func deepNestingIsRefusedWithoutExhaustingTheStack() {
        #expect(read("{\"a\":" + String(repeating: "[", count: 50_000)) == .failure(RequestProblem(.requestSyntax)))
    }

    @Test func theCheckerDoesNotJudgeTheFirstOfTwoSubjects() {
        let result = check(#"{"subject": "Export to CSV skips archived tasks", "description": "x", "subject": "help"}"#)
        #expect(result.findings.map(\.code) == ["request.syntax"])
        #expect(result.findings.first?.message == "The request could not be read as JSON or YAML, or it gives the same field twice.")
        #expect(!result.ready)
    }

    @Test func numbersOutOfRangeAreNumbers() throws {
        #expect(try read(#"{"a": 1e400, "b": -1e400, "c": 1e-400, "d": 123456789012345678901234567890}"#).get() == .object([
            "a": .number(.infinity), "b": .number(-.infinity), "c": .number(0), "d": .number(123456789012345678901234567890.0),
        ]))
        let result = check(#"{"app_version": 1e400}"#)
        #expect(result.findings.first?.code == "request.wrong-type")
        #expect(!result.findings.map(\.code).contains("request.syntax"))
    }

    @Test func aNulCharacterInAFieldIsRefused() {
        let result = check(#"{"subject": "Export\u0000 to CSV", "logs": ["a.log", "b\u0000.log"]}"#)
        let nul = result.findings.filter { $0.code == "field.nul-character" }
        #expect(nul.map(\.field) == ["subject", "logs"])
        #expect(nul.first?.message == "\u{201C}Subject\u{201D} contains a NUL character (U+0000), which cannot be sent. Please remove it.")
        #expect(nul.allSatisfy { $0.severity == .error })
    }

    @Test func theNulFindingCannotBeMadeAWarning() {
        let yaml = ConfigParserTests.minimal + "severities:\n  field.nul-character: warning\n"
        #expect(TestSupport.parse(yaml).diagnostics.count == 1)
    }

    /// The ticket pattern used to run on the whole subject, whatever its length; now no pattern meets text over
    /// its field's limit, and an oversized subject (already an error) is not searched for a ticket number.
    @Test func noPatternRunsOnAnOversizedSubject() {
        let subject = String(repeating: "Sync fails again ", count: 20)
        let request = RequestValue.object(["subject": .string(subject), "category": .string("follow-up")])
        let result = IntakeChecker(rules: TestSupport.siteRules).check(request, language: "en", at: TestSupport.date("2026-01-14T11:00:00+03:00"))
        let codes = result.findings.map(\.code)
        #expect(codes.contains("field.too-long"))
        #expect(!codes.contains("followup.ticket-missing"))
    }
}
