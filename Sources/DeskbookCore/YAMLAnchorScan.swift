/// Finds YAML anchors (`&name`) and aliases (`*name`) in YAML text without parsing it.
///
/// Aliases let a few lines of YAML expand into billions of nodes ("billion laughs"), which would hang a
/// build or a request check, and help-center files have no use for them, so Deskbook rejects them
/// before parsing. Quoted text, comments and block scalars (`|`, `>`) are skipped.
enum YAMLAnchorScan {
    /// The 1-based line and column of the first anchor or alias, if any.
    static func firstAnchor(in text: String) -> (line: Int, column: Int)? {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }) else { return nil }
        var blockIndent: Int? = nil
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let characters = Array(line.unicodeScalars)
            let indent = characters.prefix { $0 == " " }.count
            if let block = blockIndent {
                if characters.count == indent || indent > block { continue }
                blockIndent = nil
            }
            var quote: Unicode.Scalar? = nil
            var previous: Unicode.Scalar? = nil
            for (column, scalar) in characters.enumerated() {
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    if previous.map({ "[{,:- ".unicodeScalars.contains($0) }) ?? true { quote = scalar }
                } else if scalar == "#", previous == nil || previous == " " {
                    break
                } else if (scalar == "&" || scalar == "*"), startsNode(characters[..<column]),
                          column + 1 < characters.count, characters[column + 1] != " " {
                    return (index + 1, column + 1)
                }
                if scalar != " " { previous = scalar } else if previous != nil { previous = " " }
            }
            if isBlockHeader(characters) { blockIndent = indent }
        }
        return nil
    }

    /// Whether a node may start after `prefix`: at the line start or after `- `, `: `, `[`, `{`, `,` or `? `.
    private static func startsNode(_ prefix: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = prefix.last(where: { $0 != " " }) else { return true }
        if "[{,".unicodeScalars.contains(last) { return true }
        guard prefix.last == " " else { return false }
        return last == "-" || last == ":" || last == "?"
    }

    /// A line ending a key with a block scalar indicator such as `|-`, `>+` or `|2`.
    private static func isBlockHeader(_ characters: [Unicode.Scalar]) -> Bool {
        let trimmed = String(String.UnicodeScalarView(characters)).trimmingTrailingSpaces
        guard let marker = trimmed.lastIndex(where: { $0 == "|" || $0 == ">" }) else { return false }
        let tail = trimmed[trimmed.index(after: marker)...]
        let head = trimmed[..<marker].trimmingTrailingSpaces
        return tail.count <= 2 && tail.allSatisfy { "+-0123456789".contains($0) } && (head.hasSuffix(":") || head.hasSuffix("-") || head.isEmpty)
    }
}

extension StringProtocol {
    fileprivate var trimmingTrailingSpaces: String {
        var text = String(self)
        while text.last == " " { text.removeLast() }
        return text
    }
}
