/// The state one check shares between its rules: the rules, the typed fields, analysed terms and findings.
struct CheckContext {
    let rules: IntakeRules
    let language: String
    let fields: RequestFields
    let terms: TermIndex
    var findings: FindingList
    /// Fields over their length limit; the language rules skip them.
    var oversized: Set<String> = []

    init(rules: IntakeRules, language: String, fields: RequestFields, findings: FindingList) {
        self.rules = rules
        self.language = language
        self.fields = fields
        self.findings = findings
        terms = TermIndex(language: language)
    }

    /// A field's text for the language rules: nil when empty, not text, or oversized.
    func readable(_ id: String?) -> String? {
        guard let id, !oversized.contains(id) else { return nil }
        return fields.text(id)
    }

    var subject: String? { readable(rules.subjectField) }
    var body: String? { readable(rules.bodyField) }
    /// Subject and description, the texts most rules read.
    var mainTexts: [String] { [subject, body].compactMap { $0 } }
}
