import DeskbookIntake
import Testing

/// The people's form of `deskbook check`: what it says before anything is sent.
@Suite struct CheckOutputTests {
    static let expected = ExpectedResponse(
        priority: "normal", sent: "2026-01-14T11:00:00+03:00", firstResponseBy: "2026-01-15T11:00:00+03:00",
        resolutionBy: nil, message: "If you send it now, expect the first answer by Thursday 11:00 (Berlin time)."
    )

    @Test func theExpectedResponseIsPrintedOnlyForARequestThatCanBeSent() {
        let ready = CheckResult(findings: [], expectedResponse: Self.expected)
        #expect(ready.text().contains(Self.expected.message))
        let notReady = CheckResult(
            findings: [Finding(severity: .error, code: "subject.empty", field: "subject", message: "Add a subject.")],
            expectedResponse: Self.expected
        )
        #expect(!notReady.text().contains("first answer"))
        #expect(notReady.text().hasPrefix("not ready"))
    }
}
