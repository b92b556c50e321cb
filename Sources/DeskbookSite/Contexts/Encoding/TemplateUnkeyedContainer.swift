/// Encodes the elements of a list; a missing element is null.
struct TemplateUnkeyedContainer: UnkeyedEncodingContainer {
    let list: TemplateList
    var codingPath: [any CodingKey] { [] }
    var count: Int { list.count }

    mutating func encodeNil() { list.append(TemplateNull()) }
    mutating func encode(_ value: Bool) { list.append(value) }
    mutating func encode(_ value: String) { list.append(value) }
    mutating func encode(_ value: Double) { list.append(value) }
    mutating func encode(_ value: Float) { list.append(value) }
    mutating func encode(_ value: Int) { list.append(value) }
    mutating func encode(_ value: Int8) { list.append(value) }
    mutating func encode(_ value: Int16) { list.append(value) }
    mutating func encode(_ value: Int32) { list.append(value) }
    mutating func encode(_ value: Int64) { list.append(value) }
    mutating func encode(_ value: UInt) { list.append(value) }
    mutating func encode(_ value: UInt8) { list.append(value) }
    mutating func encode(_ value: UInt16) { list.append(value) }
    mutating func encode(_ value: UInt32) { list.append(value) }
    mutating func encode(_ value: UInt64) { list.append(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { list.append(try TemplateEncoder.encode(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = TemplateObject()
        list.appendPending(nested)
        return KeyedEncodingContainer(TemplateKeyedContainer<NestedKey>(object: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = TemplateList()
        list.appendPending(nested)
        return TemplateUnkeyedContainer(list: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let encoding = TemplateEncoding()
        list.appendPending(encoding)
        return encoding
    }
}
