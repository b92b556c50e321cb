extension CheckContext {
    /// The department for the request, as `department()` picks it.
    func route() -> Route? {
        department().map { Route(department: $0.id, label: $0.label.text(in: language)) }
    }

    /// The department for the request: one whose words come first and match, else by category, else by
    /// keywords, else the default; see `RoutingRule`.
    func department() -> Department? {
        guard let routing = rules.routing else { return nil }
        let category = fields.text(rules.categoryField)
        let byCategory = category.flatMap { value in routing.departments.first { $0.categories.contains(value) } }
        return bestDepartment(for: mainTexts, by: \.wordsFirst)
            ?? byCategory
            ?? bestDepartment(for: mainTexts)
            ?? routing.departments.first { $0.id == routing.defaultDepartment }
    }

    /// The department whose `words` (or other keywords) match most entries in `texts`, the earlier on a tie;
    /// nil when none match.
    func bestDepartment(for texts: [String], by keywords: KeyPath<Department, Keywords> = \.words) -> Department? {
        var best: (department: Department, count: Int)?
        for department in rules.routing?.departments ?? [] {
            let count = terms.matchCount(department[keyPath: keywords], in: texts)
            if count > 0, count > (best?.count ?? 0) { best = (department, count) }
        }
        return best?.department
    }
}
