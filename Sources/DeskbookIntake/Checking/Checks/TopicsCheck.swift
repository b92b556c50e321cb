/// One topic per request.
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
    /// Several topics: questions routed to different departments, or many numbered questions; see `TopicRule`.
    mutating func checkTopics() {
        guard let rule = rules.oneTopic, let body else { return }
        let departments = Set(RequestText.questions(body).compactMap { bestDepartment(for: [$0])?.id })
        let numberedQuestions = RequestText.numberedLines(body).filter { line in
            let trimmed = RequestText.trim(line)
            return trimmed.hasSuffix("?") || trimmed.hasSuffix("\u{FF1F}")
        }
        if departments.count >= 2 || numberedQuestions.count >= rule.maxNumberedQuestions {
            findings.add(.topicMultiple, field: rules.bodyField)
        }
    }
}
