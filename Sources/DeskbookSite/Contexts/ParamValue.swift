import DeskbookCore

/// A value of `params` in deskbook.yml or of a page's own front matter keys, as written: a text, a number,
/// `true`/`false`, a list or a map (whose keys stay as written); an empty YAML value is an empty text.
struct ParamValue: Encodable, Hashable, Sendable {
    var yaml: YAMLValue

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch yaml {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let values): try container.encode(values.map(ParamValue.init))
        case .map(let values): try container.encode(values.mapValues(ParamValue.init))
        case .null: try container.encode("")
        }
    }

    /// Every value of a YAML map.
    static func map(_ values: [String: YAMLValue]) -> [String: ParamValue] {
        values.mapValues(ParamValue.init)
    }
}
