import DeskbookSearch

/// The text a search document is embedded from: its title, then what describes it (the description or lead,
/// headings; for an FAQ question, the FAQ's title), then the start of its body, cut at a word boundary within
/// a character budget. The model's cost grows with the text, and a help article's first lines say what it is about.
public enum PassageText {
    /// The default budget, chosen on the development sets (bench/README.md, "Semantic search").
    public static let defaultBudget = 300

    public static func of(_ document: SearchDocument, budget: Int = defaultBudget) -> String {
        let parts = [document.title, document.description, document.headings.joined(separator: ", "), document.body]
        var text = ""
        for part in parts.map({ collapsed($0, upTo: budget) }) where !part.isEmpty {
            text += text.isEmpty ? part : (".!?".contains(text.last!) ? " " : ". ") + part
            if text.count >= budget { break }
        }
        return cut(text, at: budget)
    }

    /// `text` up to `budget` characters, ending at a space when there is one in its second half.
    static func cut(_ text: String, at budget: Int) -> String {
        guard text.count > budget else { return text }
        let head = text.prefix(budget)
        if let space = head.lastIndex(of: " "), head.distance(from: head.startIndex, to: space) > budget / 2 {
            return String(head[..<space])
        }
        return String(head)
    }

    /// `text` with each run of whitespace as one space and none in front, read only until the result is longer
    /// than `limit` (so that `cut` still sees whether a word goes on): a body of any length costs one budget.
    static func collapsed(_ text: String, upTo limit: Int) -> String {
        var result = ""
        var length = 0
        var spaceBefore = false
        for character in text {
            if character.isWhitespace {
                spaceBefore = length > 0
                continue
            }
            if spaceBefore {
                result.append(" ")
                length += 1
                spaceBefore = false
                if length > limit { break }
            }
            result.append(character)
            length += 1
            if length > limit { break }
        }
        return result
    }
}
