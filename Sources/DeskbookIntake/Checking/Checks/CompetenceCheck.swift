/// Out of competence: no article of the site and no routing department fits the request.
struct CompetenceCheck: IntakeCheck {
    let name = "competence"
    let codes: [FindingCode] = [.scopeOutOfCompetence]

    func check(_ context: inout CheckContext) {
        context.checkCompetence()
    }
}

extension FindingCode {
    public static let scopeOutOfCompetence = FindingCode("scope.out-of-competence", .warning)
}

private extension CheckContext {
    /// Findings that already say why support cannot take the request; this check adds nothing to them.
    static let competenceExplained = Set([FindingCode.scopeOutside, .requestUnclear, .requestWrongLayout].map(\.rawValue))

    /// A request whose best article stays under `CompetenceRule.confidence` and whose subject and description
    /// match no department's words (the category the customer picked does not count: any request has one).
    mutating func checkCompetence() {
        guard let rule = rules.outOfCompetence, let results = searchResults() else { return }
        guard !findings.findings.contains(where: { Self.competenceExplained.contains($0.code) }) else { return }
        guard !results.contains(where: { $0.score >= rule.confidence }) else { return }
        guard bestDepartment(for: mainTexts, by: \.wordsFirst) == nil, bestDepartment(for: mainTexts) == nil else { return }
        findings.add(.scopeOutOfCompetence, field: nil)
    }
}
