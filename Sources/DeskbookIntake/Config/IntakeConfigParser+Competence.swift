import Yams

extension IntakeConfigParser {
    /// `out_of_competence: true`, or `{confidence: 0.3}`; the search returns as many articles as
    /// `documentation.limit` when `documentation` is there.
    mutating func readCompetence(_ node: Node, documentation: DocumentationRule?) -> CompetenceRule? {
        guard let keys = section(node, allowed: ["confidence"], "out_of_competence") else { return nil }
        let defaults = CompetenceRule()
        return CompetenceRule(
            confidence: keys["confidence"].flatMap { reader.double($0, "out_of_competence.confidence", in: 0...1) } ?? defaults.confidence,
            limit: documentation?.limit ?? defaults.limit
        )
    }
}
