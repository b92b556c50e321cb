/// Decodes the character references of an HTML attribute value: numeric ones (`&#106;`, `&#x6A`) and the few
/// named ones that appear in addresses (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;`).
///
/// Other `&` stay as written. Addresses are checked and written out again in their decoded form, so the browser
/// reads exactly the address that was checked.
enum CharacterReferences {
    static let named: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]

    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (scalar, length) = reference(in: scalars, at: index) {
                result.append(scalar)
                index += length
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// The character a reference at `start` stands for, and how many scalars it spans.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        var index = start + 1
        guard index < scalars.count else { return nil }
        if scalars[index] == "#" {
            index += 1
            let hex = index < scalars.count && (scalars[index] == "x" || scalars[index] == "X")
            if hex { index += 1 }
            let digitsStart = index
            var value: UInt32 = 0
            while index < scalars.count, let digit = hexDigit(scalars[index]), hex || digit < 10 {
                value = min(value * (hex ? 16 : 10) + digit, 0x11_0000)
                index += 1
            }
            guard index > digitsStart else { return nil }
            if index < scalars.count, scalars[index] == ";" { index += 1 }
            let valid = value != 0 && !(0xD800...0xDFFF).contains(value)
            return ((valid ? Unicode.Scalar(value) : nil) ?? "\u{FFFD}", index - start)
        }
        var name = ""
        while index < scalars.count, scalars[index] != ";", name.unicodeScalars.count < 8 {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard index < scalars.count, scalars[index] == ";", let scalar = named[name] else { return nil }
        return (scalar, index + 1 - start)
    }

    private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 0x30
        case "a"..."f": return scalar.value - 0x61 + 10
        case "A"..."F": return scalar.value - 0x41 + 10
        default: return nil
        }
    }
}
