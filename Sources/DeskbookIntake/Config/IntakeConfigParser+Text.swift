import DeskbookCore
import Yams

extension IntakeConfigParser {
    /// The keys of a section written as a mapping, `[:]` for `true` (all defaults), nil for `false` (off).
    mutating func section(_ node: Node, allowed: [String], _ what: String) -> [String: Node]? {
        if node.scalar != nil {
            return reader.bool(node, what) == true ? [:] : nil
        }
        return reader.keyed(node, allowed: allowed, in: what)
    }

    mutating func readSubject(_ node: Node) -> SubjectRule? {
        guard let keys = section(node, allowed: ["generic_words", "related_to_body"], "subject") else { return nil }
        return SubjectRule(
            genericWords: reader.keywords(keys["generic_words"], "subject.generic_words", defaults: DefaultWords.generic),
            relatedToBody: keys["related_to_body"].flatMap { reader.bool($0, "subject.related_to_body") } ?? true
        )
    }

    mutating func readFollowUp(_ node: Node) -> FollowUpRule? {
        guard let keys = reader.keyed(node, allowed: ["ticket_pattern", "example", "when", "mentions"], in: "follow_up") else { return nil }
        guard let patternNode = keys["ticket_pattern"], let pattern = reader.word(patternNode, "follow_up.ticket_pattern") else {
            reader.error("follow_up needs a ticket_pattern, e.g. '\\[#[0-9]{4,}\\]'", at: node)
            return nil
        }
        if let problem = PatternCheck.problem(in: pattern) {
            reader.error(problem, at: patternNode)
            return nil
        }
        guard let exampleNode = keys["example"], let example = reader.word(exampleNode, "follow_up.example") else {
            reader.error("follow_up needs an example ticket reference to show customers", at: node)
            return nil
        }
        if !FieldFormat.contains(example, pattern: pattern) {
            reader.error("follow_up.example '\(example)' does not match ticket_pattern", at: exampleNode)
        }
        return FollowUpRule(
            ticketPattern: pattern,
            example: example,
            when: keys["when"].map { readConditions($0, "follow_up.when") } ?? [],
            mentions: reader.keywords(keys["mentions"], "follow_up.mentions", defaults: DefaultWords.mentions)
        )
    }

    /// `one_topic: true`, or `{max_numbered_questions: 3, search_confidence: 0.5}`; the questions' searches
    /// return as many articles as `documentation.limit` when `documentation` is there.
    mutating func readTopic(_ node: Node, documentation: DocumentationRule?) -> TopicRule? {
        guard let keys = section(node, allowed: ["max_numbered_questions", "search_confidence"], "one_topic") else { return nil }
        let limit = keys["max_numbered_questions"].flatMap { reader.int($0, "one_topic.max_numbered_questions", in: 2...50) }
        var rule = TopicRule(maxNumberedQuestions: limit ?? 3)
        rule.searchConfidence = keys["search_confidence"].flatMap { reader.double($0, "one_topic.search_confidence", in: 0...1) }
        if let documentation { rule.searchLimit = documentation.limit }
        return rule
    }

    mutating func readErrorReports(_ node: Node) -> ErrorReportRule? {
        let allowed = ["when", "words", "steps", "steps_words", "first_words", "then_words", "evidence_fields", "quoted_evidence"]
        guard let keys = section(node, allowed: allowed, "error_reports") else { return nil }
        var evidence: [String] = []
        if let node = keys["evidence_fields"], let ids = reader.words(node, "error_reports.evidence_fields") {
            evidence = ids.filter { knownField($0, at: node, "error_reports.evidence_fields") }
        }
        return ErrorReportRule(
            when: keys["when"].map { readConditions($0, "error_reports.when") } ?? [],
            words: reader.keywords(keys["words"], "error_reports.words", defaults: DefaultWords.errors),
            stepsWords: reader.keywords(keys["steps_words"], "error_reports.steps_words", defaults: DefaultWords.steps),
            firstWords: reader.keywords(keys["first_words"], "error_reports.first_words", defaults: DefaultWords.firstSteps, keepingStopWords: true),
            thenWords: reader.keywords(keys["then_words"], "error_reports.then_words", defaults: DefaultWords.nextSteps, keepingStopWords: true),
            evidenceFields: evidence,
            requiresSteps: keys["steps"].flatMap { reader.bool($0, "error_reports.steps") } ?? true,
            quotedEvidence: keys["quoted_evidence"].flatMap { reader.bool($0, "error_reports.quoted_evidence") } ?? true
        )
    }

    mutating func readAbuse(_ node: Node) -> Keywords? {
        guard let keys = section(node, allowed: ["words"], "abuse") else { return nil }
        return reader.keywords(keys["words"], "abuse.words", defaults: DefaultWords.abuse, allForms: true)
    }

    /// `unclear: true` (the default), `false`, or `{min_known: 3, min_percent: 60}`.
    mutating func readUnclear(_ node: Node) -> UnclearRule? {
        guard let keys = section(node, allowed: ["min_known", "min_percent"], "unclear") else { return nil }
        let defaults = UnclearRule()
        return UnclearRule(
            minKnown: keys["min_known"].flatMap { reader.int($0, "unclear.min_known", in: 1...100) } ?? defaults.minKnown,
            minPercent: keys["min_percent"].flatMap { reader.int($0, "unclear.min_percent", in: 0...100) } ?? defaults.minPercent,
            filters: knownWordFilters
        )
    }

    /// The known-word filters of the site's languages only, to keep the rules the browser loads small.
    var knownWordFilters: [String: KnownWordFilter] {
        KnownWords.filters.filter { languages.all.contains($0.key) }
    }

    mutating func readConduct(_ node: Node) -> ConductRule? {
        guard let keys = section(node, allowed: ["address", "insults", "threats", "menaces", "negations", "slurs"], "conduct") else { return nil }
        return ConductRule(
            address: reader.keywords(keys["address"], "conduct.address", defaults: DefaultWords.address, keepingStopWords: true),
            insults: reader.keywords(keys["insults"], "conduct.insults", defaults: DefaultWords.insults, allForms: true, keepingStopWords: true),
            threats: reader.keywords(keys["threats"], "conduct.threats", defaults: DefaultWords.threats, keepingStopWords: true),
            menaces: reader.keywords(keys["menaces"], "conduct.menaces", defaults: DefaultWords.menaces, keepingStopWords: true),
            negations: reader.keywords(keys["negations"], "conduct.negations", defaults: DefaultWords.negations, keepingStopWords: true),
            slurs: reader.keywords(keys["slurs"], "conduct.slurs", defaults: SlurWords.defaults, allForms: true, keepingStopWords: true)
        )
    }

    mutating func readScope(_ node: Node) -> [ScopeTopic] {
        guard let items = reader.list(node, "out_of_scope") else { return [] }
        return items.compactMap { item in
            guard let keys = reader.keyed(item, allowed: ["id", "words", "pointer", "url"], in: "an out_of_scope topic"),
                  let idNode = keys["id"], let id = reader.word(idNode, "out_of_scope id") else {
                reader.error("each out_of_scope topic needs an id", at: item)
                return nil
            }
            guard let pointerNode = keys["pointer"],
                  let pointer = reader.localized(pointerNode, "out_of_scope '\(id)' pointer", languages: languages) else {
                reader.error("out_of_scope '\(id)' needs a pointer saying where to go instead", at: item)
                return nil
            }
            let words = reader.keywords(keys["words"], "out_of_scope '\(id)' words", defaults: [:], keepingStopWords: true)
            if words.isEmpty { reader.error("out_of_scope '\(id)' needs words to recognise the topic", at: item) }
            return ScopeTopic(id: id, words: words, pointer: pointer, url: keys["url"].flatMap { reader.word($0, "out_of_scope url") })
        }
    }

    mutating func readRouting(_ node: Node, categoryField: String?) -> RoutingRule? {
        guard let keys = reader.keyed(node, allowed: ["default", "departments"], in: "routing") else { return nil }
        var departments: [Department] = []
        for item in keys["departments"].flatMap({ reader.list($0, "routing.departments") }) ?? [] {
            guard let department = readDepartment(item, categoryField: categoryField) else { continue }
            if departments.contains(where: { $0.id == department.id }) {
                reader.error("department '\(department.id)' is declared twice", at: item)
            } else {
                departments.append(department)
            }
        }
        var fallback: String?
        if let node = keys["default"], let id = reader.word(node, "routing.default") {
            if departments.contains(where: { $0.id == id }) {
                fallback = id
            } else {
                reader.error("routing.default '\(id)' is not one of the departments", at: node)
            }
        }
        return RoutingRule(departments: departments, defaultDepartment: fallback)
    }

    private mutating func readDepartment(_ node: Node, categoryField: String?) -> Department? {
        guard let keys = reader.keyed(node, allowed: ["id", "label", "categories", "words", "words_first", "schedule"], in: "a department"),
              let idNode = keys["id"], let id = reader.word(idNode, "department id") else {
            reader.error("each department needs an id", at: node)
            return nil
        }
        let label = keys["label"].flatMap { reader.localized($0, "department '\(id)' label", languages: languages) }
            ?? LocalizedText(Dictionary(uniqueKeysWithValues: languages.all.map { ($0, id) }))
        let categories = keys["categories"].flatMap { reader.words($0, "department '\(id)' categories") } ?? []
        if let categoryNode = keys["categories"] {
            guard let field = fields.first(where: { $0.id == categoryField }) else {
                reader.error("department '\(id)' has categories but the form has no category field", at: categoryNode)
                return nil
            }
            for category in categories where field.type == .select && !field.options.contains(where: { $0.value == category }) {
                reader.error("department '\(id)' category '\(category)' is not an option of field '\(field.id)'", at: categoryNode)
            }
        }
        let words = reader.keywords(keys["words"], "department '\(id)' words", defaults: [:])
        let wordsFirst = reader.keywords(keys["words_first"], "department '\(id)' words_first", defaults: [:])
        return Department(id: id, label: label, categories: categories, words: words, wordsFirst: wordsFirst,
                          schedule: keys["schedule"].flatMap { readSchedule($0) })
    }

    mutating func readDocumentation(_ node: Node) -> DocumentationRule? {
        guard let keys = section(node, allowed: ["limit", "confidence", "confirm_field", "site"], "documentation") else { return nil }
        let confirm = keys["confirm_field"].flatMap { reader.word($0, "documentation.confirm_field") } ?? "docs_checked"
        if fields.contains(where: { $0.id == confirm }) {
            reader.error("documentation.confirm_field '\(confirm)' is also a form field; choose another name", at: keys["confirm_field"] ?? node)
        }
        return DocumentationRule(
            limit: keys["limit"].flatMap { reader.int($0, "documentation.limit", in: 1...20) } ?? 5,
            confidence: keys["confidence"].flatMap { reader.double($0, "documentation.confidence", in: 0...1) } ?? 0.8,
            confirmField: confirm,
            site: keys["site"].flatMap { readSiteAddress($0) }
        )
    }

    /// `documentation.site`: an http(s) address ending in `/`, kept in ASCII lowercase.
    private mutating func readSiteAddress(_ node: Node) -> String? {
        guard let text = reader.word(node, "documentation.site") else { return nil }
        let lowered = String(String.UnicodeScalarView(text.unicodeScalars.map(RequestText.asciiLowercase)))
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://"), lowered.count > 8, !lowered.contains(where: \.isWhitespace) else {
            reader.error("documentation.site must be the help center's address, such as https://help.example.com/", at: node)
            return nil
        }
        return lowered.hasSuffix("/") ? lowered : lowered + "/"
    }
}
