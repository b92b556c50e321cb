/// A subject that says what the request is about and matches its description.
struct SubjectCheck: IntakeCheck {
    let name = "subject"
    let codes: [FindingCode] = [.subjectGeneric, .subjectUnrelated]

    func check(_ context: inout CheckContext) {
        context.checkSubject()
    }
}

extension FindingCode {
    public static let subjectGeneric = FindingCode("subject.generic")
    public static let subjectUnrelated = FindingCode("subject.unrelated", .warning)
}

private extension CheckContext {
    /// A subject is generic when it has no terms or only generic ones; it is unrelated when it shares no
    /// non-generic term with the description.
    mutating func checkSubject() {
        guard let rule = rules.subject, let subject else { return }
        let generic = rule.genericWords.terms
        let own = Set(terms.terms(subject)).subtracting(generic)
        if own.isEmpty {
            findings.add(.subjectGeneric, field: rules.subjectField)
        } else if rule.relatedToBody, let body, own.isDisjoint(with: terms.terms(body)) {
            findings.add(.subjectUnrelated, field: rules.subjectField)
        }
    }
}
