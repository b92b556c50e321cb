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
        let departments = questions.map { bestDepartment(for: [$0])?.id }
        let numberedQuestions = RequestText.numberedLines(body).filter { line in
            let trimmed = RequestText.trim(line)
            return trimmed.hasSuffix("?") || trimmed.hasSuffix("\u{FF1F}")
        }
        if Set(departments.compactMap { $0 }).count >= 2
            || questionsSpanSections(questions, departments: departments, rule)
            || numberedQuestions.count >= rule.maxNumberedQuestions {
            findings.add(.topicMultiple, field: rules.bodyField)
        }
    }

    /// Whether two of the questions are answered in different sections of the site (`TopicRule.section(of:)`):
    /// each finds articles with at least `searchConfidence`, no section holds such an article for both, and the
    /// routing words do not send both to one department. A question without a confident article, or with fewer
    /// than two words besides the small ones, tells nothing.
    /// False without that setting or a search engine.
    func questionsSpanSections(_ questions: [String], departments: [String?], _ rule: TopicRule) -> Bool {
        guard let confidence = rule.searchConfidence, let suggester, questions.count >= 2 else { return false }
        let sections = questions.map { question -> Set<String> in
            // A question of one word besides the small ones ("What now?", "Что делать?") names no topic.
            guard terms.terms(question).count >= 2 else { return [] }
            return Set(suggester.suggest(query: question, language: language, limit: rule.searchLimit).prefix(rule.searchLimit)
                .filter { $0.score >= confidence }.map { TopicRule.section(of: $0.url) })
        }
        for first in sections.indices where !sections[first].isEmpty {
            for second in sections.indices where second > first && !sections[second].isEmpty {
                let oneDepartment = departments[first] != nil && departments[first] == departments[second]
                if sections[first].isDisjoint(with: sections[second]) && !oneDepartment { return true }
            }
        }
        return false
    }
}
