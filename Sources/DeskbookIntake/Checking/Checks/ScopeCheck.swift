/// Topics support does not handle, with where to go instead.
struct ScopeCheck: IntakeCheck {
    let name = "scope"
    let codes: [FindingCode] = [.scopeOutside]

    func check(_ context: inout CheckContext) {
        context.checkScope()
    }
}

extension FindingCode {
    public static let scopeOutside = FindingCode("scope.outside", .warning)
}

private extension CheckContext {
    /// One finding per out-of-scope topic whose words occur in the subject or description, small words
    /// included: "call me" is not any "call".
    mutating func checkScope() {
        for topic in rules.outOfScope where mainTexts.contains(where: { TermIndex.containsAny(topic.words, in: terms.words($0)) }) {
            let pointer = topic.pointer.text(in: language)
            findings.add(.scopeOutside, field: nil, ["pointer": topic.url.map { pointer + " " + $0 } ?? pointer])
        }
    }
}
