import DeskbookCore

/// Fills message templates from the rules in one language.
struct MessageFormatter {
    let rules: IntakeRules
    let language: String

    /// The template for `key` with each `{name}` found in `values` replaced; other braces stay as written.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        Placeholders.fill(rules.messages[key]?[language] ?? "", values)
    }
}

/// Collects findings in the order the checks run, with severity and message from the rules.
struct FindingList {
    let formatter: MessageFormatter
    private(set) var findings: [Finding] = []

    init(rules: IntakeRules, language: String) {
        formatter = MessageFormatter(rules: rules, language: language)
    }

    mutating func add(_ code: FindingCode, field: String?, _ values: [String: String] = [:]) {
        let severity = formatter.rules.severities[code.rawValue] ?? code.defaultSeverity
        findings.append(Finding(severity: severity, code: code.rawValue, field: field, message: formatter.text(code.rawValue, values)))
    }

    /// The label of a field in the request's language.
    func label(_ field: FieldRule) -> String {
        field.label.text(in: formatter.language)
    }
}
