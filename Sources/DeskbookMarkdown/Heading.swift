/// A heading of a Markdown document with its stable anchor id.
public struct Heading: Hashable, Sendable {
    public var level: Int
    public var text: String
    public var id: String
    public var line: Int

    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}

/// Builds heading ids: lowercased letters and digits of any script, words joined by `-`.
public enum HeadingSlug {
    public static func make(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "-" || scalar == "_" || scalar == "\t" {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }

    /// Ids unique within one page: repeats get `-1`, `-2`, ... appended.
    public static func unique(_ texts: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return texts.map { text in
            let base = make(text)
            guard let count = seen[base] else {
                seen[base] = 1
                return base
            }
            seen[base] = count + 1
            return "\(base)-\(count)"
        }
    }
}
