/// Escaping for text that reaches HTML.
public enum HTMLEscape {
    /// Escapes `& < > " '` for element content.
    public static func text(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for character in value.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// Escapes a value placed inside a double-quoted attribute.
    public static func attribute(_ value: String) -> String { text(value) }
}
