/// A department that takes requests of some categories or with some keywords.
public struct Department: Sendable, Hashable, Codable {
    public var id: String
    public var label: LocalizedText
    /// Values of the category field that go straight to this department.
    public var categories: [String]
    public var words: Keywords
    /// Words that send a request here whatever its category (an escalation asked for in words).
    public var wordsFirst: Keywords
    /// The department's own hours and targets; nil when the site's `schedule` applies.
    public var schedule: ScheduleRule?

    private enum CodingKeys: String, CodingKey {
        case id, label, categories, words, schedule
        case wordsFirst = "words_first"
    }

    public init(id: String, label: LocalizedText, categories: [String], words: Keywords, wordsFirst: Keywords = Keywords(), schedule: ScheduleRule? = nil) {
        self.id = id
        self.label = label
        self.categories = categories
        self.words = words
        self.wordsFirst = wordsFirst
        self.schedule = schedule
    }
}

/// Suggests the department for a request.
///
/// The department whose `wordsFirst` match most entries takes the request first; then the category field
/// decides; otherwise the department whose keywords match most distinct entries in the
/// subject and description wins, the earlier one on a tie; with no match, `defaultDepartment`.
public struct RoutingRule: Sendable, Hashable, Codable {
    public var departments: [Department]
    public var defaultDepartment: String?

    private enum CodingKeys: String, CodingKey {
        case departments
        case defaultDepartment = "default_department"
    }

    public init(departments: [Department], defaultDepartment: String?) {
        self.departments = departments
        self.defaultDepartment = defaultDepartment
    }
}
