import Foundation

/// A regular expression from intake.yml as `PatternSafety` reads it: which parts repeat, which alternatives meet,
/// which parts stand for one character. Only the syntax both ICU and browsers accept (see `PatternCheck`) is
/// read exactly; anything else still parses, as single characters.
indirect enum RegexNode {
    /// One character: a literal, a class such as `[^\s@]`, `.`, an escape such as `\d` or `\p{L}`, or a
    /// back-reference (which may stand for any text).
    case character(RegexCharacter)
    /// A zero-width test: `^`, `$`, `\b`, or a lookaround, whose alternatives are checked on their own.
    case assertion([RegexSequence])
    /// A group of alternatives, as written.
    case group([RegexSequence], text: String)
    /// `node` repeated `min` to `max` times (`max` nil when unbounded), as written with its quantifier.
    case repetition(RegexNode, min: Int, max: Int?, text: String)

    /// The pattern's alternatives.
    static func parse(_ pattern: String) -> [RegexSequence] {
        var parser = RegexParser(Array(pattern.unicodeScalars))
        return parser.alternatives()
    }
}

/// One alternative: the parts that follow each other.
struct RegexSequence {
    var nodes: [RegexNode] = []
}

/// One character of a pattern, and the characters it matches (asked of ICU, the engine that checks requests in
/// Swift, one character at a time).
final class RegexCharacter {
    let text: String
    private let isBackReference: Bool
    private lazy var expression = try? NSRegularExpression(pattern: "^(?:" + text + ")$")
    private var known: [Unicode.Scalar: Bool] = [:]

    init(_ text: String, isBackReference: Bool = false) {
        self.text = text
        self.isBackReference = isBackReference
    }

    /// The character itself when this is a plain or escaped literal (`-`, `\.`), not a class or an escape
    /// standing for several characters.
    var literal: Unicode.Scalar? {
        let scalars = Array(text.unicodeScalars)
        if scalars.count == 1, scalars[0] != ".", !isBackReference { return scalars[0] }
        if scalars.count == 2, scalars[0] == "\\", !scalars[1].properties.isAlphabetic, !("0"..."9").contains(scalars[1]) {
            return scalars[1]
        }
        return nil
    }

    /// Whether `scalar` is one of the characters this stands for; a back-reference or an unreadable part
    /// stands for all.
    func matches(_ scalar: Unicode.Scalar) -> Bool {
        if let literal { return literal == scalar }
        if let answer = known[scalar] { return answer }
        var answer = true
        if !isBackReference, let expression {
            let text = String(scalar)
            answer = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        known[scalar] = answer
        return answer
    }

    /// Whether some character matches both: tried on a sample of ASCII, Latin, Cyrillic, other scripts and
    /// spaces, and on every character either one names.
    func overlaps(_ other: RegexCharacter) -> Bool {
        samples(with: other).contains { matches($0) && other.matches($0) }
    }

    /// Whether every character of `other` matches this too (on the same sample).
    func covers(_ other: RegexCharacter) -> Bool {
        samples(with: other).allSatisfy { !other.matches($0) || matches($0) }
    }

    private func samples(with other: RegexCharacter) -> [Unicode.Scalar] {
        Self.samples + Array(text.unicodeScalars) + Array(other.text.unicodeScalars)
    }

    private static let samples: [Unicode.Scalar] = {
        let ranges: [ClosedRange<UInt32>] = [0x00...0x7F, 0xA0...0xFF, 0x0401...0x0401, 0x0410...0x044F, 0x0451...0x0451]
        let others: [UInt32] = [0x0100, 0x01C5, 0x0391, 0x03B1, 0x05D0, 0x0627, 0x0663, 0x0966, 0x1680, 0x2000, 0x200B,
                                0x2028, 0x3000, 0x3042, 0x4E2D, 0xAC00, 0xFEFF, 0xFF10, 0xFF21, 0x1F511]
        return (ranges.flatMap { Array($0) } + others).compactMap(Unicode.Scalar.init)
    }()
}

/// Reads the syntax above, never failing: whatever it does not know is taken as a literal character.
private struct RegexParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Alternatives up to the end or to the `)` closing the current group (left for the caller).
    mutating func alternatives() -> [RegexSequence] {
        var result = [RegexSequence()]
        while let scalar = peek(), scalar != ")" {
            if scalar == "|" {
                index += 1
                result.append(RegexSequence())
                continue
            }
            let start = index
            var node = part()
            while let bounds = quantifier() {
                node = .repetition(node, min: bounds.min, max: bounds.max, text: text(from: start))
            }
            result[result.count - 1].nodes.append(node)
        }
        return result
    }

    private mutating func part() -> RegexNode {
        let start = index
        let scalar = scalars[index]
        index += 1
        switch scalar {
        case "(":
            return group(from: start)
        case "[":
            skipClass()
            return .character(RegexCharacter(text(from: start)))
        case "^", "$":
            return .assertion([])
        case "\\":
            return escape(from: start)
        default:
            return .character(RegexCharacter(String(scalar)))
        }
    }

    /// After `(`: a group, or a lookaround (an assertion).
    private mutating func group(from start: Int) -> RegexNode {
        var isLookaround = false
        if peek() == "?" {
            let kind = scalars.dropFirst(index + 1).prefix(2).map(Character.init)
            isLookaround = kind.first == "=" || kind.first == "!" || kind == ["<", "="] || kind == ["<", "!"]
            if isLookaround {
                index += kind.first == "<" ? 3 : 2
            } else if kind.first == ":" {
                index += 2
            } else if kind.first == "<" {
                skip(through: ">")
            }
        }
        let inner = alternatives()
        if peek() == ")" { index += 1 }
        return isLookaround ? .assertion(inner) : .group(inner, text: text(from: start))
    }

    /// After `\`: an escaped character, a class escape, an anchor or a back-reference.
    private mutating func escape(from start: Int) -> RegexNode {
        guard let scalar = peek() else { return .character(RegexCharacter("\\\\")) }
        index += 1
        switch scalar {
        case "b", "B", "A", "z", "Z", "G":
            return .assertion([])
        case "1"..."9":
            while let digit = peek(), ("0"..."9").contains(digit) { index += 1 }
            return .character(RegexCharacter(text(from: start), isBackReference: true))
        case "k" where peek() == "<":
            skip(through: ">")
            return .character(RegexCharacter(text(from: start), isBackReference: true))
        case "p", "P", "x", "u":
            if peek() == "{" {
                skip(through: "}")
            } else if scalar == "x" || scalar == "u" {
                for _ in 0..<(scalar == "x" ? 2 : 4) where peek()?.properties.isASCIIHexDigit == true { index += 1 }
            } else {
                index = min(index + 1, scalars.count)
            }
        case "c":
            index = min(index + 1, scalars.count)
        default:
            break
        }
        return .character(RegexCharacter(text(from: start)))
    }

    /// After `[`: up to the matching `]`, with escapes and nested classes (ICU's set syntax).
    private mutating func skipClass() {
        if peek() == "^" { index += 1 }
        if peek() == "]" { index += 1 }
        var depth = 1
        while let scalar = peek(), depth > 0 {
            index += 1
            switch scalar {
            case "\\": index = min(index + 1, scalars.count)
            case "[": depth += 1
            case "]": depth -= 1
            default: break
            }
        }
    }

    /// `*`, `+`, `?`, `{n}`, `{n,}` or `{n,m}`, with a lazy `?` or possessive `+` after it.
    private mutating func quantifier() -> (min: Int, max: Int?)? {
        guard let scalar = peek() else { return nil }
        let bounds: (min: Int, max: Int?)
        switch scalar {
        case "*": bounds = (0, nil); index += 1
        case "+": bounds = (1, nil); index += 1
        case "?": bounds = (0, 1); index += 1
        case "{":
            guard let counted = counted() else { return nil }
            bounds = counted
        default:
            return nil
        }
        if peek() == "?" || peek() == "+" { index += 1 }
        return bounds
    }

    /// `{n}`, `{n,}` or `{n,m}` at the current position; nil (and nothing read) when it is a literal brace.
    private mutating func counted() -> (min: Int, max: Int?)? {
        let rest = String(String.UnicodeScalarView(scalars[(index + 1)...].prefix { $0 != "}" }))
        guard index + 1 + rest.unicodeScalars.count < scalars.count else { return nil }
        let parts = rest.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        guard let low = Int(parts[0]) else { return nil }
        var high: Int? = low
        if parts.count == 2 {
            if parts[1].isEmpty {
                high = nil
            } else {
                guard let value = Int(parts[1]) else { return nil }
                high = value
            }
        }
        index += rest.unicodeScalars.count + 2
        return (low, high)
    }

    /// Up to and past the next `terminator`, or to the end.
    private mutating func skip(through terminator: Unicode.Scalar) {
        while let scalar = peek(), scalar != terminator { index += 1 }
        index = min(index + 1, scalars.count)
    }

    private func peek() -> Unicode.Scalar? {
        index < scalars.count ? scalars[index] : nil
    }

    private func text(from start: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<index]))
    }
}
