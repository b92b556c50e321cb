extension CheckContext {
    /// The department for the request: by category, else by keywords, else the default; see `RoutingRule`.
    func route() -> Route? {
        guard let routing = rules.routing else { return nil }
        let category = fields.text(rules.categoryField)
        let byCategory = category.flatMap { value in routing.departments.first { $0.categories.contains(value) } }
        let department = byCategory
            ?? bestDepartment(for: mainTexts)
            ?? routing.departments.first { $0.id == routing.defaultDepartment }
        return department.map { Route(department: $0.id, label: $0.label.text(in: language)) }
    }

    /// The department whose keywords match most entries in `texts`, the earlier on a tie; nil when none match.
    func bestDepartment(for texts: [String]) -> Department? {
        var best: (department: Department, count: Int)?
        for department in rules.routing?.departments ?? [] {
            let count = terms.matchCount(department.words, in: texts)
            if count > 0, count > (best?.count ?? 0) { best = (department, count) }
        }
        return best?.department
    }
}
