/// Follow-ups keep the earlier ticket number in the subject.
struct FollowUpCheck: IntakeCheck {
    let name = "follow-up"
    let codes: [FindingCode] = [.followUpTicketMissing, .followUpNumberHint]

    func check(_ context: inout CheckContext) {
        context.checkFollowUp()
    }
}

extension FindingCode {
    public static let followUpTicketMissing = FindingCode("followup.ticket-missing")
    public static let followUpNumberHint = FindingCode("followup.number-hint", .warning)
}

private extension CheckContext {
    /// A follow-up (by its `when` conditions) needs the ticket number in the subject; any other request that
    /// mentions an earlier one without the number in the subject gets a hint. An oversized subject is already an
    /// error and is not searched: no pattern runs on text over its field's length limit.
    mutating func checkFollowUp() {
        guard let rule = rules.followUp else { return }
        if let id = rules.subjectField, oversized.contains(id) { return }
        if FieldFormat.contains(subject ?? "", pattern: rule.ticketPattern) { return }
        if isFollowUp {
            findings.add(.followUpTicketMissing, field: rules.subjectField, ["example": rule.example])
        } else if terms.matches(rule.mentions, in: mainTexts) {
            findings.add(.followUpNumberHint, field: rules.subjectField, ["example": rule.example])
        }
    }
}

extension CheckContext {
    /// Whether the request continues an open one: its values meet `follow_up.when`.
    var isFollowUp: Bool {
        guard let rule = rules.followUp, !rule.when.isEmpty else { return false }
        return fields.holds(rule.when)
    }
}
