/// Fills message templates from the rules in one language.
struct MessageFormatter {
    let rules: IntakeRules
    let language: String

    /// The template for `key` with each `{name}` found in `values` replaced; other braces stay as written.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        let template = rules.messages[key]?[language] ?? ""
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                result += value
                rest = after[after.index(after: close)...]
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
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
