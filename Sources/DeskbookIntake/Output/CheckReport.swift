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
    public var fields: [FieldSchema]

    /// The report of `result`, the check of `request` (nil when it could not be read) in `language`.
    public init(result: CheckResult, request: RequestValue?, language: String?, rules: IntakeRules) {
        let resolved = rules.resolvedLanguage(language)
        self.result = result
        self.language = resolved
        values = request.map { RequestFields.normalised($0, rules: rules, language: resolved) } ?? [:]
        fields = rules.fields.map { FieldSchema($0, language: resolved, limits: rules.limits) }
    }

    private enum CodingKeys: String, CodingKey {
        case language, values, fields
    }

    public func encode(to encoder: Encoder) throws {
        try result.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(language, forKey: .language)
        try container.encode(values, forKey: .values)
        try container.encode(fields, forKey: .fields)
    }

    /// Pretty JSON with sorted keys, as `deskbook check --json` prints it.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
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
        let fields = RequestFields(object, rules: rules, findings: &findings)
        var values = fields.values.mapValues { value -> RequestValue in
            switch value {
            case .text(let text): .string(text)
            case .files(let names): .array(names.map(RequestValue.string))
            case .flag(let flag): .bool(flag)
            }
        }
        if fields.confirmedDocs, let confirm = rules.documentation?.confirmField { values[confirm] = .bool(true) }
        return values
    }
}

extension IntakeChecker {
    /// The report of a check of a request file's bytes, `result` being that check.
    public func report(of result: CheckResult, data: Data, language: String?) -> CheckReport {
        let request = try? RequestReader.read(data, limit: rules.limits.requestBytes).get()
        return CheckReport(result: result, request: request, language: language, rules: rules)
    }
}
