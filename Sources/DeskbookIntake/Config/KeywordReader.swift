import DeskbookCore
import Yams

extension ConfigReader {
    /// Reads `{en: [...], ru: [...]}` into analysed entries; a language not given takes its list from
    /// `defaults` (pass [:] for none), and an empty list turns that language's defaults off. With
    /// `allForms`, a single word matches in every form `WordForms` makes of it, not only in those sharing its stem.
    /// With `keepingStopWords`, entries keep their stop words as terms, for matching against `TermIndex.words`.
    mutating func keywords(
        _ node: Node?, _ what: String, defaults: [String: [String]], allForms: Bool = false, keepingStopWords: Bool = false
    ) -> Keywords {
        let analyse = keepingStopWords ? TextAnalysis.termsKeepingStopWords : TextAnalysis.terms
        var given: [String: (words: [String], node: Node)] = [:]
        if let node, let entries = mapping(node, allowed: TextAnalysis.languages, in: what) {
            for entry in entries {
                given[entry.key] = (words(entry.node, "\(what).\(entry.key)") ?? [], entry.node)
            }
        }
        var phrases: [[String]] = []
        var seen: Set<[String]> = []
        func add(_ terms: [String]) {
            if seen.insert(terms).inserted { phrases.append(terms) }
        }
        for language in TextAnalysis.languages {
            for word in given[language]?.words ?? defaults[language] ?? [] {
                let terms = analyse(word, language)
                if terms.isEmpty, let node = given[language]?.node {
                    warning("'\(word)' in \(what).\(language) has only stop words or punctuation and never matches", at: node)
                } else if allForms, terms.count == 1 {
                    add(terms)
                    for form in WordForms.forms(of: word.lowercased()).sorted() {
                        let formTerms = analyse(form, language)
                        if formTerms.count == 1 { add(formTerms) }
                    }
                } else if !terms.isEmpty {
                    add(terms)
                }
            }
        }
        return Keywords(phrases)
    }
}
