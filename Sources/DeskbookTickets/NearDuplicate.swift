import Foundation

/// How alike two requests' texts are, from 0 to 1: the Dice coefficient of their character trigrams, after
/// case, punctuation and spacing are set aside. A re-sent request with a word changed stays above 0.9; two
/// different questions on the same topic fall well below.
public enum NearDuplicate {
    public static func similarity(_ first: String, _ second: String) -> Double {
        let a = trigrams(first), b = trigrams(second)
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        let shared = a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) }
        return 2 * Double(shared) / Double(a.values.reduce(0, +) + b.values.reduce(0, +))
    }

    static func trigrams(_ text: String) -> [String: Int] {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
        let letters = Array(" " + words.joined(separator: " ") + " ")
        var counts: [String: Int] = [:]
        if letters.count >= 3 {
            for index in 0...(letters.count - 3) { counts[String(letters[index..<index + 3]), default: 0] += 1 }
        }
        return counts
    }
}
