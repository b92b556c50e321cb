/// Encodes template contexts into what swift-mustache looks names up in, once per page: `[String: Any]` for a
/// struct or a dictionary, `[Any]` for a list, and scalars as they are. Strings, string lists and string
/// dictionaries are kept whole, so the engine's transforms see their own types (`sorted(page.tags)`).
///
/// The engine could read structs itself through reflection, but one lookup by name in a dictionary is much
/// cheaper than a `Mirror` per lookup. See `TemplateContext` for the naming and null rules.
enum TemplateEncoder {
    static func encode<Value: Encodable>(_ value: Value) throws -> Any {
        switch value {
        case let text as String: return text
        case let texts as [String]: return texts
        case let table as [String: String]: return table
        case let table as [String: any Encodable]: return try table.mapValues { try encode($0) }
        default:
            let encoding = TemplateEncoding()
            try value.encode(to: encoding)
            return encoding.value
        }
    }
}

/// A value whose container was handed out before it was filled, read when its parent is finished.
protocol TemplatePendingValue: AnyObject {
    var value: Any { get }
}

/// The `Encoder` one value is encoded with: it collects a keyed, an unkeyed or a single value.
final class TemplateEncoding: Encoder, TemplatePendingValue {
    let codingPath: [any CodingKey] = []
    let userInfo: [CodingUserInfoKey: Any] = [:]
    private var object: TemplateObject?
    private var list: TemplateList?
    var single: Any?

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object = self.object ?? TemplateObject()
        self.object = object
        return KeyedEncodingContainer(TemplateKeyedContainer(object: object))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let list = self.list ?? TemplateList()
        self.list = list
        return TemplateUnkeyedContainer(list: list)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        TemplateSingleValueContainer(encoding: self)
    }

    /// What was encoded; null when nothing was.
    var value: Any {
        if let object { return object.value }
        if let list { return list.value }
        return single ?? TemplateNull()
    }
}

/// The members of a struct or dictionary being encoded.
final class TemplateObject: TemplatePendingValue {
    private var members: [String: Any] = [:]
    private var hasPending = false

    func set(_ member: Any, for key: String) {
        members[key] = member
    }

    /// Stores a container or encoder that is filled after this call.
    func setPending(_ member: any TemplatePendingValue, for key: String) {
        hasPending = true
        members[key] = member
    }

    var value: Any {
        guard hasPending else { return members }
        return members.mapValues { ($0 as? TemplatePendingValue)?.value ?? $0 }
    }
}

/// The elements of a list being encoded.
final class TemplateList: TemplatePendingValue {
    private var elements: [Any] = []
    private var hasPending = false

    var count: Int { elements.count }

    func append(_ element: Any) {
        elements.append(element)
    }

    /// Appends a container or encoder that is filled after this call.
    func appendPending(_ element: any TemplatePendingValue) {
        hasPending = true
        elements.append(element)
    }

    var value: Any {
        guard hasPending else { return elements }
        return elements.map { ($0 as? TemplatePendingValue)?.value ?? $0 }
    }
}
