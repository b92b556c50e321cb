import Foundation

extension TicketFormat {
    /// The ticket numbers of this format written in `text`, in order (a follow-up's subject carries one).
    public func numbers(in text: String) -> [String] {
        let pattern = pieces.map { piece in
            switch piece {
            case .text(let literal): NSRegularExpression.escapedPattern(for: literal)
            case .year: "[0-9]{4}"
            case .sequence(let width): width == 0 ? "[0-9]+" : "[0-9]{\(width),}"
            }
        }.joined()
        guard let expression = try? NSRegularExpression(pattern: "(?<![0-9A-Za-z])" + pattern + "(?![0-9])") else { return [] }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range, in: text).map { String(text[$0]) }
        }
    }
}
