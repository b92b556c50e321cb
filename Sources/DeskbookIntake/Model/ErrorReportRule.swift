/// Error reports need the steps that lead to the error and the error message, a log or a screenshot.
///
/// A request is an error report when `when` holds or its subject or description contains one of `words`.
/// Steps are two or more numbered lines (`1.`, `2)`) or one of `stepsWords`. Evidence is a filled
/// `evidenceFields` field, a quoted fragment of four or more characters on one line ("…", “…”, «…», `…`),
/// or a fenced code block (```). With `requiresSteps` false (`steps: false`), only the evidence is asked for.
public struct ErrorReportRule: Sendable, Hashable, Codable {
    public var when: [Condition]
    public var words: Keywords
    public var stepsWords: Keywords
    public var evidenceFields: [String]
    public var requiresSteps: Bool

    private enum CodingKeys: String, CodingKey {
        case when, words
        case stepsWords = "steps_words"
        case evidenceFields = "evidence_fields"
        case requiresSteps = "requires_steps"
    }

    public init(when: [Condition], words: Keywords, stepsWords: Keywords, evidenceFields: [String], requiresSteps: Bool = true) {
        self.when = when
        self.words = words
        self.stepsWords = stepsWords
        self.evidenceFields = evidenceFields
        self.requiresSteps = requiresSteps
    }
}
