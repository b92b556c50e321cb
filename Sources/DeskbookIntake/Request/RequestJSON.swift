/// Reads a request's JSON text strictly, by RFC 8259, where other readers guess. checker.js has the twin
/// (`readRequestJSON`), so both checkers accept and refuse the same texts:
/// - an object that names a key twice is refused: back ends disagree on which value wins (most keep the last,
///   some the first), so a clean first `subject` could hide the one the back end reads. Keys that are the same
///   text in Unicode's canonical equivalence ("é" written precomposed or as e + U+0301) are the same key;
/// - a number is read as the nearest double: `1e400` is a valid number (infinity), not a syntax error;
/// - a string must be valid Unicode: an escaped surrogate without its pair (`"\ud800"`) is refused, as is a raw
///   control character (RFC 8259 requires them escaped);
/// - objects and arrays nest at most `maxDepth` deep, so a hostile request cannot exhaust the stack.
struct RequestJSON {
    /// The deepest nesting read; a request is an object of values and lists, two levels.
    static let maxDepth = 64

    /// Why the text is not a request JSON value.
    struct Invalid: Error {}

    private let bytes: [UInt8]
    private var index = 0

    private init(_ text: Substring) {
        bytes = Array(text.utf8)
    }

    /// The value of `text`, which must be one JSON value with nothing but white space around it.
    static func parse(_ text: Substring) throws(Invalid) -> RequestValue {
        var reader = RequestJSON(text)
        reader.skipSpace()
        let value = try reader.value(depth: 1)
        reader.skipSpace()
        guard reader.index == reader.bytes.count else { throw Invalid() }
        return value
    }

    private mutating func value(depth: Int) throws(Invalid) -> RequestValue {
        switch peek() {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try number())
        }
    }

    private mutating func object(depth: Int) throws(Invalid) -> RequestValue {
        guard depth <= Self.maxDepth else { throw Invalid() }
        index += 1
        var members: [String: RequestValue] = [:]
        skipSpace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard peek() == UInt8(ascii: "\"") else { throw Invalid() }
            let key = try string()
            skipSpace()
            try expect(UInt8(ascii: ":"))
            skipSpace()
            let member = try value(depth: depth + 1)
            // Swift compares strings by canonical equivalence, the rule stated above.
            guard members.updateValue(member, forKey: key) == nil else { throw Invalid() }
            skipSpace()
            if peek() == UInt8(ascii: ",") {
                index += 1
                continue
            }
            try expect(UInt8(ascii: "}"))
            return .object(members)
        }
    }

    private mutating func array(depth: Int) throws(Invalid) -> RequestValue {
        guard depth <= Self.maxDepth else { throw Invalid() }
        index += 1
        var items: [RequestValue] = []
        skipSpace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            skipSpace()
            items.append(try value(depth: depth + 1))
            skipSpace()
            if peek() == UInt8(ascii: ",") {
                index += 1
                continue
            }
            try expect(UInt8(ascii: "]"))
            return .array(items)
        }
    }

    private mutating func string() throws(Invalid) -> String {
        index += 1
        var utf8: [UInt8] = []
        while let byte = peek() {
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                UTF8.encode(try escape()) { utf8.append($0) }
            case ..<0x20:
                throw Invalid()
            default:
                utf8.append(byte)
            }
        }
        throw Invalid()
    }

    /// The character of the escape after a backslash; a surrogate pair's two escapes give one character.
    private mutating func escape() throws(Invalid) -> Unicode.Scalar {
        guard let byte = peek() else { throw Invalid() }
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(byte)
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try hexUnit()
            if UTF16.isTrailSurrogate(unit) { throw Invalid() }
            guard UTF16.isLeadSurrogate(unit) else { return Unicode.Scalar(unit)! }
            try expect(UInt8(ascii: "\\"))
            try expect(UInt8(ascii: "u"))
            let trail = try hexUnit()
            guard UTF16.isTrailSurrogate(trail) else { throw Invalid() }
            return Unicode.Scalar(0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(trail - 0xDC00))!
        default:
            throw Invalid()
        }
    }

    private mutating func hexUnit() throws(Invalid) -> UInt16 {
        var unit: UInt16 = 0
        for _ in 0..<4 {
            guard let byte = peek(), let digit = Self.hexValue(byte) else { throw Invalid() }
            index += 1
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, read as the nearest double (±infinity beyond range).
    private mutating func number() throws(Invalid) -> Double {
        let start = index
        if peek() == UInt8(ascii: "-") { index += 1 }
        if peek() == UInt8(ascii: "0") {
            index += 1
        } else {
            try digits()
        }
        if peek() == UInt8(ascii: ".") {
            index += 1
            try digits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            try digits()
        }
        guard let number = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else { throw Invalid() }
        return number
    }

    /// One or more decimal digits.
    private mutating func digits() throws(Invalid) {
        guard let byte = peek(), Self.isDigit(byte) else { throw Invalid() }
        while let byte = peek(), Self.isDigit(byte) { index += 1 }
    }

    private mutating func literal(_ word: String) throws(Invalid) {
        for byte in word.utf8 { try expect(byte) }
    }

    private mutating func expect(_ byte: UInt8) throws(Invalid) {
        guard peek() == byte else { throw Invalid() }
        index += 1
    }

    private mutating func skipSpace() {
        while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    private func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
