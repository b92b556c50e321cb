/// Questions outside the support team's competence (`out_of_competence`): a request that no article of the site
/// covers and that no routing department's words claim.
///
/// "Covers" means the site's search engine finds an article for the subject and description with a calibrated
/// confidence (see `SearchSuggester.confidence`) of at least `confidence`. Without a search engine (a site that
/// was not built, a form whose search failed) the rule says nothing, so it is off unless intake.yml asks for it.
public struct CompetenceRule: Sendable, Hashable, Codable {
    /// The confidence (0...1) from which the site's best article is taken to cover the request.
    public var confidence: Double
    /// How many articles the search returns: `documentation.limit` when that section is there, otherwise 5.
    public var limit: Int

    public init(confidence: Double = 0.3, limit: Int = 5) {
        self.confidence = confidence
        self.limit = limit
    }
}
