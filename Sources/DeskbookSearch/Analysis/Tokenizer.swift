/// Steps 1 and 2 of the definition in `TextAnalyzer`: normalization, then tokens.
public enum Tokenizer {
    /// The tokens of `text`, in text order.
    public static func tokens(in text: String) -> [TextToken] {
        let normalized = NormalizedText(text)
        var builder = TokenBuilder()
        var tokens: [TextToken] = []
        for (index, scalar) in normalized.scalars.enumerated() {
            let character = TokenCharacter(scalar)
            if character.isWordCharacter {
                if builder.joiner == .dot, character != .digit { builder.finish(into: &tokens) }
                builder.append(scalar, character, start: normalized.starts[index], end: normalized.ends[index])
            } else if builder.canJoin(with: character) {
                builder.joiner = character
            } else {
                builder.finish(into: &tokens)
            }
        }
        builder.finish(into: &tokens)
        return tokens
    }
}

/// The token being read, and the apostrophe or dot seen right after it, if any.
private struct TokenBuilder {
    var joiner: TokenCharacter?
    private var utf8: [UInt8] = []
    private var start = 0
    private var end = 0
    private var last: TokenCharacter = .other
    private var hasDigit = false
    private var hasLatin = false
    private var hasCyrillic = false

    /// Whether `character` may join the token to what follows: an apostrophe after any word
    /// character, a dot after a digit.
    func canJoin(with character: TokenCharacter) -> Bool {
        guard !utf8.isEmpty, joiner == nil else { return false }
        return character == .apostrophe || (character == .dot && last == .digit)
    }

    mutating func append(_ scalar: Unicode.Scalar, _ character: TokenCharacter, start: Int, end: Int) {
        if joiner == .dot { utf8.append(UInt8(ascii: ".")) }
        joiner = nil
        if utf8.isEmpty { self.start = start }
        UTF8.encode(scalar) { utf8.append($0) }
        self.end = end
        last = character
        switch character {
        case .digit: hasDigit = true
        case .latin: hasLatin = true
        case .cyrillic: hasCyrillic = true
        case .apostrophe, .dot, .other: break
        }
    }

    mutating func finish(into tokens: inout [TextToken]) {
        joiner = nil
        guard !utf8.isEmpty else { return }
        let script: TextToken.Script =
            hasDigit || (hasLatin && hasCyrillic) ? .verbatim : hasLatin ? .latin : .cyrillic
        tokens.append(TextToken(text: String(decoding: utf8, as: UTF8.self), script: script, utf16Range: start..<end))
        utf8.removeAll(keepingCapacity: true)
        (hasDigit, hasLatin, hasCyrillic) = (false, false, false)
    }
}
