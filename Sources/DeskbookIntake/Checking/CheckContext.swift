/// The state one check of a request shares between its checks (`IntakeChecks.all`): the rules, the typed
/// fields, analysed terms, the findings so far and the suggested articles.
struct CheckContext {
    let rules: IntakeRules
    let language: String
    let fields: RequestFields
    let terms: TermIndex
    /// The site's search engine, for the checks that need to know which articles a text finds.
    let suggester: (any ArticleSuggester)?
    var findings: FindingList
    /// Fields over their length limit; the language rules skip them.
    var oversized: Set<String> = []
    /// The articles shown with the result, set by `DocumentationCheck`.
    var suggestions: [Suggestion] = []
    /// What `searchResults()` found, once it searched.
    private var searched: [Suggestion]?

    init(rules: IntakeRules, language: String, fields: RequestFields, findings: FindingList, suggester: (any ArticleSuggester)?) {
        self.rules = rules
        self.language = language
        self.fields = fields
        self.findings = findings
        self.suggester = suggester
        terms = TermIndex(language: language)
    }

    /// A field's text for the language rules: nil when empty, not text, or oversized.
    func readable(_ id: String?) -> String? {
        guard let id, !oversized.contains(id) else { return nil }
        return fields.text(id)
    }

    var subject: String? { readable(rules.subjectField) }
    var body: String? { readable(rules.bodyField) }
    /// Subject and description, the texts most rules read.
    var mainTexts: [String] { [subject, body].compactMap { $0 } }

    /// The search engine's articles for the subject and description joined by a line break, best first, at
    /// most `IntakeRules.searchLimit`; searched once and shared by the checks. Nil when there is no search
    /// engine, no rule that searches, or no text: the checks that need it then say nothing.
    mutating func searchResults() -> [Suggestion]? {
        if let searched { return searched }
        guard let suggester, let limit = rules.searchLimit else { return nil }
        let query = mainTexts.joined(separator: "\n")
        guard !query.isEmpty else { return nil }
        let results = Array(suggester.suggest(query: query, language: language, limit: limit).prefix(limit))
        searched = results
        return results
    }
}
