/// `require_one_of`: at least one field of each group has a value.
struct RequiredGroupsCheck: IntakeCheck {
    let name = "required-groups"
    let codes: [FindingCode] = [.fieldOneOfRequired]

    func check(_ context: inout CheckContext) {
        context.checkRequiredGroups()
    }
}

extension FindingCode {
    public static let fieldOneOfRequired = FindingCode("field.one-of-required")
}

private extension CheckContext {
    /// One finding per `require_one_of` group none of whose fields has a value (or a value that could not be
    /// read, which has its own finding), at the group's first field.
    mutating func checkRequiredGroups() {
        for group in rules.requireOneOf {
            guard !group.contains(where: { fields.values[$0] != nil || fields.invalid.contains($0) }) else { continue }
            let labels = group.compactMap(rules.field).map(findings.label)
            findings.add(.fieldOneOfRequired, field: group[0], ["labels": labels.joined(separator: ", ")])
        }
    }
}
