import Yams

/// YAML's printable characters (the `c-printable` set of the YAML spec).
///
/// A YAML file may only hold printable characters, but escapes in double-quoted text such as `"\0"`, `"\e"` or
/// `"\uFFFF"` produce any character. Such a character reaching a page puts a NUL into the HTML or makes a feed
/// ill-formed XML, so Deskbook rejects it where the YAML is read, for every YAML file alike.
enum YAMLPrintable {
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `U+0000`: how a character is named in messages.
    static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The first key or value, in document order, that holds an unprintable character, and that character.
    static func firstUnprintable(in root: Node) -> (node: Node, scalar: Unicode.Scalar)? {
        var pending = [root]
        while let node = pending.popLast() {
            switch node {
            case .scalar(let scalar):
                if let bad = scalar.string.unicodeScalars.first(where: { !isPrintable($0) }) { return (node, bad) }
            case .sequence(let sequence):
                pending.append(contentsOf: sequence.reversed())
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() { pending.append(contentsOf: [value, key]) }
            case .alias:
                continue
            }
        }
        return nil
    }
}
