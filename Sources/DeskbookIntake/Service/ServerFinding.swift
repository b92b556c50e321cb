import DeskbookCore

extension IntakeRules {
    /// A finding the intake service adds after the checker ran (see `FindingCode.isServerOnly`), with the
    /// severity and wording of these rules in `language`.
    public func serverFinding(_ code: FindingCode, field: String? = nil, language: String, values: [String: String] = [:]) -> Finding {
        var findings = FindingList(rules: self, language: resolvedLanguage(language))
        findings.add(code, field: field, values)
        return findings.findings[0]
    }
}
