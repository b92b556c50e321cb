/// A plain YAML value, kept for templates and site parameters.
public enum YAMLValue: Hashable, Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case array([YAMLValue])
    case map([String: YAMLValue])
    case null

    /// The value as Foundation-free `Any` for template rendering.
    public var templateValue: Any {
        switch self {
        case .string(let value): return value
        case .int(let value): return value
        case .double(let value): return value
        case .bool(let value): return value
        case .array(let values): return values.map(\.templateValue)
        case .map(let values): return values.mapValues(\.templateValue)
        case .null: return ""
        }
    }

    /// The value written as text, for scalars.
    public var text: String? {
        switch self {
        case .string(let value): return value
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        case .bool(let value): return String(value)
        default: return nil
        }
    }
}
