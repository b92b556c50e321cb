/// What kind of value a form field takes, which decides its input control and its built-in format check.
public enum FieldType: String, Sendable, Hashable, Codable, CaseIterable {
    case text, textarea, email, phone, version, ticket, select, file, checkbox

    /// The built-in pattern and example for types with a fixed format.
    var builtInFormat: (pattern: String, example: String)? {
        switch self {
        case .email: return (EmailPattern.excluding(#"\s@"#), "name@example.com")
        case .phone: return (#"\+?[0-9][0-9 ()-]{5,18}[0-9]"#, "+7 495 123-45-67")
        case .version: return (#"[0-9]+(\.[0-9]+){1,3}"#, "2.4.1")
        case .ticket: return (#"#?[0-9]{3,}"#, "12345")
        default: return nil
        }
    }

    /// True for types whose value is free text that the language rules read.
    var isFreeText: Bool { self == .text || self == .textarea }
}

/// One choice of a `select` field.
public struct FieldOption: Sendable, Hashable, Codable {
    public var value: String
    public var label: LocalizedText

    public init(value: String, label: LocalizedText) {
        self.value = value
        self.label = label
    }
}

/// A test on another field's value: it holds when that field's value is one of `values`
/// (`"true"` for a ticked checkbox).
public struct Condition: Sendable, Hashable, Codable {
    public var field: String
    public var values: [String]

    public init(field: String, values: [String]) {
        self.field = field
        self.values = values
    }
}

/// One field of the request form and the checks on its value.
public struct FieldRule: Sendable, Hashable, Codable {
    public var id: String
    public var label: LocalizedText
    public var type: FieldType
    public var required: Bool
    /// Makes the field required when all conditions hold (`required_when: {category: software-error}`).
    public var requiredWhen: [Condition]
    public var minLength: Int?
    /// The limit in characters (Unicode scalars); the site-wide `limits.field_length` when not set.
    public var maxLength: Int
    /// A regular expression the whole value must match; set from the type for email, phone, version and ticket.
    public var pattern: String?
    /// A valid value shown in the format message.
    public var example: String?
    public var options: [FieldOption]
    /// Allowed file extensions for `file` fields, lowercase with the dot (".log"); empty allows any.
    public var accept: [String]

    private enum CodingKeys: String, CodingKey {
        case id, label, type, required, pattern, example, options, accept
        case requiredWhen = "required_when"
        case minLength = "min_length"
        case maxLength = "max_length"
    }

    public init(
        id: String, label: LocalizedText, type: FieldType, required: Bool = false, requiredWhen: [Condition] = [],
        minLength: Int? = nil, maxLength: Int, pattern: String? = nil, example: String? = nil,
        options: [FieldOption] = [], accept: [String] = []
    ) {
        self.id = id
        self.label = label
        self.type = type
        self.required = required
        self.requiredWhen = requiredWhen
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
        self.example = example
        self.options = options
        self.accept = accept
    }
}
