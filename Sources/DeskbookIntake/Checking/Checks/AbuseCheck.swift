/// Offensive words in any inflected form.
struct AbuseCheck: IntakeCheck {
    let name = "abuse"
    let codes: [FindingCode] = [.languageAbusive]

    func check(_ context: inout CheckContext) {
        context.checkAbuse()
    }
}

extension FindingCode {
    public static let languageAbusive = FindingCode("language.abusive")
}

private extension CheckContext {
    /// One finding per free-text field containing an offensive word in any inflected form.
    mutating func checkAbuse() {
        guard let words = rules.abuse else { return }
        for field in rules.fields where field.type.isFreeText {
            if let text = readable(field.id), terms.matches(words, in: [text]) {
                findings.add(.languageAbusive, field: field.id)
            }
        }
    }
}
