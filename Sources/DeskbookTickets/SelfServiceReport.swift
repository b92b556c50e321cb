import Foundation

/// What `deskbook report` tells a support team about a period: how often the help center answered a question
/// before a request was sent, what readers searched for in vain, which articles helped and which did not, and
/// where the requests went.
public struct SelfServiceReport: Sendable, Hashable {
    /// A text (a search, an article, a department) and how often it came up.
    public struct Tally: Sendable, Hashable, Encodable {
        public var name: String
        public var count: Int
    }

    /// An article voted "not helpful", with the reasons given and the newest comments.
    public struct UnhelpfulArticle: Sendable, Hashable, Encodable {
        public var article: String
        public var unhelpful: Int
        public var helpful: Int
        public var reasons: [Tally]
        public var comments: [String]
    }

    public var start: Date
    public var end: Date
    /// The language the report is limited to; nil for all.
    public var language: String?
    /// "This answered my question" events.
    public var answered: Int
    /// Requests stored in the period.
    public var submitted: Int
    public var searches: Int
    public var searchesWithoutResults: [Tally]
    public var answeringArticles: [Tally]
    public var unhelpfulArticles: [UnhelpfulArticle]
    /// Requests per department (route); requests with no department are under `none`.
    public var requestsByDepartment: [Tally]
    /// The median time from receipt to the first response, over the requests whose first response is known.
    public var medianFirstResponse: TimeInterval?
    public var firstResponsesKnown: Int

    /// answered / (answered + submitted); nil when there was neither.
    public var selfServiceRate: Double? {
        answered + submitted == 0 ? nil : Double(answered) / Double(answered + submitted)
    }

    /// How many entries each list keeps, and how many comments an unhelpful article shows.
    public static let listLength = 10
    public static let commentsPerArticle = 3

    /// The report over `events` and `requests` received from `start` to `end`, limited to `language` when one
    /// is given. Searches are counted by their text, ignoring case and runs of spaces.
    public static func compute(
        events: [SelfServiceEvent], requests: [RequestFact], from start: Date, to end: Date, language: String?
    ) -> SelfServiceReport {
        let inPeriod = { (date: Date) in date >= start && date < end }
        let events = events.filter { inPeriod($0.at) && (language == nil || $0.language == language) }
        let requests = requests.filter { inPeriod($0.receivedAt) && (language == nil || $0.language == language) }
        let searches = events.filter { $0.kind == .search }
        let votes = events.filter { $0.kind == .vote }
        let firstResponses = requests.compactMap { request in request.firstResponseAt.map { $0.timeIntervalSince(request.receivedAt) } }
        return SelfServiceReport(
            start: start, end: end, language: language,
            answered: events.count { $0.kind == .answered },
            submitted: requests.count,
            searches: searches.count,
            searchesWithoutResults: tallies(searches.filter { $0.results == 0 }.compactMap { $0.query.map(normalized) }.filter { !$0.isEmpty }),
            answeringArticles: tallies(events.filter { $0.kind == .answered }.compactMap(\.article)),
            unhelpfulArticles: unhelpful(votes),
            requestsByDepartment: tallies(requests.map { $0.department ?? "none" }, limit: nil),
            medianFirstResponse: median(firstResponses),
            firstResponsesKnown: firstResponses.count
        )
    }

    /// The most frequent names first (ties by name), `limit` of them.
    static func tallies(_ names: [String], limit: Int? = listLength) -> [Tally] {
        let sorted = Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +)
            .map { Tally(name: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
        return limit.map { Array(sorted.prefix($0)) } ?? sorted
    }

    private static func unhelpful(_ votes: [SelfServiceEvent]) -> [UnhelpfulArticle] {
        let byArticle = Dictionary(grouping: votes.filter { $0.article != nil }) { $0.article! }
        let articles = byArticle.compactMap { article, votes -> UnhelpfulArticle? in
            let noes = votes.filter { $0.helpful == false }
            guard !noes.isEmpty else { return nil }
            return UnhelpfulArticle(
                article: article, unhelpful: noes.count, helpful: votes.count - noes.count,
                reasons: tallies(noes.compactMap { $0.reason?.rawValue }, limit: nil),
                comments: Array(noes.compactMap(\.comment).reversed().prefix(commentsPerArticle))
            )
        }
        return Array(articles.sorted { ($0.unhelpful, $1.article) > ($1.unhelpful, $0.article) }.prefix(listLength))
    }

    private static func normalized(_ query: String) -> String {
        query.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func median(_ values: [TimeInterval]) -> TimeInterval? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }
}
