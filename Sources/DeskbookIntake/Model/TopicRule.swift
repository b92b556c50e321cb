/// One topic per request.
///
/// The description is split into sentences at `.`, `!`, `?` and line breaks. A request has several topics when
/// its questions (sentences ending in `?`) are routed to two or more different departments by the routing
/// keywords, or when it has at least `maxNumberedQuestions` numbered lines (`1.` or `1)`) that end in `?`.
public struct TopicRule: Sendable, Hashable, Codable {
    public var maxNumberedQuestions: Int

    private enum CodingKeys: String, CodingKey {
        case maxNumberedQuestions = "max_numbered_questions"
    }

    public init(maxNumberedQuestions: Int) {
        self.maxNumberedQuestions = maxNumberedQuestions
    }
}
