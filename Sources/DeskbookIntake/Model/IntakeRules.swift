import DeskbookCore

/// Everything intake.yml says, resolved and ready to check requests against.
///
/// The same value, encoded as JSON by `browserJSON()`, drives the browser checker, so every default and every
/// stem is decided here once.
public struct IntakeRules: Sendable, Hashable, Codable {
    public var languages: [String]
    public var defaultLanguage: String
    public var limits: Limits
    public var fields: [FieldRule]
    /// The fields the language rules read as subject and description, and the field routing reads as category.
    public var subjectField: String?
    public var bodyField: String?
    public var categoryField: String?
    public var subject: SubjectRule?
    public var followUp: FollowUpRule?
    public var oneTopic: TopicRule?
    public var errorReports: ErrorReportRule?
    /// Offensive words; nil turns the check off.
    public var abuse: Keywords?
    public var outOfScope: [ScopeTopic]
    public var routing: RoutingRule?
    public var schedule: ScheduleRule?
    public var documentation: DocumentationRule?
    /// The severity of every finding code.
    public var severities: [String: Severity]
    /// Message templates by key, then language, for every site language.
    public var messages: [String: [String: String]]
    public var calendar: [String: CalendarWords]
    /// Threats and insults addressed to the reader; nil turns the check off.
    public var conduct: ConductRule? = nil
    /// Groups of fields of which a request fills at least one (`require_one_of: [[email, phone]]`).
    public var requireOneOf: [[String]] = []
    /// Where the request form sends requests; nil when intake.yml has no `submit` section.
    public var submit: SubmitRule? = nil
    /// Descriptions whose meaning cannot be made out; nil turns the check off.
    public var unclear: UnclearRule? = nil
    /// Requests no article and no department fits; nil (the default) turns the check off.
    public var outOfCompetence: CompetenceRule? = nil
    /// Ticket numbering and delivery, for the intake service; never sent to the browser (see `CodingKeys`).
    public var service = ServiceRules()

    /// Everything but `service`, under the keys of docs/intake-rules.schema.json.
    private enum CodingKeys: String, CodingKey {
        case languages, limits, fields, subject, abuse, routing, schedule, documentation, severities, messages
        case calendar, submit, conduct, unclear
        case defaultLanguage = "default_language"
        case subjectField = "subject_field"
        case bodyField = "body_field"
        case categoryField = "category_field"
        case followUp = "follow_up"
        case oneTopic = "one_topic"
        case errorReports = "error_reports"
        case outOfScope = "out_of_scope"
        case requireOneOf = "require_one_of"
        case outOfCompetence = "out_of_competence"
    }

    public init(
        languages: [String], defaultLanguage: String, limits: Limits, fields: [FieldRule],
        subjectField: String?, bodyField: String?, categoryField: String?,
        subject: SubjectRule?, followUp: FollowUpRule?, oneTopic: TopicRule?, errorReports: ErrorReportRule?,
        abuse: Keywords?, outOfScope: [ScopeTopic], routing: RoutingRule?, schedule: ScheduleRule?,
        documentation: DocumentationRule?, severities: [String: Severity], messages: [String: [String: String]],
        calendar: [String: CalendarWords]
    ) {
        self.languages = languages
        self.defaultLanguage = defaultLanguage
        self.limits = limits
        self.fields = fields
        self.subjectField = subjectField
        self.bodyField = bodyField
        self.categoryField = categoryField
        self.subject = subject
        self.followUp = followUp
        self.oneTopic = oneTopic
        self.errorReports = errorReports
        self.abuse = abuse
        self.outOfScope = outOfScope
        self.routing = routing
        self.schedule = schedule
        self.documentation = documentation
        self.severities = severities
        self.messages = messages
        self.calendar = calendar
    }

    /// The field with this id.
    public func field(_ id: String) -> FieldRule? {
        fields.first { $0.id == id }
    }

    /// The hidden form field that only bots fill: `submit.honeypot`, or `deskbook_website`.
    public var honeypot: String { submit?.honeypot ?? SubmitRule.defaultHoneypot }

    /// How many articles one search for a request returns, nil when no rule searches: `documentation.limit`,
    /// or `out_of_competence.limit` (the same number when both are set).
    public var searchLimit: Int? { documentation?.limit ?? outOfCompetence?.limit }

    /// `language` when the site supports it, otherwise the default language.
    public func resolvedLanguage(_ language: String?) -> String {
        guard let language, languages.contains(language) else { return defaultLanguage }
        return language
    }
}
