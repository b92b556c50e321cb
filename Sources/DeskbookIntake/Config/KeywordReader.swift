import DeskbookCore
import Yams

extension ConfigReader {
    /// Reads `{en: [...], ru: [...]}` into stems; languages not given fall back to `defaults` (pass [:] for none).
    mutating func keywords(_ node: Node?, _ what: String, defaults: [String: [String]]) -> Keywords {
        var given: [String: (words: [String], node: Node)] = [:]
        if let node, let entries = mapping(node, allowed: TextAnalysis.languages, in: what) {
            for entry in entries {
                given[entry.key] = (words(entry.node, "\(what).\(entry.key)") ?? [], entry.node)
            }
        }
        var phrases: [String: [[String]]] = [:]
        for language in TextAnalysis.languages {
            let words = given[language]?.words ?? defaults[language] ?? []
            var stems: [[String]] = []
            for word in words {
                let terms = TextAnalysis.terms(word, language: language)
                if terms.isEmpty, let node = given[language]?.node {
                    warning("'\(word)' in \(what).\(language) has only stop words or punctuation and never matches", at: node)
                } else if !terms.isEmpty, !stems.contains(terms) {
                    stems.append(terms)
                }
            }
            if !stems.isEmpty { phrases[language] = stems }
        }
        return Keywords(phrases)
    }
}
