import DeskbookIntake
import Foundation
import Testing

/// `error_reports.steps: false`: a policy that asks for the error text or a screenshot, not for steps; and
/// `error_reports.quoted_evidence: false`: one that asks for a log or a screenshot.
@Suite struct ErrorReportStepsTests {
    private let yaml = """
        fields:
          - id: description
            label: Description
            type: textarea
          - id: screenshot
            label: Screenshot
            type: file
        error_reports:
          evidence_fields: [screenshot]
        """

    private func codes(_ extra: String, _ request: [String: RequestValue]) throws -> [String] {
        let rules = try #require(TestSupport.parse(yaml + extra).rules)
        return IntakeChecker(rules: rules).check(.object(request), language: "en", at: Date()).findings.map(\.code)
    }

    @Test func withoutStepsOnlyTheEvidenceIsAskedFor() throws {
        let bare: [String: RequestValue] = ["description": .string("The gridding module crashes on large horizons.")]
        #expect(try codes("\n  steps: false", bare) == ["error-report.evidence"])
        #expect(try codes("", bare) == ["error-report.steps", "error-report.evidence"])
        let quoted: [String: RequestValue] = ["description": .string("The gridding module crashes with \"Out of memory\".")]
        #expect(try codes("\n  steps: false", quoted) == [])
        let shot: [String: RequestValue] = ["description": .string("The gridding module crashes."), "screenshot": .array([.string("crash.png")])]
        #expect(try codes("\n  steps: false", shot) == [])
    }

    /// `quoted_evidence: false`: a policy that asks for a log or a screenshot takes no quoted text instead.
    @Test func quotedTextIsNoEvidenceWhenThePolicyAsksForFiles() throws {
        let quoted: [String: RequestValue] = ["description": .string("The gridding module crashes after I press \"Apply grid\".")]
        #expect(try codes("\n  steps: false", quoted) == [])
        #expect(try codes("\n  steps: false\n  quoted_evidence: false", quoted) == ["error-report.evidence"])
        let fenced: [String: RequestValue] = ["description": .string("The gridding module crashes:\n```\nOutOfMemoryError at grid.c:42\n```")]
        #expect(try codes("\n  steps: false\n  quoted_evidence: false", fenced) == [])
    }

    @Test func stepsMustBeTrueOrFalse() {
        let diagnostics = TestSupport.parse(yaml + "\n  steps: sometimes").diagnostics
        #expect(diagnostics.contains { $0.contains("error_reports.steps") })
    }
}
