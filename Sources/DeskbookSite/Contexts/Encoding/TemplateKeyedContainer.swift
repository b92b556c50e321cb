/// Encodes the fields of a context under their template names (`TemplateKeyName`); a missing value is null.
struct TemplateKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: TemplateObject
    var codingPath: [any CodingKey] { [] }

    private func name(_ key: Key) -> String { TemplateKeyName.snakeCase(key.stringValue) }

    private func store(_ value: Any?, _ key: Key) { object.set(value ?? TemplateNull(), for: name(key)) }

    mutating func encodeNil(forKey key: Key) { store(nil, key) }
    mutating func encode(_ value: Bool, forKey key: Key) { store(value, key) }
    mutating func encode(_ value: String, forKey key: Key) { store(value, key) }
    mutating func encode(_ value: Double, forKey key: Key) { store(value, key) }
    mutating func encode(_ value: Float, forKey key: Key) { store(value, key) }
    mutating func encode(_ value: Int, forKey key: Key) { store(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) { store(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) { store(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) { store(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) { store(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) { store(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) { store(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) { store(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) { store(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) { store(value, key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { store(try TemplateEncoder.encode(value), key) }

    // Synthesized `encode(to:)` writes optionals with these; the default ones would leave nil out, and a left-out
    // name is looked up in the outer scopes of the template.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) { store(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) { store(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) { store(value, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) { store(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) { store(value, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) { store(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) { store(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) { store(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) { store(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) { store(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) { store(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) { store(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) { store(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) { store(value, key) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        store(try value.map { try TemplateEncoder.encode($0) }, key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = TemplateObject()
        object.setPending(nested, for: name(key))
        return KeyedEncodingContainer(TemplateKeyedContainer<NestedKey>(object: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = TemplateList()
        object.setPending(nested, for: name(key))
        return TemplateUnkeyedContainer(list: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let encoding = TemplateEncoding()
        object.setPending(encoding, for: "super")
        return encoding
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let encoding = TemplateEncoding()
        object.setPending(encoding, for: name(key))
        return encoding
    }
}
