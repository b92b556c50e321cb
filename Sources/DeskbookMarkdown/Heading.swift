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

    /// Ids unique within one page: repeats get `-1`, `-2`, ... appended, skipping any id already given, so that
    /// a third "Cause" next to a heading "Cause 1" does not repeat its id.
    public static func unique(_ texts: [String]) -> [String] {
        var given: Set<String> = []
        var repeats: [String: Int] = [:]
        return texts.map { text in
            let base = make(text)
            var id = base
            while given.contains(id) {
                repeats[base, default: 0] += 1
                id = "\(base)-\(repeats[base]!)"
            }
            given.insert(id)
            return id
        }
    }
}
