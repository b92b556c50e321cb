import Foundation

/// A `multipart/form-data` body (RFC 7578) split into its parts, strictly: a malformed body is an error,
/// never a guess.
struct MultipartForm {
    struct Part {
        var name: String
        var fileName: String?
        var contentType: String?
        var content: Data
    }

    struct Malformed: Error {
        var reason: String
    }

    var parts: [Part]

    /// The boundary parameter of a `multipart/form-data` content type, nil for any other type.
    static func boundary(of contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") && pair[1].count >= 2 ? String(pair[1].dropFirst().dropLast()) : pair[1]
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    init(body: Data, boundary: String, maxParts: Int) throws(Malformed) {
        let bytes = [UInt8](body)
        let delimiter = Array("--\(boundary)".utf8)
        guard var position = Self.find(delimiter, in: bytes, from: 0) else { throw Malformed(reason: "the multipart boundary never appears") }
        let crlf: [UInt8] = [13, 10]
        parts = []
        while true {
            position += delimiter.count
            if bytes[position...].starts(with: [45, 45]) { break } // "--": the closing delimiter
            guard bytes[position...].starts(with: crlf) else { throw Malformed(reason: "a boundary line does not end with CRLF") }
            position += 2
            guard let headerEnd = Self.find([13, 10, 13, 10], in: bytes, from: position) else { throw Malformed(reason: "a part has no end of headers") }
            let headers = try Self.headers(Array(bytes[position..<headerEnd]))
            let contentStart = headerEnd + 4
            guard let next = Self.find(crlf + delimiter, in: bytes, from: contentStart) else { throw Malformed(reason: "the body ends before its closing boundary") }
            guard parts.count < maxParts else { throw Malformed(reason: "the body has more than \(maxParts) parts") }
            parts.append(Part(name: headers.name, fileName: headers.fileName, contentType: headers.contentType, content: Data(bytes[contentStart..<next])))
            position = next + 2
        }
    }

    /// Reads a part's `Content-Disposition` and `Content-Type`.
    private static func headers(_ bytes: [UInt8]) throws(Malformed) -> (name: String, fileName: String?, contentType: String?) {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw Malformed(reason: "part headers are not UTF-8") }
        var name: String?
        var fileName: String?
        var contentType: String?
        for line in text.components(separatedBy: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { throw Malformed(reason: "a part header is not 'Name: value'") }
            switch pair[0].lowercased() {
            case "content-disposition":
                let parameters = Self.parameters(pair[1])
                guard parameters.type == "form-data", let partName = parameters.values["name"] else {
                    throw Malformed(reason: "a part's Content-Disposition is not form-data with a name")
                }
                name = partName
                fileName = parameters.values["filename"]
            case "content-type":
                contentType = pair[1]
            default:
                continue
            }
        }
        guard let name else { throw Malformed(reason: "a part has no Content-Disposition") }
        return (name, fileName, contentType)
    }

    /// `form-data; name="x"; filename="y"` as its type and parameters (quoted values unescaped).
    private static func parameters(_ value: String) -> (type: String, values: [String: String]) {
        var values: [String: String] = [:]
        var scalars = Substring(value)
        let type = scalars.prefix { $0 != ";" }.trimmingCharacters(in: .whitespaces).lowercased()
        scalars = scalars.drop { $0 != ";" }
        while scalars.first == ";" {
            scalars = scalars.dropFirst().drop { $0 == " " || $0 == "\t" }
            let key = scalars.prefix { $0 != "=" && $0 != ";" }.trimmingCharacters(in: .whitespaces).lowercased()
            scalars = scalars.dropFirst(key.count).drop { $0 == " " }
            guard scalars.first == "=" else { continue }
            scalars = scalars.dropFirst()
            var parameter = ""
            if scalars.first == "\"" {
                scalars = scalars.dropFirst()
                while let character = scalars.first, character != "\"" {
                    scalars = scalars.dropFirst()
                    if character == "\\", let escaped = scalars.first {
                        parameter.append(escaped)
                        scalars = scalars.dropFirst()
                    } else {
                        parameter.append(character)
                    }
                }
                scalars = scalars.dropFirst().drop { $0 != ";" }
            } else {
                parameter = scalars.prefix { $0 != ";" }.trimmingCharacters(in: .whitespaces)
                scalars = scalars.drop { $0 != ";" }
            }
            if values[key] == nil { values[key] = parameter }
        }
        return (type, values)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        let first = needle[0]
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
