/// One topic per request: questions for different departments or different sections of the site, or a numbered
/// list of questions.
struct TopicsCheck: IntakeCheck {
    let name = "topics"
    let codes: [FindingCode] = [.topicMultiple]

    func check(_ context: inout CheckContext) {
        context.checkTopics()
    }
}

extension FindingCode {
    public static let topicMultiple = FindingCode("topic.multiple", .warning)
}

private extension CheckContext {
    /// Several topics: questions routed to different departments or answered in different sections of the
    /// site, or many numbered questions; see `TopicRule`.
    mutating func checkTopics() {
        guard let rule = rules.oneTopic, let body else { return }
        let questions = RequestText.questions(body)
        let departments = Set(questions.compactMap { bestDepartment(for: [$0])?.id })
        let numberedQuestions = RequestText.numberedLines(body).filter { line in
            let trimmed = RequestText.trim(line)
            return trimmed.hasSuffix("?") || trimmed.hasSuffix("\u{FF1F}")
        }
        if departments.count >= 2 || sections(of: questions, rule).count >= 2 || numberedQuestions.count >= rule.maxNumberedQuestions {
            findings.add(.topicMultiple, field: rules.bodyField)
        }
    }

    /// The sections of the site (`TopicRule.section(of:)`) of the questions' best articles, counting only
    /// those found with at least `searchConfidence`. Empty without that setting, a search engine or two
    /// questions: one question is one topic.
    func sections(of questions: [String], _ rule: TopicRule) -> Set<String> {
        guard let confidence = rule.searchConfidence, let suggester, questions.count >= 2 else { return [] }
        var sections: Set<String> = []
        for question in questions {
            guard let best = suggester.suggest(query: question, language: language, limit: rule.searchLimit).first,
                  best.score >= confidence else { continue }
            sections.insert(TopicRule.section(of: best.url))
        }
        return sections
    }
}
