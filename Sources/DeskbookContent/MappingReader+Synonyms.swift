import DeskbookCore
import Yams

extension MappingReader {
    /// Search synonyms: for each language of the site, a list of groups of two or more words or phrases
    /// that mean the same, e.g. `en: [[delete, remove], [refund, money back]]`.
    mutating func synonymGroups(_ key: String, languages: [String]) -> [String: [[String]]] {
        guard let node = node(key) else { return [:] }
        guard case .mapping(let byLanguage) = node else {
            fail("'\(key)' must map language codes to lists of groups, e.g. en: [[delete, remove]]", key: key)
            return [:]
        }
        var groups: [String: [[String]]] = [:]
        for (languageNode, listNode) in byLanguage {
            let language = languageNode.string ?? ""
            guard languages.contains(language) else {
                diagnostics.append(.warning("'\(language)' in '\(key)' is not a language of the site", at: source.location(of: languageNode)))
                continue
            }
            guard case .sequence(let list) = listNode else {
                diagnostics.append(.error("the synonyms of '\(language)' must be a list of groups", at: source.location(of: listNode)))
                continue
            }
            for groupNode in list {
                let items = groupNode.sequence.map(Array.init) ?? []
                let words = items.compactMap { $0.scalar?.string.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                guard words.count >= 2, words.count == items.count else {
                    diagnostics.append(.error("a synonym group must be a list of two or more words or phrases", at: source.location(of: groupNode)))
                    continue
                }
                groups[language, default: []].append(words)
            }
        }
        return groups
    }
}
