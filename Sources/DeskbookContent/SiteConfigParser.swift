import DeskbookCore
import DeskbookMarkdown
import Yams

/// Reads `deskbook.yml`, reporting every mistake with its line and column.
public struct SiteConfigParser: Sendable {
    public var path: String

    public init(path: String = "deskbook.yml") {
        self.path = path
    }

    static let knownKeys: Set<String> = [
        "title", "language_titles", "base_url", "languages", "theme", "broken_links", "params", "max_page_size", "feed_size",
        "synonyms", "builtin_synonyms", "max_table_columns", "max_html_declarations", "max_images",
        "semantic", "semantic_passage",
    ]

    /// The configuration with its warnings, or the diagnostics that prevent it.
    public func parse(_ text: String) -> Result<(config: SiteConfig, warnings: [Diagnostic]), DiagnosticList> {
        let source = YAMLSource(path: path)
        let root: Node?
        switch source.parse(text) {
        case .success(let node): root = node
        case .failure(let diagnostic): return .failure(DiagnosticList([diagnostic]))
        }
        guard let mapping = root?.mapping else {
            return .failure(DiagnosticList([.error("deskbook.yml must be a mapping with title, base_url and languages", at: SourceLocation(path: path))]))
        }
        var reader = MappingReader(mapping: mapping, source: source)
        for key in reader.unknownKeys(Self.knownKeys) {
            reader.diagnostics.append(.warning("unknown setting '\(key.string)'", at: key.location))
        }
        let title = reader.requiredString("title")
        let baseURL = reader.requiredString("base_url")
        var languages = reader.stringList("languages") ?? []
        if reader.node("languages") == nil {
            reader.diagnostics.append(.error("missing required setting 'languages'", at: SourceLocation(path: path)))
        } else if languages.isEmpty {
            reader.fail("'languages' must list at least one language code", key: "languages")
        }
        for language in languages where !LanguageCode.isValid(language) {
            reader.fail("'\(language)' is not a language code like 'en' or 'pt-br'", key: "languages")
        }
        languages = languages.filter(LanguageCode.isValid)
        let brokenLinks: Severity
        switch reader.string("broken_links") ?? "error" {
        case "error": brokenLinks = .error
        case "warn", "warning": brokenLinks = .warning
        case let other:
            reader.fail("broken_links must be 'error' or 'warn', not '\(other)'", key: "broken_links")
            brokenLinks = .error
        }
        let theme = reader.string("theme") ?? "default"
        if !ThemeName.isValid(theme) {
            reader.fail("theme must be a folder name of letters, digits, '-' and '_', not '\(theme)'", key: "theme")
        }
        let params: [String: YAMLValue]
        if let node = reader.node("params") {
            if case .map(let values) = YAMLSource.value(of: node) {
                params = values
            } else {
                reader.fail("params must be a mapping", key: "params")
                params = [:]
            }
        } else {
            params = [:]
        }
        let config = SiteConfig(
            title: title ?? "",
            languageTitles: reader.stringMap("language_titles") ?? [:],
            baseURL: baseURL ?? "/",
            languages: languages,
            theme: theme,
            themeLocation: reader.node("theme").map(reader.source.location(of:)),
            brokenLinks: brokenLinks,
            params: params,
            maxPageBytes: (reader.int("max_page_size", in: 1...100) ?? 4) << 20,
            parserLimits: parserLimits(&reader),
            feedSize: reader.int("feed_size", in: 1...1000) ?? 20,
            synonyms: reader.synonymGroups("synonyms", languages: languages),
            builtinSynonyms: reader.bool("builtin_synonyms") ?? true,
            semantic: reader.bool("semantic") ?? false,
            semanticPassage: reader.int("semantic_passage", in: SiteConfig.semanticPassageRange)
        )
        if reader.diagnostics.containsErrors { return .failure(DiagnosticList(reader.diagnostics)) }
        return .success((config, reader.diagnostics))
    }
}

extension SiteConfigParser {
    /// `max_table_columns`, `max_html_declarations` and `max_images`, each within a sane range.
    private func parserLimits(_ reader: inout MappingReader) -> ParserLimits {
        let defaults = ParserLimits()
        return ParserLimits(
            tableColumns: reader.int("max_table_columns", in: 1...1000) ?? defaults.tableColumns,
            htmlDeclarations: reader.int("max_html_declarations", in: 0...1000) ?? defaults.htmlDeclarations,
            images: reader.int("max_images", in: 0...10_000) ?? defaults.images
        )
    }
}

/// Language codes: two or three lowercase letters, optionally a region (`pt-br`).
enum LanguageCode {
    static func isValid(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), parts.count <= 2 else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) } }
    }
}
