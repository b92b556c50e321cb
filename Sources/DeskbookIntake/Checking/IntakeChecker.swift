import Foundation

/// Checks requests against intake rules. Pure: the same rules, request, language, time and suggestions always
/// give the same result, in Swift and in checker.js.
public struct IntakeChecker: Sendable {
    public let rules: IntakeRules
    public var suggester: (any ArticleSuggester)?
    /// The form's fields of reports, described once per language (`checkReport`).
    let forms: FormDescriptions

    public init(rules: IntakeRules, suggester: (any ArticleSuggester)? = nil) {
        self.rules = rules
        self.suggester = suggester
        forms = FormDescriptions(rules: rules)
    }

    /// Checks a request file's bytes: size, encoding and syntax first, then the request itself.
    public func check(data: Data, language: String?, at date: Date) -> CheckResult {
        checkRead(data: data, language: language, at: date).result
    }

    /// The check of a request file's bytes, and the request's fields as the check read them (nil when the bytes
    /// could not be read as an object).
    func checkRead(data: Data, language: String?, at date: Date) -> (result: CheckResult, fields: RequestFields?) {
        switch RequestReader.read(data, limit: rules.limits.requestBytes) {
        case .success(let value):
            return checkFields(value, language: language, at: date)
        case .failure(let problem):
            var findings = FindingList(rules: rules, language: rules.resolvedLanguage(language))
            findings.add(problem.code, field: nil, problem.values)
            return (CheckResult(findings: findings.findings), nil)
        }
    }

    /// Checks a decoded request sent at `date`, answering in `language` (the default language when unsupported).
    public func check(_ request: RequestValue, language: String?, at date: Date) -> CheckResult {
        checkFields(request, language: language, at: date).result
    }

    /// The check of a decoded request, and its fields as the check read them (nil when it is not an object).
    func checkFields(_ request: RequestValue, language: String?, at date: Date) -> (result: CheckResult, fields: RequestFields?) {
        let language = rules.resolvedLanguage(language)
        var findings = FindingList(rules: rules, language: language)
        guard case .object(let object) = request else {
            findings.add(.requestNotObject, field: nil)
            return (CheckResult(findings: findings.findings), nil)
        }
        let fields = RequestFields(object, rules: rules, findings: &findings)
        guard !fields.values.isEmpty else {
            findings.add(.requestEmpty, field: nil)
            return (CheckResult(findings: findings.findings), fields)
        }
        var context = CheckContext(rules: rules, language: language, fields: fields, findings: findings, suggester: suggester)
        for check in IntakeChecks.all {
            check.check(&context)
        }
        let result = CheckResult(
            findings: context.findings.findings,
            suggestions: context.suggestions,
            route: context.route(),
            expectedResponse: context.expectedResponse(sentAt: Int(floor(date.timeIntervalSince1970)))
        )
        return (result, fields)
    }
}
