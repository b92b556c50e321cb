import Foundation

/// The JSON of `deskbook check --json`: the result's own keys (`ready`, `findings`, `suggestions`, `route`,
/// `expected_response`), then what a program that fills requests in from elsewhere (an email gateway) needs to
/// map its input onto the form: the request's `language`, its normalised field `values`, and the form's `fields`.
public struct CheckReport: Sendable, Encodable {
    public var result: CheckResult
    /// The language the request was checked in (a site language).
    public var language: String
    /// The request's values as the checker read them: trimmed texts, file names, ticked checkboxes (`true`);
    /// empty values, unknown keys and values of the wrong kind are left out.
    public var values: [String: RequestValue]
    /// The form's fields in intake.yml's order.
    public let fields: [FieldSchema]

    /// `fields` as JSON one level in, when a checker kept it from an earlier report (`FormDescriptions`).
    private var renderedFields: String?

    /// The report of `result`, the check of `request` (nil when it could not be read) in `language`.
    public init(result: CheckResult, request: RequestValue?, language: String?, rules: IntakeRules) {
        let resolved = rules.resolvedLanguage(language)
        self.result = result
        self.language = resolved
        values = request.map { RequestFields.normalised($0, rules: rules, language: resolved) } ?? [:]
        fields = FormDescriptions.describe(rules, in: resolved)
    }

    /// The report of a check that read `request` in `language` (resolved), with the form a checker keeps.
    init(result: CheckResult, request: RequestFields?, language: String, rules: IntakeRules, form: FormDescriptions.Form) {
        self.result = result
        self.language = language
        values = request.map { $0.normalised(rules: rules) } ?? [:]
        fields = form.fields
        renderedFields = form.json
    }

    private enum CodingKeys: String, CodingKey {
        case language, values, fields
    }

    public func encode(to encoder: Encoder) throws {
        try WithoutFields(report: self).encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(fields, forKey: .fields)
    }

    /// Pretty JSON with sorted keys, as `deskbook check --json` prints it, and as `JSONEncoder` would write the
    /// whole report. The encoder writes all but the fields, whose JSON goes in before `findings` (its place in key
    /// order): a line break and two spaces before a quote only start a key of the outer object, since line
    /// breaks inside strings are escaped and inner keys are indented further.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard var data = try? encoder.encode(WithoutFields(report: self)),
              let findings = Self.offset(of: "\n  \"findings\" : ", in: data) else { return "{}" }
        let fields = renderedFields ?? FormDescriptions.render(self.fields)
        data.insert(contentsOf: Data(("\n  \"fields\" : " + fields + ",").utf8), at: data.startIndex + findings)
        return String(decoding: data, as: UTF8.self)
    }

    /// Where `text` first starts in `data`, in bytes from its start: a plain scan of the bytes, as the generic
    /// search of `Data` took as long as encoding the rest of the report.
    private static func offset(of text: String, in data: Data) -> Int? {
        let needle = Array(text.utf8)
        return data.withUnsafeBytes { haystack -> Int? in
            guard let first = needle.first, haystack.count >= needle.count else { return nil }
            for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                if memcmp(haystack.baseAddress! + start, needle, needle.count) == 0 { return start }
            }
            return nil
        }
    }

    /// The report's keys but `fields`.
    private struct WithoutFields: Encodable {
        let report: CheckReport

        func encode(to encoder: Encoder) throws {
            try report.result.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(report.language, forKey: .language)
            try container.encode(report.values, forKey: .values)
        }
    }
}

/// One field of the request form as `deskbook check --json` describes it, labels in the request's language.
public struct FieldSchema: Sendable, Hashable, Encodable {
    public struct Option: Sendable, Hashable, Encodable {
        public var value: String
        public var label: String
    }

    /// The limits a value must keep: characters for text, files and bytes per file for attachments.
    public struct Bounds: Sendable, Hashable, Encodable {
        public var minLength: Int?
        public var maxLength: Int?
        public var attachments: Int?
        public var attachmentBytes: Int?

        private enum CodingKeys: String, CodingKey {
            case minLength = "min_length", maxLength = "max_length", attachments, attachmentBytes = "attachment_bytes"
        }
    }

    public var id: String
    public var label: String
    public var type: String
    public var required: Bool
    /// The conditions that make the field required, `{field, values}` each.
    public var requiredWhen: [Condition]
    public var options: [Option]
    /// The regular expression the whole value must match, if any.
    public var pattern: String?
    /// File extensions a `file` field accepts; empty for any.
    public var accept: [String]
    public var limits: Bounds

    init(_ field: FieldRule, language: String, limits: Limits) {
        id = field.id
        label = field.label.text(in: language)
        type = field.type.rawValue
        required = field.required
        requiredWhen = field.requiredWhen
        options = field.options.map { Option(value: $0.value, label: $0.label.text(in: language)) }
        pattern = field.pattern
        accept = field.accept
        self.limits = field.type == .file
            ? Bounds(attachments: limits.attachments, attachmentBytes: limits.attachmentBytes)
            : field.type == .checkbox || field.type == .select ? Bounds() : Bounds(minLength: field.minLength, maxLength: field.maxLength)
    }

    private enum CodingKeys: String, CodingKey {
        case id, label, type, required, options, pattern, accept, limits
        case requiredWhen = "required_when"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(label, forKey: .label)
        try container.encode(type, forKey: .type)
        try container.encode(required, forKey: .required)
        try container.encode(requiredWhen, forKey: .requiredWhen)
        try container.encode(options, forKey: .options)
        try container.encode(pattern, forKey: .pattern)
        try container.encode(accept, forKey: .accept)
        try container.encode(limits, forKey: .limits)
    }
}

extension RequestFields {
    /// The values of `request` as the checker reads them, as JSON values (see `CheckReport.values`).
    static func normalised(_ request: RequestValue, rules: IntakeRules, language: String) -> [String: RequestValue] {
        guard case .object(let object) = request else { return [:] }
        var findings = FindingList(rules: rules, language: language)
        return RequestFields(object, rules: rules, findings: &findings).normalised(rules: rules)
    }

    /// These values as JSON values (see `CheckReport.values`).
    func normalised(rules: IntakeRules) -> [String: RequestValue] {
        var values = self.values.mapValues { value -> RequestValue in
            switch value {
            case .text(let text): .string(text)
            case .files(let names): .array(names.map(RequestValue.string))
            case .flag(let flag): .bool(flag)
            }
        }
        if confirmedDocs, let confirm = rules.documentation?.confirmField { values[confirm] = .bool(true) }
        return values
    }
}

extension IntakeChecker {
    /// The report of a check of a request file's bytes, `result` being that check.
    public func report(of result: CheckResult, data: Data, language: String?) -> CheckReport {
        CheckReport(result: result, request: try? RequestReader.read(data, limit: rules.limits.requestBytes).get(), language: language, rules: rules)
    }

    /// Checks a request file's bytes and reports on it, reading them once and describing the form once per
    /// language for all the reports of this checker.
    public func checkReport(data: Data, language: String?, at date: Date) -> CheckReport {
        let (result, fields) = checkRead(data: data, language: language, at: date)
        let resolved = rules.resolvedLanguage(language)
        return CheckReport(result: result, request: fields, language: resolved, rules: rules, form: forms.form(in: resolved))
    }
}
