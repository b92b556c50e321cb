import Yams

extension IntakeConfigParser {
    /// `require_one_of: [[email, phone]]`: each group names two or more fields, none of them required alone.
    mutating func readRequiredGroups(_ node: Node) -> [[String]] {
        guard let items = reader.list(node, "require_one_of") else { return [] }
        var groups: [[String]] = []
        for item in items {
            guard let ids = reader.words(item, "require_one_of") else { continue }
            guard Set(ids).count >= 2, Set(ids).count == ids.count else {
                reader.error("each group of require_one_of names two or more different fields, e.g. [email, phone]", at: item)
                continue
            }
            let known = ids.filter { knownField($0, at: item, "require_one_of") }
            for id in known where fields.first(where: { $0.id == id })?.required == true {
                reader.warning("'\(id)' is required on its own, so its require_one_of group always holds", at: item)
            }
            if known.count == ids.count { groups.append(ids) }
        }
        return groups
    }
}
