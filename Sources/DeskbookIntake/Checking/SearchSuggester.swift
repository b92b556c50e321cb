import DeskbookSearch
import Foundation

/// Suggests help articles with the site's search engine, over the index `deskbook build` writes to
/// `public/search/`: the suggester of `deskbook check`, and of the HTTP API later.
///
/// Each result's score becomes a confidence from 0 to 1 with `confidence(score:rival:terms:matched:)`, the same function as
/// `searchConfidence` in the request form's script (themes/default/assets/js/request-form.js). The form sends
/// the same query (subject and description joined by a line break) with the same limit to the same ranking
/// (search.js mirrors `SearchEngine`), so the documentation-first rule decides alike in both places.
///
/// Make one suggester and keep it: its engine keeps the index files it has decoded, so only the first
/// requests pay for reading the index (bench/check_speed.py measures the checks after that).
public struct SearchSuggester: ArticleSuggester {
    /// The most a query term adds to a score: a word found as typed (weight 4) at the highest impact (255).
    public static let maxScorePerTerm = 4 * 255
    /// The most query terms a search uses (`MatchWeights.maxTerms`).
    public static let maxTerms = 16

    /// The logistic fit of `confidence(score:rival:terms:matched:)`: bias, then the weights of strength, lead, terms
    /// and coverage.
    /// Fitted by bench/calibrate_confidence.py on the question sets of bench/relevance (see bench/README.md for
    /// the figures); the same numbers as CONFIDENCE_WEIGHTS in request-form.js.
    public static let weights = (bias: 0.576, strength: 2.150, lead: 2.729, terms: 1.434, coverage: 0.753)

    public var engine: SearchEngine

    public init(engine: SearchEngine) {
        self.engine = engine
    }

    /// A suggester over the index in `directory` (a built site's public/search/), or nil when there is none.
    public init?(indexDirectory directory: String) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        self.init(engine: SearchEngine(directory: directory))
    }

    /// At most `limit` articles, best first; none when the index has no such language or cannot be read.
    public func suggest(query: String, language: String, limit: Int) -> [Suggestion] {
        guard let results = try? engine.search(query, language: language, limit: limit, excerpts: false) else { return [] }
        return Self.suggestions(from: results, terms: Self.termCount(of: query, language: language))
    }

    /// How many distinct terms the engine searches `query` for (stop words dropped, at most `maxTerms`).
    public static func termCount(of query: String, language: String) -> Int {
        var terms: Set<String> = []
        for term in TextAnalyzer().analyze(query, language: language) where terms.count < maxTerms { terms.insert(term) }
        return terms.count
    }

    /// Results of a query of `terms` terms as suggestions: each score compared with the best score among the other
    /// results. A result far behind the best one gets a confidence of 0 and is left out: it would only pad the list.
    public static func suggestions(from results: [SearchResult], terms: Int) -> [Suggestion] {
        results.enumerated().compactMap { index, result in
            var rival = 0
            for (other, candidate) in results.enumerated() where other != index { rival = max(rival, candidate.score) }
            let score = confidence(score: result.score, rival: rival, terms: terms, matched: result.matched ?? terms)
            return score > 0 ? Suggestion(title: result.title, url: result.url, kind: result.kind, score: score) : nil
        }
    }

    /// The probability that a result answers the request, from 0 to 1, rounded to 3 decimals: a logistic function
    /// (`weights`) of four features of the result's `score`, the best `rival` score of the other results (0 when
    /// there is none), the number of query `terms` and how many of them the result `matched`:
    ///
    /// - strength: log2(score / (terms × `maxScorePerTerm`)), how near the result comes to matching every term as
    ///   typed at the highest impact; a page that shares a word or two with a long request stays far below;
    /// - lead: (score − rival) / score, how far ahead of the others it is (negative for a result behind the best);
    /// - terms: log2(terms), as a long request gathers score from incidental words;
    /// - coverage: matched / terms, as a page that matches the request's other words but not its key one (an
    ///   import article for "Export tasks to CSV file") answers another question.
    ///
    /// A result 50% or more behind the best (3 × score ≤ 2 × rival) gets 0. The same arithmetic in the same order
    /// as `searchConfidence` in request-form.js, so both give the same number.
    public static func confidence(score: Int, rival: Int, terms: Int, matched: Int) -> Double {
        guard score > 0, 3 * score > 2 * max(0, rival) else { return 0 }
        let terms = min(max(terms, 1), maxTerms)
        let coverage = Double(min(max(matched, 0), terms)) / Double(terms)
        let strength = log2(Double(score) / Double(terms * maxScorePerTerm))
        let lead = Double(score - max(0, rival)) / Double(score)
        let z = weights.bias + weights.strength * strength + weights.lead * lead + weights.terms * log2(Double(terms))
            + weights.coverage * coverage
        let value = 1 / (1 + exp(-z))
        return (value * 1000).rounded() / 1000
    }
}
