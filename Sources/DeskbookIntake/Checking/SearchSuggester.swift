import DeskbookSearch
import Foundation

/// Suggests help articles with the site's search engine, over the index `deskbook build` writes to
/// `public/search/`: the suggester of `deskbook check`, and of the HTTP API later.
///
/// Each result's score becomes a confidence from 0 to 1 with `confidence(score:rival:)`, the same function as
/// `searchConfidence` in the request form's script (themes/default/assets/js/request-form.js). The form sends
/// the same query (subject and description joined by a line break) with the same limit to the same ranking
/// (search.js mirrors `SearchEngine`), so the documentation-first rule decides alike in both places.
///
/// Make one suggester and keep it: its engine keeps the index files it has decoded, so only the first
/// requests pay for reading the index (bench/check_speed.py measures the checks after that).
public struct SearchSuggester: ArticleSuggester {
    /// A score at which a page counts as a strong match: four words matched as typed with impact 150
    /// (4 × 4 × 150), about what a page gets for a request's key words in its title and headings.
    public static let reference = 2400

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
        guard let results = try? engine.search(query, language: language, limit: limit) else { return [] }
        return Self.suggestions(from: results)
    }

    /// Results as suggestions: each score compared with the best score among the other results. A result far
    /// behind the best one gets a confidence of 0 and is left out: it would only pad the list.
    public static func suggestions(from results: [SearchResult]) -> [Suggestion] {
        results.enumerated().compactMap { index, result in
            var rival = 0
            for (other, candidate) in results.enumerated() where other != index { rival = max(rival, candidate.score) }
            let score = confidence(score: result.score, rival: rival)
            return score > 0 ? Suggestion(title: result.title, url: result.url, kind: result.kind, score: score) : nil
        }
    }

    /// How sure we are that a result answers the request, from 0 to 1: strength × lead, rounded to 3 decimals.
    ///
    /// - strength: `min(score, reference) / reference`; a page sharing only a word or two with the request stays
    ///   well below 1.
    /// - lead: `(score − rival) / score + 1/2`, within 0...1, where `rival` is the best score of the other
    ///   results (0 when there is none): a page 50% ahead of the next gets the full lead, a tie 1/2.
    ///
    /// Computed as one division of integers below 2^53, exactly as `searchConfidence` in request-form.js.
    public static func confidence(score: Int, rival: Int) -> Double {
        guard score > 0 else { return 0 }
        let rival = max(0, rival)
        let strength = min(score, reference)
        let lead = min(max(3 * score - 2 * rival, 0), 2 * score)
        let value = Double(strength * lead) / Double(reference * 2 * score)
        return (value * 1000).rounded() / 1000
    }
}
