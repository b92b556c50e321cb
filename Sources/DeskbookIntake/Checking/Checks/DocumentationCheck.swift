/// Documentation first: suggested articles, and a likely answer the customer must confirm did not help.
struct DocumentationCheck: IntakeCheck {
    let name = "documentation"
    let codes: [FindingCode] = [.docsLikelyAnswer]

    func check(_ context: inout CheckContext) {
        context.suggestArticles()
    }
}

extension FindingCode {
    public static let docsLikelyAnswer = FindingCode("docs.likely-answer")
}

private extension CheckContext {
    /// Articles for the subject and description; a high-confidence one blocks until the customer confirms,
    /// except in a follow-up, which adds to a request already sent.
    mutating func suggestArticles() {
        guard let rule = rules.documentation, let results = searchResults() else { return }
        suggestions = Array(results.prefix(rule.limit))
        guard !fields.confirmedDocs, !isFollowUp, !citesPage(of: rule.site) else { return }
        var best: Suggestion?
        for suggestion in suggestions where suggestion.score >= rule.confidence && suggestion.score > (best?.score ?? -1) {
            best = suggestion
        }
        if let best {
            findings.add(.docsLikelyAnswer, field: rule.confirmField, ["title": best.title])
        }
    }

    /// Whether a text field holds `site` followed by a page path (a character other than a space or `/`):
    /// the customer cites the page they read. Letters A-Z count as lowercase, as in checker.js.
    func citesPage(of site: String?) -> Bool {
        guard let site, !site.isEmpty else { return false }
        let address = Array(site.unicodeScalars)
        return rules.fields.contains { field in
            guard let text = fields.text(field.id) else { return false }
            let scalars = text.unicodeScalars.map(RequestText.asciiLowercase)
            guard scalars.count > address.count else { return false }
            for start in 0..<(scalars.count - address.count) where scalars[start..<(start + address.count)].elementsEqual(address) {
                let next = scalars[start + address.count]
                if !RequestText.isSpace(next), next != "/" { return true }
            }
            return false
        }
    }
}
