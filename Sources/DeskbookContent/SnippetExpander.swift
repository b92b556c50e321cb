import Foundation
import DeskbookCore

/// Replaces `{{< snippet "name" >}}` lines with the named snippet, remembering where each line came from.
public struct SnippetExpander: Sendable {
    /// Snippet bodies by name.
    public var snippets: [String: String]
    /// The most bytes the expanded text may have: the page size limit.
    public var byteLimit: Int

    public init(snippets: [String: String], byteLimit: Int = .max) {
        self.snippets = snippets
        self.byteLimit = byteLimit
    }

    /// Where a line of expanded text came from: a body line, or a snippet included on that line.
    public struct Origin: Sendable, Hashable {
        public var line: Int
        public var isSnippet: Bool

        public init(line: Int, isSnippet: Bool) {
            self.line = line
            self.isSnippet = isSnippet
        }
    }

    /// Expanded Markdown and the origin of each of its lines; empty origins mean nothing was expanded.
    public struct Expansion: Sendable {
        public var text: String
        public var origins: [Origin]

        /// The body line (1-based) for a line of the expanded text.
        public func origin(of expandedLine: Int) -> Origin {
            guard expandedLine >= 1, expandedLine <= origins.count else { return Origin(line: expandedLine, isSnippet: false) }
            return origins[expandedLine - 1]
        }
    }

    /// The body with its snippets included, or nil (with an error at the including line) when the included text
    /// would take it over `byteLimit`; expanding stops there, so no include can make a page grow without bound.
    public func expand(_ body: String, path: String, bodyStartLine: Int, diagnostics: inout [Diagnostic]) -> Expansion? {
        guard TextScan.contains(body, "{{<") else {
            return Expansion(text: body, origins: [])
        }
        var lines: [Substring] = []
        var origins: [Origin] = []
        var size = body.utf8.count
        for (offset, line) in TextScan.lines(body).enumerated() {
            let lineNumber = offset + 1
            guard let name = Self.snippetName(in: line) else {
                lines.append(line)
                origins.append(Origin(line: lineNumber, isSnippet: false))
                continue
            }
            size -= line.utf8.count
            guard let snippet = snippets[name] else {
                let known = snippets.keys.sorted().joined(separator: ", ")
                diagnostics.append(.error(
                    "unknown snippet '\(name)'" + (known.isEmpty ? "" : "; known snippets: \(known)"),
                    at: SourceLocation(path: path, line: bodyStartLine + offset, column: 1)
                ))
                continue
            }
            size += snippet.utf8.count
            guard size <= byteLimit else {
                diagnostics.append(.error(
                    "including snippet '\(name)' takes the page to \(ByteSize.text(size)) or more, over the \(ByteSize.text(byteLimit)) page limit; include less or raise max_page_size",
                    at: SourceLocation(path: path, line: bodyStartLine + offset, column: 1)
                ))
                return nil
            }
            for snippetLine in TextScan.lines(snippet) {
                lines.append(snippetLine)
                origins.append(Origin(line: lineNumber, isSnippet: true))
            }
        }
        return Expansion(text: lines.joined(separator: "\n"), origins: origins)
    }

    /// The name in a line that holds only `{{< snippet "name" >}}`.
    static func snippetName(in line: Substring) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("{{<"), trimmed.hasSuffix(">}}") else { return nil }
        let inner = trimmed.dropFirst(3).dropLast(3).trimmingCharacters(in: .whitespaces)
        guard inner.hasPrefix("snippet") else { return nil }
        let argument = inner.dropFirst("snippet".count).trimmingCharacters(in: .whitespaces)
        let name = argument.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        return name.isEmpty ? nil : name
    }
}
