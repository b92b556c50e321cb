import DeskbookCore
import Yams

extension ConfigReader {
    /// Reads `{en: [...], ru: [...]}` into analysed entries; a language not given takes its list from
    /// `defaults` (pass [:] for none), and an empty list turns that language's defaults off.
    mutating func keywords(_ node: Node?, _ what: String, defaults: [String: [String]]) -> Keywords {
        var given: [String: (words: [String], node: Node)] = [:]
        if let node, let entries = mapping(node, allowed: TextAnalysis.languages, in: what) {
            for entry in entries {
                given[entry.key] = (words(entry.node, "\(what).\(entry.key)") ?? [], entry.node)
            }
        }
        var phrases: [[String]] = []
        for language in TextAnalysis.languages {
            for word in given[language]?.words ?? defaults[language] ?? [] {
                let terms = TextAnalysis.terms(word, language: language)
                if terms.isEmpty, let node = given[language]?.node {
                    warning("'\(word)' in \(what).\(language) has only stop words or punctuation and never matches", at: node)
                } else if !terms.isEmpty, !phrases.contains(terms) {
                    phrases.append(terms)
                }
            }
        }
        return Keywords(phrases)
    }
}
