/// A field value after type checks: trimmed text, file names, or a ticked checkbox. Empty values are absent.
enum FieldValue: Hashable {
    case text(String)
    case files([String])
    case flag(Bool)
}

/// The request's values by field id, with findings for unknown keys and values of the wrong kind.
struct RequestFields {
    private(set) var values: [String: FieldValue] = [:]
    /// Fields whose value had the wrong kind; already reported, so not reported again as missing.
    private(set) var invalid: Set<String> = []
    /// The customer confirmed that the suggested articles did not answer the question.
    private(set) var confirmedDocs = false

    /// Reads every key in code-point order, so findings come out the same in Swift and JavaScript.
    init(_ object: [String: RequestValue], rules: IntakeRules, findings: inout FindingList) {
        for key in object.keys.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }) {
            let raw = object[key] ?? .null
            if key == rules.documentation?.confirmField {
                switch raw {
                case .bool(let value): confirmedDocs = value
                case .null: break
                default: findings.add(.requestWrongType, field: key, ["label": key, "expected": findings.formatter.text(MessageCatalog.Key.expectFlag)])
                }
                continue
            }
            guard let field = rules.field(key) else {
                findings.add(.requestUnknownField, field: key)
                continue
            }
            switch Self.value(raw, type: field.type) {
            case .success(let value?): values[key] = value
            case .success(nil): break
            case .failure(let expected):
                invalid.insert(key)
                findings.add(.requestWrongType, field: key, ["label": findings.label(field), "expected": findings.formatter.text(expected.key)])
            }
        }
    }

    /// The trimmed text of a field, nil when empty or not text.
    func text(_ id: String?) -> String? {
        guard let id, case .text(let value)? = values[id] else { return nil }
        return value
    }

    /// True when every condition holds: the field's text (or "true" for a ticked checkbox) is one of the values.
    func holds(_ conditions: [Condition]) -> Bool {
        conditions.allSatisfy { condition in
            switch values[condition.field] {
            case .text(let value)?: return condition.values.contains(value)
            case .flag(true)?: return condition.values.contains("true")
            default: return false
            }
        }
    }

    /// The kind of value a field expects, named by its message key.
    private struct Expected: Error {
        let key: String
    }

    private static func value(_ raw: RequestValue, type: FieldType) -> Result<FieldValue?, Expected> {
        switch (type, raw) {
        case (_, .null):
            return .success(nil)
        case (.checkbox, .bool(let value)):
            return .success(value ? .flag(true) : nil)
        case (.checkbox, _):
            return .failure(Expected(key: MessageCatalog.Key.expectFlag))
        case (.file, .string(let name)):
            let name = RequestText.trim(name)
            return .success(name.isEmpty ? nil : .files([name]))
        case (.file, .array(let items)):
            var names: [String] = []
            for item in items {
                guard case .string(let name) = item else { return .failure(Expected(key: MessageCatalog.Key.expectFiles)) }
                let trimmed = RequestText.trim(name)
                if !trimmed.isEmpty { names.append(trimmed) }
            }
            return .success(names.isEmpty ? nil : .files(names))
        case (.file, _):
            return .failure(Expected(key: MessageCatalog.Key.expectFiles))
        case (_, .string(let text)):
            let text = RequestText.trim(text)
            return .success(text.isEmpty ? nil : .text(text))
        case (_, .number(let number)) where number.rounded() == number && abs(number) <= 9_007_199_254_740_991:
            return .success(.text(String(Int64(number))))
        default:
            return .failure(Expected(key: MessageCatalog.Key.expectText))
        }
    }
}
