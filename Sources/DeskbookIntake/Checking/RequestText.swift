/// Character-level facts about request text. Every function works on Unicode scalars, as checker.js works on
/// code points, so lengths and positions agree with the browser.
enum RequestText {
    /// Spaces that `trim` removes: ASCII whitespace and the Unicode space separators.
    private static let spaces: Set<UInt32> = [
        0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
        0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF,
    ]
    private static let quotePairs: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
        ("\"", "\""), ("\u{201C}", "\u{201D}"), ("\u{00AB}", "\u{00BB}"), ("`", "`"), ("\u{201E}", "\u{201C}"),
    ]
    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "\n", "\u{2026}", "\u{FF1F}"]

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { spaces.contains(scalar.value) }

    /// A-Z as a-z, every other character as it is: the lowercasing checker.js does the same way everywhere.
    static func asciiLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    /// The text without leading and trailing spaces; the text itself, uncopied, when it has none (the usual case).
    static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
              let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        if start == scalars.startIndex, scalars.index(after: end) == scalars.endIndex { return text }
        return String(String.UnicodeScalarView(scalars[start...end]))
    }

    /// Length in Unicode scalars.
    static func length(_ text: String) -> Int { text.unicodeScalars.count }

    /// True when the text has something shaped like an HTML tag: `<` then a letter, `/` or `!`, and later `>`.
    static func hasMarkup(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let lastClose = scalars.lastIndex(of: ">") else { return false }
        for (index, scalar) in scalars.enumerated() where scalar == "<" && index + 1 < lastClose {
            let next = scalars[index + 1]
            if next == "/" || next == "!" || ("a"..."z").contains(next) || ("A"..."Z").contains(next) { return true }
        }
        return false
    }

    /// Lines that start, after spaces, with one to three digits, then `.` or `)`, then a space or tab.
    static func numberedLines(_ text: String) -> [String] {
        lines(text).filter { line in
            let scalars = Array(trim(line).unicodeScalars)
            var index = 0
            while index < scalars.count, index < 3, ("0"..."9").contains(scalars[index]) { index += 1 }
            return index > 0 && index + 1 < scalars.count
                && (scalars[index] == "." || scalars[index] == ")")
                && (scalars[index + 1] == " " || scalars[index + 1] == "\t")
        }
    }

    /// True when the text numbers two or more steps inside its lines: `1.` or `1)` after the start or a space
    /// and before a space, then `2.` or `2)` the same way later on ("Steps: 1) open; 2) click").
    static func hasInlineSteps(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var expected = 1
        var index = 0
        while index < scalars.count {
            var end = index
            while end < scalars.count, end - index < 3, ("0"..."9").contains(scalars[end]) { end += 1 }
            let startsWord = index == 0 || isSpace(scalars[index - 1])
            if end > index, startsWord, end + 1 < scalars.count, scalars[end] == "." || scalars[end] == ")",
               isSpace(scalars[end + 1]), Int(String(String.UnicodeScalarView(scalars[index..<end]))) == expected {
                if expected == 2 { return true }
                expected += 1
            }
            index = max(end, index + 1)
        }
        return false
    }

    /// A question without a short lead-in ending in a colon ("And also: why…" gives "why…"): a colon then a
    /// space after one to three words. The lead-in names no topic and only blurs the search for the question.
    static func withoutLeadIn(_ sentence: String) -> String {
        let scalars = Array(sentence.unicodeScalars)
        guard let colon = scalars.firstIndex(of: ":"), colon + 1 < scalars.count, isSpace(scalars[colon + 1]) else { return sentence }
        let words = scalars[..<colon].split(whereSeparator: isSpace)
        guard (1...3).contains(words.count) else { return sentence }
        let rest = trim(String(String.UnicodeScalarView(scalars[(colon + 1)...])))
        return rest.isEmpty ? sentence : rest
    }

    /// Sentences ending in `?`, split at `.`, `!`, `?`, `…` and line breaks, trimmed, without the end marks and
    /// lead-ins (`withoutLeadIn`).
    static func questions(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var inEnding = false
        var isQuestion = false
        func finish() {
            let sentence = withoutLeadIn(trim(String(current)))
            if isQuestion, !sentence.isEmpty { result.append(sentence) }
            current = String.UnicodeScalarView()
            inEnding = false
            isQuestion = false
        }
        for scalar in text.unicodeScalars {
            if sentenceEnds.contains(scalar) {
                inEnding = true
                if scalar == "?" || scalar == "\u{FF1F}" { isQuestion = true }
            } else {
                if inEnding { finish() }
                current.append(scalar)
            }
        }
        finish()
        return result
    }

    /// True when some line holds a quoted fragment of four or more characters ("…", “…”, «…», `…`, „…“).
    static func hasQuotedFragment(_ text: String) -> Bool {
        for line in lines(text) {
            let scalars = Array(line.unicodeScalars)
            for pair in quotePairs {
                var index = 0
                while let open = scalars[index...].firstIndex(of: pair.open) {
                    guard let close = scalars[(open + 1)...].firstIndex(of: pair.close) else { break }
                    if close - open - 1 >= 4 { return true }
                    index = close + 1
                    if index >= scalars.count { break }
                }
            }
        }
        return false
    }

    /// The non-empty lines of the text, split at line feeds only (a carriage return stays and is trimmed later).
    static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n").map { String(String.UnicodeScalarView($0)) }
    }

    /// True when the text has a fenced code block marker.
    static func hasCodeFence(_ text: String) -> Bool { text.contains("```") }
}
