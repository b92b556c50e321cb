/// What of a customer's question is embedded: its first `budget` words. A query's embedding time grows with
/// its length, and the first words of a request (its subject, then how the description starts) carry what it
/// is about. The default is measured in bench/README.md ("Semantic search").
public enum QueryText {
    public static let defaultBudget = 48

    public static func of(_ question: String, budget: Int = defaultBudget) -> String {
        question.split(whereSeparator: \.isWhitespace).prefix(budget).joined(separator: " ")
    }
}
