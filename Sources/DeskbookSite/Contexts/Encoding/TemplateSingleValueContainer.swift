/// Encodes a value that is neither a struct nor a list (a number, a text, a wrapper such as `ParamValue`).
struct TemplateSingleValueContainer: SingleValueEncodingContainer {
    let encoding: TemplateEncoding
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { encoding.single = TemplateNull() }
    mutating func encode(_ value: Bool) { encoding.single = value }
    mutating func encode(_ value: String) { encoding.single = value }
    mutating func encode(_ value: Double) { encoding.single = value }
    mutating func encode(_ value: Float) { encoding.single = value }
    mutating func encode(_ value: Int) { encoding.single = value }
    mutating func encode(_ value: Int8) { encoding.single = value }
    mutating func encode(_ value: Int16) { encoding.single = value }
    mutating func encode(_ value: Int32) { encoding.single = value }
    mutating func encode(_ value: Int64) { encoding.single = value }
    mutating func encode(_ value: UInt) { encoding.single = value }
    mutating func encode(_ value: UInt8) { encoding.single = value }
    mutating func encode(_ value: UInt16) { encoding.single = value }
    mutating func encode(_ value: UInt32) { encoding.single = value }
    mutating func encode(_ value: UInt64) { encoding.single = value }
    mutating func encode<T: Encodable>(_ value: T) throws { encoding.single = try TemplateEncoder.encode(value) }
}
