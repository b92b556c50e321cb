import DeskbookMarkdown

/// One question of an FAQ page with its answer as plain text and its anchor.
public struct FAQQuestion: Sendable, Hashable {
    public var question: String
    public var answer: String
    public var anchor: String
}

/// Finds the questions of an FAQ page: each heading of the page's top heading level opens one.
public enum FAQQuestions {
    public static func extract(from page: Page) -> [FAQQuestion] {
        let sections = page.document.sections
        guard let topLevel = sections.compactMap(\.heading?.level).min() else { return [] }
        var questions: [FAQQuestion] = []
        for section in sections {
            guard let heading = section.heading else { continue }
            if heading.level == topLevel {
                questions.append(FAQQuestion(question: heading.text, answer: section.text, anchor: heading.id))
            } else if let last = questions.indices.last {
                questions[last].answer += " " + heading.text + " " + section.text
            }
        }
        return questions
    }
}
