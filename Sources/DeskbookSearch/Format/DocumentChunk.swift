import Foundation

/// What a result shows, as stored in chunk files: a JSON array of rows [url, title, kind, excerpt].
struct DocumentRow: Sendable, Equatable {
    var url: String
    var title: String
    var kind: String
    /// Plain text that the excerpt shown is taken from (`ExcerptMarkup`), cut by `ExcerptText`.
    var excerpt: String
}

/// Encodes and decodes chunk files.
enum DocumentChunk {
    static func encode(_ rows: [DocumentRow]) -> [UInt8] {
        var json: [UInt8] = [UInt8(ascii: "[")]
        for (index, row) in rows.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json.append(UInt8(ascii: "["))
            for (position, field) in [row.url, row.title, row.kind, row.excerpt].enumerated() {
                if position > 0 { json.append(UInt8(ascii: ",")) }
                appendString(field, to: &json)
            }
            json.append(UInt8(ascii: "]"))
        }
        json.append(UInt8(ascii: "]"))
        return json
    }

    static func decode(_ data: Data, file: String) throws -> [DocumentRow] {
        guard let rows = try? JSONSerialization.jsonObject(with: data) as? [[String]],
              rows.allSatisfy({ $0.count == 4 })
        else { throw SearchIndexError.corrupt(file) }
        return rows.map { DocumentRow(url: $0[0], title: $0[1], kind: $0[2], excerpt: $0[3]) }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8, copied a run
    /// of bytes at a time.
    private static func appendString(_ string: String, to json: inout [UInt8]) {
        json.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                json.append(contentsOf: bytes[start..<index])
                if byte < 0x20 {
                    json += Array("\\u00".utf8) + [hexDigit(byte >> 4), hexDigit(byte & 0xF)]
                } else {
                    json += [UInt8(ascii: "\\"), byte]
                }
                start = index + 1
            }
            json.append(contentsOf: bytes[start...])
        }
        json.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
