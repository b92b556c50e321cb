/// One opening or closing HTML tag read from raw HTML, by CommonMark's definition of a tag.
struct HTMLTag {
    struct Attribute {
        /// Lowercased.
        var name: String
        /// The value as written, without its quotes; nil for a bare attribute such as `open`.
        var value: String?
    }

    /// Lowercased.
    var name: String
    var isClosing: Bool
    var attributes: [Attribute]
    /// The tag as written.
    var source: String
    /// The byte offset just after the tag.
    var end: Int

    /// Whether the tag may stay markup: an allowlisted tag (its attributes are filtered in `markup`).
    var isAllowed: Bool { HTMLAllowlist.tags[name] != nil }

    /// The tag as published: as written when nothing had to be dropped or rewritten, otherwise rebuilt from its
    /// allowed attributes, with addresses decoded, checked and escaped again.
    var markup: [UInt8] {
        if isClosing { return Array("</\(name)>".utf8) }
        var rewritten = false
        var text = "<" + name
        for attribute in attributes {
            guard HTMLAllowlist.allows(attribute.name, on: name) else {
                rewritten = true
                continue
            }
            guard let value = attribute.value else {
                text += " " + attribute.name
                continue
            }
            if HTMLAllowlist.urlAttributes.contains(attribute.name) {
                let address = CharacterReferences.decode(value)
                guard SafeURL.isAllowed(address) else {
                    rewritten = true
                    continue
                }
                if address != value { rewritten = true }
                text += " \(attribute.name)=\"\(HTMLEscape.attribute(address))\""
            } else {
                text += " \(attribute.name)=\"\(Self.escapingQuotesAndBrackets(value))\""
            }
        }
        if !rewritten { return Array(source.utf8) }
        return Array((text + (source.hasSuffix("/>") ? " />" : ">")).utf8)
    }

    /// A value kept with its character references, made safe inside double quotes.
    private static func escapingQuotesAndBrackets(_ value: String) -> String {
        value.replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Where the last `"` and `'` of the text are: no quoted value opens after them.
    struct LastQuotes {
        var double: Int
        var single: Int
    }

    /// Reads the tag starting at the `<` at `start`, or nil when the text there is not a well-formed tag.
    static func parse(_ bytes: [UInt8], at start: Int, lastQuotes: LastQuotes) -> HTMLTag? {
        var reader = Reader(bytes: bytes, index: start + 1, lastQuotes: lastQuotes)
        let isClosing = reader.take(UInt8(ascii: "/"))
        guard let name = reader.name(first: isLetter, rest: { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") }) else { return nil }
        var attributes: [Attribute] = []
        if isClosing {
            reader.skipWhitespace()
        } else {
            while true {
                let spaced = reader.skipWhitespace()
                guard spaced, let attributeName = reader.name(
                    first: { isLetter($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ":") },
                    rest: { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "-") }
                ) else { break }
                var value: String? = nil
                let beforeEquals = reader.index
                reader.skipWhitespace()
                if reader.take(UInt8(ascii: "=")) {
                    reader.skipWhitespace()
                    guard let read = reader.attributeValue() else { return nil }
                    value = read
                } else {
                    reader.index = beforeEquals
                }
                attributes.append(Attribute(name: attributeName.lowercased(), value: value))
            }
            _ = reader.take(UInt8(ascii: "/"))
        }
        guard reader.take(UInt8(ascii: ">")) else { return nil }
        let source = String(decoding: bytes[start..<reader.index], as: UTF8.self)
        return HTMLTag(name: name.lowercased(), isClosing: isClosing, attributes: attributes, source: source, end: reader.index)
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// Space, tab, line feed, form feed or carriage return.
    fileprivate static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    /// A character an unquoted attribute value cannot hold: a quote, `=`, `<`, `>` or a backquote.
    fileprivate static func endsUnquotedValue(_ byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0x27 || byte == 0x3D || byte == 0x3C || byte == 0x3E || byte == 0x60
    }

    /// A cursor over the bytes of a tag.
    private struct Reader {
        let bytes: [UInt8]
        var index: Int
        let lastQuotes: LastQuotes

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// Skips spaces, tabs and line breaks; true when there were any.
        @discardableResult
        mutating func skipWhitespace() -> Bool {
            let start = index
            while index < bytes.count, HTMLTag.isWhitespace(bytes[index]) { index += 1 }
            return index > start
        }

        mutating func name(first: (UInt8) -> Bool, rest: (UInt8) -> Bool) -> String? {
            guard index < bytes.count, first(bytes[index]) else { return nil }
            let start = index
            index += 1
            while index < bytes.count, rest(bytes[index]) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        /// A quoted value without its quotes, or an unquoted one (no spaces, quotes, `=`, `<`, `>` or backquotes).
        mutating func attributeValue() -> String? {
            guard index < bytes.count else { return nil }
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                guard index < (quote == UInt8(ascii: "'") ? lastQuotes.single : lastQuotes.double),
                      let close = bytes[(index + 1)...].firstIndex(of: quote) else { return nil }
                let value = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                index = close + 1
                return value
            }
            let start = index
            while index < bytes.count, !HTMLTag.isWhitespace(bytes[index]), !HTMLTag.endsUnquotedValue(bytes[index]) { index += 1 }
            return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
        }
    }
}
