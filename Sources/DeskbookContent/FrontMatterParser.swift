import Foundation
import DeskbookCore
import Yams

/// Splits a page into its YAML header and Markdown body and types the header.
public struct FrontMatterParser: Sendable {
    /// A page's header and the body that follows it.
    public struct Parsed: Sendable {
        public var frontMatter: FrontMatter
        public var body: String
        /// The file line on which the body starts (1-based).
        public var bodyStartLine: Int
    }

    static let knownKeys: Set<String> = [
        "title", "description", "kind", "tags", "order", "draft", "featured", "date", "updated", "aliases", "effective", "history",
    ]

    public init() {}

    /// Parses `text` from the file at `path`; returns nil when an error was reported.
    public func parse(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> Parsed? {
        guard let split = split(text, path: path, diagnostics: &diagnostics) else { return nil }
        let source = YAMLSource(path: path, lineOffset: 1)
        let root: Node?
        switch source.parse(split.yaml) {
        case .success(let node): root = node
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        guard let mapping = root?.mapping else {
            diagnostics.append(.error("front matter must be a mapping with at least a title", at: SourceLocation(path: path, line: 2)))
            return nil
        }
        var reader = MappingReader(mapping: mapping, source: source)
        guard let title = reader.requiredString("title") else {
            diagnostics += reader.diagnostics
            return nil
        }
        var frontMatter = FrontMatter(title: title)
        frontMatter.description = reader.string("description")
        if let kind = reader.string("kind") {
            if let known = PageKind(rawValue: kind) {
                frontMatter.kind = known
            } else {
                let choices = PageKind.allCases.map(\.rawValue).joined(separator: ", ")
                reader.fail("unknown kind '\(kind)'; use one of \(choices)", key: "kind")
            }
        }
        frontMatter.tags = tags(reader: &reader)
        frontMatter.order = reader.int("order")
        frontMatter.draft = reader.bool("draft") ?? false
        frontMatter.featured = reader.bool("featured") ?? false
        frontMatter.date = reader.day("date")
        frontMatter.updated = reader.day("updated")
        frontMatter.aliases = reader.locatedStringList("aliases")?.map { PageAlias(path: $0.text, location: $0.location) } ?? []
        frontMatter.effective = reader.day("effective")
        frontMatter.history = history(reader: &reader)
        for key in reader.unknownKeys(Self.knownKeys) {
            if let node = reader.node(key.string) { frontMatter.extra[key.string] = YAMLSource.value(of: node) }
            // Other keys are the writer's own (`page.params`), but one a letter or two from a known key is a typo.
            if let near = KeySpelling.nearest(key.string, in: Self.knownKeys) {
                reader.diagnostics.append(.warning("unknown key '\(key.string)'; did you mean '\(near)'?", at: key.location))
            }
        }
        diagnostics += reader.diagnostics
        if reader.diagnostics.containsErrors { return nil }
        return Parsed(frontMatter: frontMatter, body: split.body, bodyStartLine: split.bodyStartLine)
    }

    /// The longest tag, in characters: a tag is a word or two that names a tag page.
    static let maxTagLength = 40

    /// `tags`: short one-line texts with a letter or digit each (a tag names its page, `/<lang>/tags/<tag>/`), no
    /// two naming the same page; each one that is not is an error at it.
    private func tags(reader: inout MappingReader) -> [String] {
        guard let located = reader.locatedStringList("tags") else { return [] }
        var tags: [String] = []
        var slugs: Set<String> = []
        for (text, location) in located {
            let tag = text.trimmingCharacters(in: .whitespaces)
            let problem: String? =
                if tag.count > Self.maxTagLength { "tag '\(tag.prefix(Self.maxTagLength))…' is longer than \(Self.maxTagLength) characters; a tag is a word or two" }
                else if tag.contains(where: \.isNewline) { "a tag is one line" }
                else if !tag.contains(where: { $0.isLetter || $0.isNumber }) { "tag '\(tag)' has no letter or digit" }
                else if !slugs.insert(URLSlug.segment(tag)).inserted { "tag '\(tag)' is given twice" }
                else { nil }
            if let problem {
                reader.diagnostics.append(.error(problem, at: location))
            } else {
                tags.append(tag)
            }
        }
        return tags
    }

    private func history(reader: inout MappingReader) -> [PolicyChange] {
        guard let node = reader.node("history") else { return [] }
        guard case .sequence(let entries) = node else {
            reader.fail("'history' must be a list of {date, summary} entries", key: "history")
            return []
        }
        var changes: [PolicyChange] = []
        for entry in entries {
            guard let mapping = entry.mapping else {
                reader.diagnostics.append(.error("each history entry needs a date and a summary", at: reader.source.location(of: entry)))
                continue
            }
            var entryReader = MappingReader(mapping: mapping, source: reader.source)
            let date = entryReader.day("date")
            let summary = entryReader.requiredString("summary")
            if entryReader.node("date") == nil {
                entryReader.diagnostics.append(.error("history entry is missing its date", at: reader.source.location(of: entry)))
            }
            reader.diagnostics += entryReader.diagnostics
            if let date, let summary { changes.append(PolicyChange(date: date, summary: summary)) }
        }
        return changes.sorted { $0.date > $1.date }
    }

    private func split(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> (yaml: String, body: String, bodyStartLine: Int)? {
        guard text.hasPrefix("---\n") || text == "---" else {
            diagnostics.append(.error("missing front matter: a page starts with '---', a 'title:' line and '---'", at: SourceLocation(path: path)))
            return nil
        }
        var lineNumber = 1
        var yamlLines: [Substring] = []
        var index = text.utf8.index(text.utf8.startIndex, offsetBy: 4, limitedBy: text.utf8.endIndex) ?? text.utf8.endIndex
        while index < text.utf8.endIndex {
            let lineEnd = text.utf8[index...].firstIndex(of: 0x0A) ?? text.utf8.endIndex
            let line = text[index..<lineEnd]
            lineNumber += 1
            let next = lineEnd == text.utf8.endIndex ? lineEnd : text.utf8.index(after: lineEnd)
            if line == "---" || line == "..." {
                return (yamlLines.joined(separator: "\n"), String(text[next...]), lineNumber + 1)
            }
            yamlLines.append(line)
            index = next
        }
        diagnostics.append(.error("front matter is not closed: add a '---' line after it", at: SourceLocation(path: path)))
        return nil
    }
}
