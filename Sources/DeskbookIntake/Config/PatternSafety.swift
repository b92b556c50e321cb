/// Finds intake.yml patterns on which a backtracking engine (ICU in Swift, every browser's) can run for seconds
/// or forever, so they are refused at build time instead of freezing the request form.
///
/// The engines try every way a pattern can match a text before they give up; the count of ways explodes when
/// one text can be split between parts of a pattern in many ways. Three simple shapes cause it, and each is
/// refused:
/// - a repeated group holding a part that repeats on its own, `(a+)+`, `(\w+\s?)*`: exponential. Unless the
///   group starts or ends with a character nothing else in it matches, as in `(\.[0-9]+)+` or `([a-z]+-)+`,
///   which marks where each round begins;
/// - a repeated group whose alternatives can start with the same character, `(a|ab)+`, `(\w|\d)*`: exponential;
/// - two unbounded repeats of overlapping characters with only characters the first also takes between them,
///   `[^@]+\.[^@]{2,}`, `\d+0*\d+`: the time grows with the square of the text.
///
/// The checks read the pattern's structure, not its meaning, and only these shapes: a pattern passing them is
/// not proven fast, and the field's length limit still bounds every text a pattern meets.
enum PatternSafety {
    /// Nil when the pattern has none of the shapes, otherwise what is wrong, naming the parts.
    static func problem(in pattern: String) -> String? {
        problem(in: RegexNode.parse(pattern)).map { "regular expression '\(pattern)' \($0)" }
    }

    private static func problem(in alternatives: [RegexSequence]) -> String? {
        for sequence in alternatives {
            if let problem = problem(in: sequence) { return problem }
        }
        return nil
    }

    private static func problem(in sequence: RegexSequence) -> String? {
        for node in sequence.nodes {
            if let problem = problem(in: node) { return problem }
        }
        return overlappingNeighbours(in: sequence)
    }

    private static func problem(in node: RegexNode) -> String? {
        switch node {
        case .character:
            return nil
        case .assertion(let alternatives), .group(let alternatives, _):
            return problem(in: alternatives)
        case .repetition(let body, _, let max, let text):
            if (max ?? 2) > 1 {
                if let inner = varyingRepetition(in: body), !isDelimited(body) {
                    return "can take exponential time: '\(text)' repeats '\(inner)', which repeats on its own; "
                        + "start or end the repeated group with a character nothing else in it matches, as in '(\\.[0-9]+)+'"
                }
                if case .group(let alternatives, let group) = body, alternativesMeet(alternatives) {
                    return "can take exponential time: the alternatives of the repeated group '\(group)' can start "
                        + "with the same character; make each start with characters of its own"
                }
            }
            return problem(in: body)
        }
    }

    /// The text of the first repetition inside `node` whose count can vary (`+`, `*`, `?`, `{2,5}`).
    private static func varyingRepetition(in node: RegexNode) -> String? {
        switch node {
        case .character, .assertion:
            return nil
        case .group(let alternatives, _):
            return alternatives.lazy.flatMap(\.nodes).compactMap(varyingRepetition(in:)).first
        case .repetition(let body, let min, let max, let text):
            return max != min ? text : varyingRepetition(in: body)
        }
    }

    /// Whether the group starts or ends with a literal character that nothing else in it can match, so each
    /// round of its repetition is marked by exactly one such character.
    private static func isDelimited(_ node: RegexNode) -> Bool {
        guard case .group(let alternatives, _) = node, alternatives.count == 1 else { return false }
        let nodes = alternatives[0].nodes
        for end in [nodes.indices.first, nodes.indices.last].compactMap({ $0 }) {
            guard case .character(let mark) = nodes[end], let literal = mark.literal else { continue }
            var others = nodes
            others.remove(at: end)
            if !others.flatMap(characters(in:)).contains(where: { $0.matches(literal) }) { return true }
        }
        return false
    }

    /// Every character of `node`, in lookarounds too.
    private static func characters(in node: RegexNode) -> [RegexCharacter] {
        switch node {
        case .character(let character): return [character]
        case .assertion(let alternatives), .group(let alternatives, _): return alternatives.flatMap(\.nodes).flatMap(characters(in:))
        case .repetition(let body, _, _, _): return characters(in: body)
        }
    }

    /// Whether two alternatives can start with the same character.
    private static func alternativesMeet(_ alternatives: [RegexSequence]) -> Bool {
        let starts = alternatives.map { firstCharacters(of: $0.nodes).characters }
        for (offset, first) in starts.enumerated() {
            for second in starts.dropFirst(offset + 1) {
                if first.contains(where: { a in second.contains(where: { a.overlaps($0) }) }) { return true }
            }
        }
        return false
    }

    /// The characters a match of `nodes` can start with, and whether it can be empty.
    private static func firstCharacters(of nodes: [RegexNode]) -> (characters: [RegexCharacter], canBeEmpty: Bool) {
        var result: [RegexCharacter] = []
        for node in nodes {
            let (characters, canBeEmpty) = firstCharacters(of: node)
            result += characters
            if !canBeEmpty { return (result, false) }
        }
        return (result, true)
    }

    private static func firstCharacters(of node: RegexNode) -> (characters: [RegexCharacter], canBeEmpty: Bool) {
        switch node {
        case .character(let character):
            return ([character], false)
        case .assertion:
            return ([], true)
        case .group(let alternatives, _):
            let firsts = alternatives.map { firstCharacters(of: $0.nodes) }
            return (firsts.flatMap(\.characters), firsts.contains(where: \.canBeEmpty))
        case .repetition(let body, let min, _, _):
            let first = firstCharacters(of: body)
            return (first.characters, min == 0 || first.canBeEmpty)
        }
    }

    /// An unbounded repeat of one character, then only parts it also takes (or optional ones), then another
    /// unbounded repeat of a character overlapping the first: `a+` … `a+` can split a run of a's in as many ways
    /// as the run is long, at every place a match is tried.
    private static func overlappingNeighbours(in sequence: RegexSequence) -> String? {
        let nodes = sequence.nodes
        for (offset, node) in nodes.enumerated() {
            guard case .repetition(.character(let first), _, nil, let firstText) = node else { continue }
            for next in nodes.dropFirst(offset + 1) {
                switch next {
                case .character(let character) where first.covers(character):
                    continue
                case .repetition(.character(let second), _, nil, let secondText) where first.overlaps(second):
                    return "can take time growing with the square of the text: '\(firstText)' and '\(secondText)' "
                        + "can take the same characters, and nothing between them tells where one ends; "
                        + "leave those characters out of one of them"
                case .repetition(.character(let character), let min, _, _) where min == 0 || first.covers(character):
                    continue
                case .repetition(_, 0, _, _):
                    continue
                default:
                    break
                }
                break
            }
        }
        return nil
    }
}
