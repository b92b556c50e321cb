import DeskbookCore
import Yams

extension IntakeRules {
    /// Reads intake.yml. Every mistake is a diagnostic at its file:line:col; `rules` is nil when any is an error.
    public static func parse(yaml: String, path: String) -> (rules: IntakeRules?, diagnostics: [Diagnostic]) {
        var parser = IntakeConfigParser(path: path)
        let rules = parser.parse(yaml)
        let diagnostics = parser.reader.diagnostics.sortedByLocation()
        return (diagnostics.containsErrors ? nil : rules, diagnostics)
    }
}

/// Turns intake.yml into `IntakeRules`, section by section.
struct IntakeConfigParser {
    static let topKeys = [
        "languages", "default_language", "limits", "fields", "subject_field", "body_field", "category_field",
        "require_one_of", "subject", "follow_up", "one_topic", "error_reports", "abuse", "conduct", "out_of_scope", "routing", "schedule",
        "documentation", "severities", "messages", "submit", "ticket", "forward", "store", "duplicates", "contracts",
        "unclear", "out_of_competence",
    ]

    var reader: ConfigReader
    var languages = SiteLanguages(all: ["en"], fallback: "en")
    var fields: [FieldRule] = []
    /// Fields named by `required_when`, checked once every field is known.
    var pendingConditions: [(field: String, node: Node)] = []

    init(path: String) {
        reader = ConfigReader(path: path)
    }

    mutating func parse(_ yaml: String) -> IntakeRules? {
        let root: Node
        switch reader.source.parse(yaml) {
        case .failure(let diagnostic):
            reader.append(diagnostic)
            return nil
        case .success(nil):
            reader.append(.error("intake.yml is empty; it needs at least a list of fields", at: SourceLocation(path: reader.source.path)))
            return nil
        case .success(let node?):
            root = node
        }
        guard let top = reader.keyed(root, allowed: Self.topKeys, in: "intake.yml") else { return nil }
        readLanguages(top)
        var limits = Limits()
        if let node = top["limits"] { limits = readLimits(node) }
        if let node = top["fields"] {
            fields = readFields(node, limits: limits)
        } else {
            reader.append(.error("intake.yml needs a list of fields", at: reader.source.location(of: root)))
        }
        for pending in pendingConditions {
            _ = knownField(pending.field, at: pending.node, "required_when")
        }
        let subjectField = fieldReference(top["subject_field"], "subject_field", default: "subject")
        let bodyField = fieldReference(top["body_field"], "body_field", default: "description")
        let categoryField = fieldReference(top["category_field"], "category_field", default: "category")
        let needs = [("subject", "subject_field", subjectField), ("follow_up", "subject_field", subjectField),
                     ("one_topic", "body_field", bodyField), ("error_reports", "body_field", bodyField)]
        for (section, key, field) in needs where field == nil {
            if let node = top[section] {
                reader.error("\(section) needs the field it reads: add it to fields or name it with \(key)", at: node)
            }
        }
        var rules = IntakeRules(
            languages: languages.all, defaultLanguage: languages.fallback, limits: limits, fields: fields,
            subjectField: subjectField, bodyField: bodyField, categoryField: categoryField,
            subject: nil, followUp: nil, oneTopic: nil, errorReports: nil, abuse: nil, outOfScope: [],
            routing: nil, schedule: nil, documentation: nil,
            severities: readSeverities(top["severities"]), messages: readMessages(top["messages"]),
            calendar: CalendarWords.defaults.filter { languages.all.contains($0.key) }
        )
        if let node = top["require_one_of"] { rules.requireOneOf = readRequiredGroups(node) }
        // Before the rules that search with the documentation's limit.
        if let node = top["documentation"] { rules.documentation = readDocumentation(node) }
        if let node = top["subject"] { rules.subject = readSubject(node) }
        if let node = top["follow_up"] { rules.followUp = readFollowUp(node) }
        if let node = top["one_topic"] { rules.oneTopic = readTopic(node, documentation: rules.documentation) }
        if let node = top["error_reports"] { rules.errorReports = readErrorReports(node) }
        if let node = top["abuse"] { rules.abuse = readAbuse(node) }
        if let node = top["conduct"] { rules.conduct = readConduct(node) }
        rules.unclear = top["unclear"].map { readUnclear($0) } ?? UnclearRule(filters: knownWordFilters)
        if let node = top["out_of_scope"] { rules.outOfScope = readScope(node) }
        if let node = top["routing"] { rules.routing = readRouting(node, categoryField: categoryField) }
        if let node = top["schedule"] { rules.schedule = readSchedule(node) }
        if let node = top["out_of_competence"] { rules.outOfCompetence = readCompetence(node, documentation: rules.documentation) }
        if let node = top["submit"] { rules.submit = readSubmit(node) }
        if let node = top["ticket"] { rules.service.ticketFormat = readTicket(node) }
        if let node = top["forward"] { rules.service.forward = readForward(node) }
        if let node = top["store"] { rules.service.store = readStore(node) }
        if let node = top["duplicates"] { rules.service.duplicates = readDuplicates(node) }
        if let node = top["contracts"] { rules.service.contracts = readContracts(node) }
        return rules
    }

    private mutating func readLanguages(_ top: [String: Node]) {
        if let node = top["languages"], let list = reader.words(node, "languages") {
            for language in list where !MessageCatalog.languages.contains(language) {
                reader.error("language '\(language)' has no built-in wording; supported: \(MessageCatalog.languages.joined(separator: ", "))", at: node)
            }
            let supported = list.filter(MessageCatalog.languages.contains)
            if !supported.isEmpty { languages = SiteLanguages(all: supported, fallback: supported[0]) }
        }
        if let node = top["default_language"], let language = reader.word(node, "default_language") {
            if languages.all.contains(language) {
                languages.fallback = language
            } else {
                reader.error("default_language '\(language)' is not one of languages (\(languages.all.joined(separator: ", ")))", at: node)
            }
        }
    }

    private mutating func readLimits(_ node: Node) -> Limits {
        var limits = Limits()
        guard let keys = reader.keyed(node, allowed: ["request_bytes", "field_length", "attachment_bytes", "attachments"], in: "limits") else {
            return limits
        }
        if let value = keys["request_bytes"].flatMap({ reader.int($0, "limits.request_bytes", in: 1_000...50_000_000) }) {
            limits.requestBytes = value
        }
        if let value = keys["field_length"].flatMap({ reader.int($0, "limits.field_length", in: 10...1_000_000) }) {
            limits.fieldLength = value
        }
        if let value = keys["attachment_bytes"].flatMap({ reader.int($0, "limits.attachment_bytes", in: 1_000...100_000_000) }) {
            limits.attachmentBytes = value
        }
        if let value = keys["attachments"].flatMap({ reader.int($0, "limits.attachments", in: 0...20) }) {
            limits.attachments = value
        }
        return limits
    }

    /// A field id given under `key`, or `fallback` when that field exists; nil when neither names a field.
    private mutating func fieldReference(_ node: Node?, _ key: String, default fallback: String) -> String? {
        guard let node else { return fields.contains { $0.id == fallback } ? fallback : nil }
        guard let id = reader.word(node, key) else { return nil }
        return knownField(id, at: node, key) ? id : nil
    }

    /// Reports an id that names no field.
    mutating func knownField(_ id: String, at node: Node, _ what: String) -> Bool {
        guard fields.contains(where: { $0.id == id }) else {
            reader.error("\(what) names '\(id)', which is not a field; fields: \(fields.map(\.id).joined(separator: ", "))", at: node)
            return false
        }
        return true
    }
}
