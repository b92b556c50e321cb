/// Error reports carry steps and evidence.
struct ErrorReportCheck: IntakeCheck {
    let name = "error-report"
    let codes: [FindingCode] = [.errorReportSteps, .errorReportEvidence]

    func check(_ context: inout CheckContext) {
        context.checkErrorReport()
    }
}

extension FindingCode {
    public static let errorReportSteps = FindingCode("error-report.steps")
    public static let errorReportEvidence = FindingCode("error-report.evidence")
}

private extension CheckContext {
    /// An error report (by its conditions or its words) needs evidence, and steps unless the rule leaves them out; see `ErrorReportRule`.
    mutating func checkErrorReport() {
        guard let rule = rules.errorReports, let body else { return }
        let isErrorReport = (!rule.when.isEmpty && fields.holds(rule.when)) || terms.matches(rule.words, in: mainTexts)
        guard isErrorReport else { return }
        if rule.requiresSteps, RequestText.numberedLines(body).count < 2 && !terms.matches(rule.stepsWords, in: [body]) {
            findings.add(.errorReportSteps, field: rules.bodyField)
        }
        let hasEvidence = rule.evidenceFields.contains { fields.values[$0] != nil }
            || RequestText.hasQuotedFragment(body) || RequestText.hasCodeFence(body)
        if !hasEvidence {
            findings.add(.errorReportEvidence, field: rule.evidenceFields.first ?? rules.bodyField)
        }
    }
}
