import Foundation

/// Where a term lives in the sharded index.
///
/// Terms are sorted in UTF-8 byte order (the same as code point order, and as UTF-16 order since
/// terms hold only BMP characters). A pair term "password reset" sorts right after its first word
/// "password", before any longer word: that keeps pairs in their first word's shard.
enum TermKeys {
    /// The pair term of two adjacent terms, in either order: the two joined by a space (which no
    /// single term contains), the one first in term order first. "Reset password" and "password
    /// reset" are one pair, as are the free word orders of Russian ("сброс пароля", "пароля сброс").
    static func pair(_ first: String, _ second: String) -> String {
        precedes(second, first) ? second + " " + first : first + " " + second
    }

    /// Whether `term` is a pair term.
    static func isPair(_ term: String) -> Bool {
        term.utf8.contains(0x20)
    }

    /// A term's bucket: the first two code points of its first word (the whole word if shorter).
    /// Typo and prefix matching look at the words of a bucket.
    static func bucket(of term: String) -> String {
        String(String.UnicodeScalarView(term.unicodeScalars.prefix { $0 != " " }.prefix(2)))
    }

    /// A word's middle: its third and fourth code points, nil for a word shorter than four or a
    /// word with digits, which are never corrected. Typos in the first two letters keep the middle
    /// (a substitution) or shift it one letter left (a deletion); middle dictionaries list words
    /// by middle.
    static func middle(of word: String) -> String? {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 4, !scalars.contains(where: { ("0"..."9").contains($0) }) else { return nil }
        return String(String.UnicodeScalarView(scalars[2..<4]))
    }

    /// UTF-8 byte order, the order of terms and shard keys.
    static func precedes(_ left: String, _ right: String) -> Bool {
        var left = left
        var right = right
        return left.withUTF8 { a in
            right.withUTF8 { b in
                guard let first = a.baseAddress, let second = b.baseAddress else { return a.count < b.count }
                let common = memcmp(first, second, min(a.count, b.count))
                return common != 0 ? common < 0 : a.count < b.count
            }
        }
    }

    /// The index in `keys` (sorted, the first being "") of the shard holding `term`.
    static func shard(of term: String, keys: [String]) -> Int {
        var low = 0
        var high = keys.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if precedes(term, keys[middle]) { high = middle } else { low = middle }
        }
        return low
    }
}
