import DeskbookCore

/// The stable identifier of every finding the checker can report; scripts and translations key on it.
public enum FindingCode: String, CaseIterable, Sendable, Codable {
    case requestEncoding = "request.encoding"
    case requestSyntax = "request.syntax"
    case requestNotObject = "request.not-object"
    case requestTooLarge = "request.too-large"
    case requestEmpty = "request.empty"
    case requestUnknownField = "request.unknown-field"
    case requestWrongType = "request.wrong-type"
    case fieldRequired = "field.required"
    case fieldOneOfRequired = "field.one-of-required"
    case fieldTooShort = "field.too-short"
    case fieldTooLong = "field.too-long"
    case fieldFormat = "field.format"
    case fieldOption = "field.option"
    case fieldFileType = "field.file-type"
    case fieldMarkup = "field.markup"
    case fieldNulCharacter = "field.nul-character"
    case subjectEmpty = "subject.empty"
    case subjectGeneric = "subject.generic"
    case subjectUnrelated = "subject.unrelated"
    case followUpTicketMissing = "followup.ticket-missing"
    case followUpNumberHint = "followup.number-hint"
    case topicMultiple = "topic.multiple"
    case errorReportSteps = "error-report.steps"
    case errorReportEvidence = "error-report.evidence"
    case languageAbusive = "language.abusive"
    case languageThreat = "language.threat"
    case languagePersonalAttack = "language.personal-attack"
    case scopeOutside = "scope.outside"
    case docsLikelyAnswer = "docs.likely-answer"
    /// Server only: the same requester sent a near-identical request within intake.yml's `duplicates.window_hours`.
    case requestDuplicate = "request.duplicate"
    /// Server only: intake.yml `contracts` has no such customer id or contract.
    case contractUnknown = "contract.unknown"
    /// Server only: the contract's last valid day has passed.
    case contractExpired = "contract.expired"
    case requestUnclear = "request.unclear"
    case requestWrongLayout = "request.wrong-layout"
    case languageDiscriminatory = "language.discriminatory"

    /// The severity used unless intake.yml overrides it under `severities`.
    public var defaultSeverity: Severity {
        switch self {
        case .requestUnknownField, .fieldMarkup, .subjectUnrelated, .followUpNumberHint, .topicMultiple, .scopeOutside:
            return .warning
        case .requestUnclear, .requestWrongLayout:
            return .warning
        default:
            return .error
        }
    }

    /// Whether only the intake service reports it, from what it stored before: the browser cannot know it.
    public var isServerOnly: Bool {
        [.requestDuplicate, .contractUnknown, .contractExpired].contains(self)
    }

    /// Whether intake.yml may change the severity; a request that cannot be read, or holds a NUL character that
    /// back ends cannot store, always blocks.
    public var severityIsConfigurable: Bool {
        switch self {
        case .requestEncoding, .requestSyntax, .requestNotObject, .requestTooLarge, .requestEmpty, .requestWrongType,
             .fieldNulCharacter:
            return false
        default:
            return true
        }
    }
}
