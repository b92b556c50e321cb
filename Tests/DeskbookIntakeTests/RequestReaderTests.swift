import DeskbookIntake
import Foundation
import Testing

/// Request files: JSON, YAML for people, and the ways they can be broken.
@Suite struct RequestReaderTests {
    private func read(_ text: String, limit: Int = 10_000) -> Result<RequestValue, RequestProblem> {
        RequestReader.read(Data(text.utf8), limit: limit)
    }

    @Test func jsonKeepsItsTypes() throws {
        let value = try read(#"{"subject": "Export", "count": 3, "flag": true, "logs": ["a.log"], "none": null}"#).get()
        #expect(value == .object([
            "subject": .string("Export"), "count": .number(3), "flag": .bool(true),
            "logs": .array([.string("a.log")]), "none": .null,
        ]))
    }

    @Test func yamlScalarsStayText() throws {
        let value = try read("subject: Export to CSV\napp_version: 3.10\nconfirmed: true\nlogs:\n  - sync.log\nnote: ~\n").get()
        #expect(value == .object([
            "subject": .string("Export to CSV"), "app_version": .string("3.10"), "confirmed": .bool(true),
            "logs": .array([.string("sync.log")]), "note": .null,
        ]))
    }

    @Test func anEmptyFileIsAnEmptyRequest() throws {
        #expect(try read("  \n").get() == .object([:]))
    }

    @Test func problemsAreFindingCodes() {
        #expect(RequestReader.read(Data([0x7B, 0xFF, 0x7D]), limit: 100) == .failure(RequestProblem(.requestEncoding)))
        #expect(read(#"{"subject": "#) == .failure(RequestProblem(.requestSyntax)))
        #expect(read("subject: [unclosed\n") == .failure(RequestProblem(.requestSyntax)))
        #expect(read(String(repeating: "x", count: 2_000), limit: 1_000) == .failure(RequestProblem(.requestTooLarge, values: ["max": "1000"])))
    }

    @Test func aYAMLRequestIsChecked() {
        let yaml = "subject: Help\ndescription: The export to CSV skips archived tasks in every project.\n"
        let result = IntakeChecker(rules: TestSupport.siteRules).check(data: Data(yaml.utf8), language: "en", at: TestSupport.date("2026-01-14T11:00:00+03:00"))
        #expect(result.findings.map(\.code).contains("subject.generic"))
    }
}
