/// The part of a description a person wrote: its lines outside code fences that are not log lines.
enum ProseText {
    private static let chunkEdges = Set("\"'()[]{}<>,;:!?.\u{00AB}\u{00BB}\u{201C}\u{201D}\u{201E}".unicodeScalars)
    private static let codeMarks = Set("._/\\:=@#$%&*+|<>()[]{}".unicodeScalars)

    /// The prose lines of `text`.
    static func lines(_ text: String) -> [String] {
        var kept: [String] = []
        var fenced = false
        for line in RequestText.lines(text) {
            if RequestText.trim(line).hasPrefix("```") {
                fenced.toggle()
            } else if !fenced, !isLogLine(line) {
                kept.append(line)
            }
        }
        return kept
    }

    /// A line with a date or time stamp, a stack frame ("at com.example.Service.run(...)"), or at least as
    /// many code-like chunks (digits, inner punctuation, camelCase) as words.
    static func isLogLine(_ line: String) -> Bool {
        let chunks = spaceSeparated(line).map(stripped).filter { !$0.isEmpty }
        if chunks.contains(where: isStamp) { return true }
        if chunks.count >= 2, chunks[0] == ["a", "t"], isCode(chunks[1]) { return true }
        let code = chunks.filter(isCode).count
        return code > 0 && code >= chunks.count - code
    }

    private static func spaceSeparated(_ text: String) -> [[Unicode.Scalar]] {
        var chunks: [[Unicode.Scalar]] = [[]]
        for scalar in text.unicodeScalars {
            if RequestText.isSpace(scalar) { chunks.append([]) } else { chunks[chunks.count - 1].append(scalar) }
        }
        return chunks
    }

    private static func stripped(_ chunk: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var start = 0
        var end = chunk.count
        while start < end, chunkEdges.contains(chunk[start]) { start += 1 }
        while end > start, chunkEdges.contains(chunk[end - 1]) { end -= 1 }
        return Array(chunk[start..<end])
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// Digits, inner punctuation of code, or a capital after a small letter (camelCase), in Latin or Cyrillic.
    private static func isCode(_ chunk: [Unicode.Scalar]) -> Bool {
        var afterSmall = false
        for scalar in chunk {
            if isDigit(scalar) || codeMarks.contains(scalar) { return true }
            let value = scalar.value
            let capital = (0x41...0x5A).contains(value) || (0x410...0x42F).contains(value) || value == 0x401
            if afterSmall, capital { return true }
            afterSmall = (0x61...0x7A).contains(value) || (0x430...0x44F).contains(value) || value == 0x451
        }
        return false
    }

    /// A chunk starting with a time (9:41:07) or a date (2026-02-10, 2026/02/10, 2026.02.10).
    private static func isStamp(_ chunk: [Unicode.Scalar]) -> Bool {
        func digits(_ from: Int, _ count: Int) -> Bool {
            chunk.count >= from + count && chunk[from..<(from + count)].allSatisfy(isDigit)
        }
        func separator(_ at: Int) -> Bool { at < chunk.count && ["-", "/", "."].contains(chunk[at]) }
        func colon(_ at: Int) -> Bool { at < chunk.count && chunk[at] == ":" }
        if digits(0, 4), separator(4), digits(5, 2), separator(7), digits(8, 2) { return true }
        let hour = digits(0, 2) ? 2 : digits(0, 1) ? 1 : 0
        return hour > 0 && colon(hour) && digits(hour + 1, 2) && colon(hour + 3) && digits(hour + 4, 2)
    }
}
