import Foundation

/// Checks that a regular expression from intake.yml means the same to ICU (Swift) and to ECMAScript with the
/// `u` flag (browsers), the two engines that apply it, and that neither can take exponential or quadratic
/// time on it (`PatternSafety`).
enum PatternCheck {
    /// Escapes both engines read alike: classes, control characters, references and escaped syntax characters.
    private static let portableEscapes = Set("dDwWsSbBnrtfv0123456789cxupPk^$\\.*+?()[]{}|/-")

    /// Nil when the pattern is usable, otherwise what is wrong with it.
    static func problem(in pattern: String) -> String? {
        do {
            _ = try NSRegularExpression(pattern: pattern)
        } catch {
            return "invalid regular expression '\(pattern)'"
        }
        let characters = Array(pattern)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "\\", let next {
                if !portableEscapes.contains(next) {
                    return "regular expression '\(pattern)' uses \\\(next), which browsers do not support"
                }
                index += 2
                continue
            }
            if character == "(", next == "?" {
                let kind = index + 2 < characters.count ? characters[index + 2] : nil
                if let kind, !":=!<".contains(kind) {
                    return "regular expression '\(pattern)' uses inline options (?\(kind)...), which browsers do not support"
                }
            }
            if "*+?}".contains(character), next == "+" {
                return "regular expression '\(pattern)' uses a possessive quantifier (\(character)+), which browsers do not support"
            }
            index += 1
        }
        return PatternSafety.problem(in: pattern)
    }
}
