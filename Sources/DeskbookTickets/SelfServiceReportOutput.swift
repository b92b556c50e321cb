import Foundation

extension SelfServiceReport {
    /// The report for people: one section per question, "not reported" where the store has nothing to say.
    public func text() -> String {
        let format = ISO8601DateFormatter()
        var lines = ["Self-service report, \(format.string(from: start)) to \(format.string(from: end))" + (language.map { " (\($0))" } ?? "")]
        let rate = selfServiceRate.map { String(format: "%.1f%%", $0 * 100) } ?? "not reported (no answers and no requests)"
        lines.append("Self-service rate: \(rate) (\(answered) answered by an article, \(submitted) requests submitted)")
        lines.append("")
        lines.append("Top searches with no results (of \(searches) searches):")
        lines += Self.list(searchesWithoutResults.map { "\($0.count)  \($0.name)" })
        lines.append("")
        lines.append("Articles that most often answered a question:")
        lines += Self.list(answeringArticles.map { "\($0.count)  \($0.name)" })
        lines.append("")
        lines.append("Articles voted unhelpful:")
        lines += Self.list(unhelpfulArticles.flatMap { article -> [String] in
            let reasons = article.reasons.map { "\($0.name) \($0.count)" }.joined(separator: ", ")
            var entry = ["\(article.unhelpful) no, \(article.helpful) yes  \(article.article)" + (reasons.isEmpty ? "" : "  reasons: \(reasons)")]
            entry += article.comments.map { "      \"\($0)\"" }
            return entry
        })
        lines.append("")
        lines.append("Requests per department:")
        lines += Self.list(requestsByDepartment.map { "\($0.count)  \($0.name)" })
        lines.append("")
        let median = medianFirstResponse.map { "\(Self.duration($0)) (over \(firstResponsesKnown) requests)" } ?? "not reported"
        lines.append("Median time to first response: \(median)")
        return lines.joined(separator: "\n")
    }

    /// The report for programs, with snake_case keys, ISO 8601 dates and null where nothing is known.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return (try? encoder.encode(Output(self))) ?? Data("{}".utf8)
    }

    private static func list(_ entries: [String]) -> [String] {
        entries.isEmpty ? ["  none"] : entries.map { "  " + $0 }
    }

    /// `3 h 20 min`, `45 min`, `2 d 4 h`.
    static func duration(_ seconds: TimeInterval) -> String {
        let minutes = Int((seconds / 60).rounded())
        if minutes < 60 { return "\(minutes) min" }
        if minutes < 24 * 60 { return "\(minutes / 60) h \(minutes % 60) min" }
        return "\(minutes / (24 * 60)) d \(minutes % (24 * 60) / 60) h"
    }

    /// The JSON shape: every stored value plus the rate, with optional values written as null.
    private struct Output: Encodable {
        var report: SelfServiceReport

        init(_ report: SelfServiceReport) {
            self.report = report
        }

        enum CodingKeys: String, CodingKey {
            case start, end, language, answered, submitted, selfServiceRate, searches, searchesWithoutResults, answeringArticles
            case unhelpfulArticles, requestsByDepartment, medianFirstResponseSeconds, firstResponsesKnown
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(report.start, forKey: .start)
            try container.encode(report.end, forKey: .end)
            try container.encode(report.language, forKey: .language)
            try container.encode(report.answered, forKey: .answered)
            try container.encode(report.submitted, forKey: .submitted)
            try container.encode(report.selfServiceRate, forKey: .selfServiceRate)
            try container.encode(report.searches, forKey: .searches)
            try container.encode(report.searchesWithoutResults, forKey: .searchesWithoutResults)
            try container.encode(report.answeringArticles, forKey: .answeringArticles)
            try container.encode(report.unhelpfulArticles, forKey: .unhelpfulArticles)
            try container.encode(report.requestsByDepartment, forKey: .requestsByDepartment)
            try container.encode(report.medianFirstResponse, forKey: .medianFirstResponseSeconds)
            try container.encode(report.firstResponsesKnown, forKey: .firstResponsesKnown)
        }
    }
}

/// A report period as `--since` takes it: a whole number of days (`30d`), weeks (`2w`) or hours (`12h`).
public enum ReportPeriod {
    /// The length in seconds, or nil when `text` is not such a period (at most ten years).
    public static func seconds(_ text: String) -> TimeInterval? {
        guard let unit = text.last, let count = Int(text.dropLast()), (1...100_000).contains(count) else { return nil }
        let hours: Int
        switch unit {
        case "h": hours = count
        case "d": hours = count * 24
        case "w": hours = count * 24 * 7
        default: return nil
        }
        return hours <= 24 * 3653 ? TimeInterval(hours * 3600) : nil
    }
}
