/// One topic per request.
///
/// The description is split into sentences at `.`, `!`, `?` and line breaks. A request has several topics when
/// its questions (sentences ending in `?`) are routed to two or more different departments by the routing
/// keywords, when it has at least `maxNumberedQuestions` numbered lines (`1.` or `1)`) that end in `?`, or, with
/// `searchConfidence` set, when two questions lead the site's search engine to different sections: each finds
/// articles with at least that confidence, no section holds such an article for both, and the routing words do
/// not send both to one department. Questions about one feature find the same section, so they pass; a question
/// the search is unsure about never counts.
public struct TopicRule: Sendable, Hashable, Codable {
    public var maxNumberedQuestions: Int
    /// The confidence (0...1) from which a question's article tells its section; nil leaves the search out.
    public var searchConfidence: Double?
    /// How many articles each question's search returns: `documentation.limit` when that section is there, else 5.
    public var searchLimit: Int

    private enum CodingKeys: String, CodingKey {
        case maxNumberedQuestions = "max_numbered_questions"
        case searchConfidence = "search_confidence"
        case searchLimit = "search_limit"
    }

    public init(maxNumberedQuestions: Int, searchConfidence: Double? = nil, searchLimit: Int = 5) {
        self.maxNumberedQuestions = maxNumberedQuestions
        self.searchConfidence = searchConfidence
        self.searchLimit = searchLimit
    }

    /// The section of a page at `url`: the address without its query, fragment and last path segment
    /// (`/en/billing/refunds/` is in `/en/billing/`). Pages of one section share it.
    public static func section(of url: String) -> String {
        var path = String.UnicodeScalarView()
        for scalar in url.unicodeScalars {
            if scalar == "?" || scalar == "#" { break }
            path.append(scalar)
        }
        while path.last == "/" { path.removeLast() }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(String.UnicodeScalarView(path[...slash]))
    }
}
