import DeskbookCore
import Yams

/// The site languages a config is read for, so localized texts can be completed.
struct SiteLanguages {
    var all: [String]
    var fallback: String
}

extension ConfigReader {
    /// Reads a text per language (`{en: ..., ru: ...}`) or one text for all; every site language gets a text,
    /// missing ones taken from the default language with a warning.
    mutating func localized(_ node: Node, _ what: String, languages: SiteLanguages) -> LocalizedText? {
        if let scalar = node.scalar {
            guard !scalar.string.isEmpty else {
                error("\(what) must not be empty", at: node)
                return nil
            }
            return LocalizedText(Dictionary(uniqueKeysWithValues: languages.all.map { ($0, scalar.string) }))
        }
        guard let entries = mapping(node, allowed: languages.all, in: what) else { return nil }
        var values: [String: String] = [:]
        for entry in entries {
            if let text = word(entry.node, "\(what).\(entry.key)") { values[entry.key] = text }
        }
        guard let source = ([languages.fallback] + languages.all).first(where: { values[$0] != nil }),
              let fallback = values[source] else {
            error("\(what) needs a text in \(languages.fallback)", at: node)
            return nil
        }
        for language in languages.all where values[language] == nil {
            warning("\(what) has no \(language) text; the \(source) text is used", at: node)
            values[language] = fallback
        }
        return LocalizedText(values)
    }
}
