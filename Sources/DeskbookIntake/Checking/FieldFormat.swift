import Foundation
import Synchronization

/// Applies intake patterns the way the browser does: a field value must match as a whole, a ticket pattern
/// anywhere. Compiled expressions are kept, as the same few patterns run on every request.
enum FieldFormat {
    private struct Compiled: @unchecked Sendable {
        let expression: NSRegularExpression
    }

    private static let cache = Mutex<[String: Compiled]>([:])

    /// True when the whole of `value` matches; values are trimmed first, so `$` cannot stop at a final newline.
    static func matches(_ value: String, pattern: String) -> Bool {
        contains(value, pattern: "^(?:" + pattern + ")$")
    }

    /// True when `pattern` matches somewhere in `text`.
    static func contains(_ text: String, pattern: String) -> Bool {
        guard let expression = expression(for: pattern) else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static func expression(for pattern: String) -> NSRegularExpression? {
        if let compiled = cache.withLock({ $0[pattern] }) { return compiled.expression }
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return nil }
        cache.withLock { $0[pattern] = Compiled(expression: expression) }
        return expression
    }
}
