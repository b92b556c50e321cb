/// Steps 1 and 2 of the definition in `TextAnalyzer`: normalization, then tokens.
public enum Tokenizer {
    /// The tokens of `text`, in text order.
    public static func tokens(in text: String) -> [TextToken] {
        var tokens: [TextToken] = []
        forEachToken(in: text) { token in
            tokens.append(TextToken(text: String(decoding: token.utf8, as: UTF8.self), script: token.script, utf16Range: token.utf16Range))
        }
        return tokens
    }

    /// Calls `body` with each token of `text`, in text order, without making a string per token.
    static func forEachToken(in text: String, _ body: (ScannedToken) -> Void) {
        withoutActuallyEscaping(body) { body in
            var scanner = TokenScanner(body: body)
            NormalizedText.scan(text, into: &scanner)
            scanner.finish()
        }
    }
}

/// A token as `Tokenizer.forEachToken` hands it out; `utf8` is valid only during the call.
struct ScannedToken {
    /// The token's normalized text.
    let utf8: UnsafeBufferPointer<UInt8>
    let script: TextToken.Script
    let utf16Range: Range<Int>
}

/// Step 2 over the normalized scalars: the token being read, and the apostrophe or dot seen right
/// after it, if any.
private struct TokenScanner: NormalizedTextSink {
    let body: (ScannedToken) -> Void
    private var joiner: TokenCharacter?
    private var utf8: [UInt8] = []
    private var start = 0
    private var end = 0
    private var last: TokenCharacter = .other
    private var lastIsInToken = false
    private var hasDigit = false
    private var hasLatin = false
    private var hasCyrillic = false

    init(body: @escaping (ScannedToken) -> Void) {
        self.body = body
        utf8.reserveCapacity(64)
    }

    mutating func append(_ scalar: Unicode.Scalar, start: Int, end: Int) {
        let character = TokenCharacter(scalar)
        lastIsInToken = character.isWordCharacter
        if character.isWordCharacter {
            if joiner == .dot, character != .digit { finish() }
            add(scalar, character, start: start, end: end)
        } else if canJoin(with: character) {
            joiner = character
        } else {
            finish()
        }
    }

    /// Only и, a word character, is ever replaced (by й), so the token's last bytes are its.
    mutating func replaceLast(with scalar: Unicode.Scalar) {
        utf8.removeLast(2)
        UTF8.encode(scalar) { utf8.append($0) }
    }

    mutating func extendLast(to end: Int) {
        if lastIsInToken { self.end = end }
    }

    /// Hands out the token read so far, if any.
    mutating func finish() {
        joiner = nil
        guard !utf8.isEmpty else { return }
        let script: TextToken.Script =
            hasDigit || (hasLatin && hasCyrillic) ? .verbatim : hasLatin ? .latin : .cyrillic
        let range = start..<end
        utf8.withUnsafeBufferPointer { body(ScannedToken(utf8: $0, script: script, utf16Range: range)) }
        utf8.removeAll(keepingCapacity: true)
        (hasDigit, hasLatin, hasCyrillic) = (false, false, false)
    }

    /// Whether `character` may join the token to what follows: an apostrophe after any word
    /// character, a dot after a digit.
    private func canJoin(with character: TokenCharacter) -> Bool {
        guard !utf8.isEmpty, joiner == nil else { return false }
        return character == .apostrophe || (character == .dot && last == .digit)
    }

    private mutating func add(_ scalar: Unicode.Scalar, _ character: TokenCharacter, start: Int, end: Int) {
        if joiner == .dot { utf8.append(UInt8(ascii: ".")) }
        joiner = nil
        if utf8.isEmpty { self.start = start }
        if scalar.isASCII {
            utf8.append(UInt8(scalar.value))
        } else {
            UTF8.encode(scalar) { utf8.append($0) }
        }
        self.end = end
        last = character
        switch character {
        case .digit: hasDigit = true
        case .latin: hasLatin = true
        case .cyrillic: hasCyrillic = true
        case .apostrophe, .dot, .other: break
        }
    }
}
