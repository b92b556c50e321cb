/// Error reports need the steps that lead to the error and the error message, a log or a screenshot.
///
/// A request is an error report when `when` holds or its subject or description contains one of `words`.
/// Steps are two or more numbered lines (`1.`, `2)`), steps numbered inside a line ("1) open; 2) click"), one
/// of `stepsWords`, or one of `firstWords` followed later by one of `thenWords` ("first… then…"). Evidence is
/// a filled `evidenceFields` field, a fenced code block (```), or, unless `quotedEvidence` is false, a quoted
/// fragment of four or more characters on one line ("…", “…”, «…», `…`). With `requiresSteps` false
/// (`steps: false`), only the evidence is asked for.
public struct ErrorReportRule: Sendable, Hashable, Codable {
    public var when: [Condition]
    public var words: Keywords
    public var stepsWords: Keywords
    public var firstWords: Keywords
    public var thenWords: Keywords
    public var evidenceFields: [String]
    public var requiresSteps: Bool
    /// Whether a quoted fragment of the description counts as evidence (an error message quoted); false when
    /// the policy asks for a log or a screenshot, as a quoted button label is no evidence of an error.
    public var quotedEvidence: Bool

    private enum CodingKeys: String, CodingKey {
        case when, words
        case stepsWords = "steps_words"
        case firstWords = "first_words"
        case thenWords = "then_words"
        case evidenceFields = "evidence_fields"
        case requiresSteps = "requires_steps"
        case quotedEvidence = "quoted_evidence"
    }

    public init(
        when: [Condition], words: Keywords, stepsWords: Keywords, firstWords: Keywords = Keywords(), thenWords: Keywords = Keywords(),
        evidenceFields: [String], requiresSteps: Bool = true, quotedEvidence: Bool = true
    ) {
        self.when = when
        self.words = words
        self.stepsWords = stepsWords
        self.firstWords = firstWords
        self.thenWords = thenWords
        self.evidenceFields = evidenceFields
        self.requiresSteps = requiresSteps
        self.quotedEvidence = quotedEvidence
    }
}
