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
        if rule.requiresSteps, !hasSteps(body, rule) {
            findings.add(.errorReportSteps, field: rules.bodyField)
        }
        let hasEvidence = rule.evidenceFields.contains { fields.values[$0] != nil }
            || (rule.quotedEvidence && RequestText.hasQuotedFragment(body)) || RequestText.hasCodeFence(body)
        if !hasEvidence {
            findings.add(.errorReportEvidence, field: rule.evidenceFields.first ?? rules.bodyField)
        }
    }

    /// Steps as numbered lines, numbered inside a line, named by a steps word, or told as "first… then…".
    func hasSteps(_ body: String, _ rule: ErrorReportRule) -> Bool {
        if RequestText.numberedLines(body).count >= 2 || RequestText.hasInlineSteps(body) || terms.matches(rule.stepsWords, in: [body]) {
            return true
        }
        let words = terms.words(body)
        guard let first = words.indices.first(where: { !rule.firstWords.entries(startingAt: $0, in: words).isEmpty }) else { return false }
        return TermIndex.containsAny(rule.thenWords, in: Array(words[(first + 1)...]))
    }
}
