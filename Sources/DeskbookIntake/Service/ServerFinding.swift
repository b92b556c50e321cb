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

extension FindingCode {
    /// The codes only the intake service reports.
    static let serverOnly: [FindingCode] = [.requestDuplicate, .contractUnknown, .contractExpired]

    /// The same requester sent a near-identical request within intake.yml's `duplicates.window_hours`.
    public static let requestDuplicate = FindingCode("request.duplicate", serverOnly: true)
    /// intake.yml `contracts` has no such customer id or contract.
    public static let contractUnknown = FindingCode("contract.unknown", serverOnly: true)
    /// The contract's last valid day has passed.
    public static let contractExpired = FindingCode("contract.expired", serverOnly: true)
}
