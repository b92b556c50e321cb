import DeskbookCore

/// One entry of a policy's change history.
public struct PolicyChange: Hashable, Sendable {
    public var date: Day
    public var summary: String

    public init(date: Day, summary: String) {
        self.date = date
        self.summary = summary
    }
}

/// The YAML header of a page, typed; keys Deskbook does not know are kept in `extra`.
public struct FrontMatter: Sendable, Equatable {
    public var title: String
    public var description: String?
    public var kind: PageKind?
    public var tags: [String] = []
    public var order: Int?
    public var draft = false
    public var featured = false
    public var date: Day?
    public var updated: Day?
    public var aliases: [PageAlias] = []
    /// When a policy takes effect.
    public var effective: Day?
    /// A policy's change history, newest first.
    public var history: [PolicyChange] = []
    /// Other keys, passed to templates as they are.
    public var extra: [String: YAMLValue] = [:]

    public init(title: String) {
        self.title = title
    }

    /// The most recent of `updated` and `date`.
    public var lastModified: Day? { [updated, date].compactMap { $0 }.max() }
}
