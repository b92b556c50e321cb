import DeskbookCore
import DeskbookIntake
import Foundation
import Testing

/// `deskbook check`: output, exit codes and usage errors, run on an in-memory site.
@Suite struct CheckRunTests {
    static let ready = #"{"name": "Anna", "email": "anna@example.com", "workspace_id": "W-58213", "app_version": "3.2.1", "platform": "web", "category": "question", "subject": "Export to CSV skips archived tasks", "description": "The export to CSV leaves out archived tasks. Can it include them?"}"#

    private func run(
        _ file: String? = "request.json", request: String = ready, config: String? = nil,
        json: Bool = false, language: String? = nil, at: String? = "2026-01-16T17:00:00+03:00"
    ) throws -> CheckOutcome {
        let files = MemoryFileSystem()
        let site = try String(contentsOfFile: TestSupport.path("intake.yml"), encoding: .utf8)
        try files.write(Data((config ?? site).utf8), to: "site/intake.yml")
        try files.write(Data(request.utf8), to: "request.json")
        return CheckRun.run(file: file, source: "site", json: json, language: language, at: at, fileSystem: files, standardInput: { Data(request.utf8) })
    }

    @Test func aReadyRequestExitsZero() throws {
        let outcome = try run()
        #expect(outcome.exitCode == 0)
        #expect(outcome.output == """
            ready: the request can be sent
            route: Technical support (technical)
            If you send it now, expect the first answer by Monday 17:00 (Moscow time). Resolution expected by Friday, 23 January 17:00.
            """)
    }

    @Test func jsonOutputHasTheDocumentedShape() throws {
        let outcome = try run(request: #"{"subject": "Help"}"#, json: true, language: "ru")
        #expect(outcome.exitCode == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        #expect(object.keys.sorted() == ["expected_response", "fields", "findings", "language", "ready", "route", "suggestions", "values"])
        #expect(object["language"] as? String == "ru")
        #expect(object["values"] as? [String: String] == ["subject": "Help"])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.first?.keys.sorted() == ["code", "field", "message", "severity"])
        #expect((findings.first?["message"] as? String) == "Заполните, пожалуйста, поле «Ваше имя».")
        let expected = try #require(object["expected_response"] as? [String: Any])
        #expect(expected.keys.sorted() == ["first_response_by", "message", "priority", "resolution_by", "sent"])
    }

    /// `deskbook check --repeat N` (bench/check_speed.py): the same output, then the timing of N more checks.
    @Test func repeatedChecksReportTheirTiming() throws {
        let files = MemoryFileSystem()
        try files.write(Data(try String(contentsOfFile: TestSupport.path("intake.yml"), encoding: .utf8).utf8), to: "site/intake.yml")
        try files.write(Data(Self.ready.utf8), to: "request.json")
        let once = try run()
        let repeated = CheckRun.run(
            file: "request.json", source: "site", json: false, language: nil, at: "2026-01-16T17:00:00+03:00",
            repetitions: 3, fileSystem: files
        )
        #expect(repeated.output == once.output)
        #expect(repeated.exitCode == once.exitCode)
        let lines = repeated.errors.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix("check timing: 3 checks, p50 ") == true)
        #expect(lines.dropFirst().first?.hasPrefix("check timing us: ") == true)
        #expect(lines.dropFirst().first?.split(separator: ",").count == 3)
        #expect(lines.last?.hasPrefix("check timing first: ") == true)
    }

    @Test func checkTimingPercentilesAreNearestRank() {
        let timing = CheckTiming(nanoseconds: (1...100).map { UInt64($0) * 1_000_000 })
        #expect(timing.percentile(50) == 50)
        #expect(timing.percentile(99) == 99)
        #expect(timing.percentile(100) == 100)
        #expect(CheckTiming(nanoseconds: []).percentile(99) == 0)
    }

    @Test func standardInputIsReadForADash() throws {
        #expect(try run("-").exitCode == 0)
        #expect(try run(nil).exitCode == 0)
    }

    @Test func usageAndConfigErrorsExitTwo() throws {
        let badTime = try run(at: "Friday")
        #expect(badTime.exitCode == 2)
        #expect(badTime.errors.hasPrefix("error: --at must be an ISO 8601 time"))
        #expect(try run(language: "de").exitCode == 2)
        #expect(try run("missing.json").exitCode == 2)
        let badConfig = try run(config: "fields:\n  - id: subject\n    label: Subject\n    kind: text\n")
        #expect(badConfig.exitCode == 2)
        #expect(badConfig.errors == "site/intake.yml:4:5: error: unknown key 'kind' in a field; expected one of: id, label, type, required, required_when, min_length, max_length, pattern, example, options, accept")
    }

    @Test func aSiteWithoutIntakeRulesIsAConfigError() {
        let outcome = CheckRun.run(file: nil, source: "nowhere", json: false, language: nil, at: nil, fileSystem: MemoryFileSystem(), standardInput: { Data() })
        #expect(outcome.exitCode == 2)
        #expect(outcome.errors == "no intake.yml in nowhere")
    }

    @Test func badRequestBytesAreFindingsNotCrashes() throws {
        let outcome = try run(request: "\u{7F}{\"subject\": ")
        #expect(outcome.exitCode == 1)
        #expect(outcome.output == "not ready: fix the errors below\nerror: request.syntax: The request could not be read as JSON or YAML, or it gives the same field twice.")
    }

    @Test func markupInFieldsIsPrintedAsText() throws {
        let request = Self.ready.replacingOccurrences(of: "Can it include them?", with: "Can it include them? <script>alert(1)</script>")
        let outcome = try run(request: request)
        #expect(outcome.exitCode == 0)
        #expect(outcome.output.contains("warning: field.markup [description]: “Description” contains HTML tags."))
        #expect(!outcome.output.contains("<script>"))
    }
}
