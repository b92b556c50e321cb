/// Rendered HTML with holes for what is only known later: where internal links point, and the
/// localized words of the page's language.
///
/// A document is rendered once, when it is parsed; filling the holes is a cheap concatenation, so a
/// parsed document can be cached and rendered again whenever a linked page moves or the theme's words change.
public struct SlottedHTML: Sendable, Hashable {
    /// What goes into a hole.
    public enum Slot: Sendable, Hashable {
        /// The opening tag of the checked link with this index in `MarkdownDocument.links`, with the
        /// attributes cmark wrote after its `href` (a `title`).
        case linkOpen(Int, attributes: String)
        /// The closing tag of that link.
        case linkClose(Int)
        /// The accessible label of a heading's `#` link.
        case headingAnchorLabel
        /// A callout's title.
        case alertTitle(AlertKind)
        /// The accessible name of a checked, or an unchecked, task checkbox.
        case taskLabel(done: Bool)
    }

    /// Literal HTML around the slots: `literals.count == slots.count + 1`.
    let literals: [String]
    let slots: [Slot]

    init(literals: [String], slots: [Slot]) {
        precondition(literals.count == slots.count + 1)
        self.literals = literals
        self.slots = slots
    }

    /// The HTML with every slot replaced by `value(slot)`.
    func filled(_ value: (Slot) -> String) -> String {
        guard !slots.isEmpty else { return literals[0] }
        var html = literals[0]
        for (slot, literal) in zip(slots, literals.dropFirst()) {
            html += value(slot)
            html += literal
        }
        return html
    }
}

/// The text cmark writes where a slot goes, and how to find the slots again in its output.
///
/// A marker is plain ASCII that cmark copies unchanged into text and URLs: a prefix with a number the
/// source does not contain, the slot's number, and `E`. `split` checks that the output holds exactly
/// the markers it was given, as a numeric entity in the source could spell a marker; the caller then
/// renders again with another prefix.
struct SlotMarkers {
    /// The number in the prefix.
    let number: Int
    let prefix: String
    private(set) var slots: [SlottedHTML.Slot] = []

    /// Markers whose prefix carries `start`, or the first later number whose prefix the source lacks.
    init(avoiding source: String, from start: Int) {
        var number = start
        while source.contains("DSLOT\(number)N") { number += 1 }
        self.number = number
        prefix = "DSLOT\(number)N"
    }

    /// The marker for a new slot.
    mutating func marker(for slot: SlottedHTML.Slot) -> String {
        slots.append(slot)
        return "\(prefix)\(slots.count - 1)E"
    }

    /// Splits rendered HTML at the markers, or nil when the markers found are not exactly those made.
    ///
    /// A link's slots take in its tags: `<a href="` before the URL marker up to the `>` after it, and
    /// the `</a>` after the end marker, so that a removed link leaves only its text.
    func split(_ html: String) -> SlottedHTML? {
        guard !slots.isEmpty else { return SlottedHTML(literals: [html], slots: []) }
        var literals: [String] = []
        var found: [SlottedHTML.Slot] = []
        var seen = Set<Int>()
        var rest = Substring(html)
        while let open = rest.range(of: prefix) {
            var literal = rest[..<open.lowerBound]
            let digits = rest[open.upperBound...].prefix { $0.isASCII && $0.isNumber }
            let afterDigits = digits.endIndex
            guard let number = Int(digits), afterDigits < rest.endIndex, rest[afterDigits] == "E",
                  slots.indices.contains(number), seen.insert(number).inserted else { return nil }
            var slot = slots[number]
            var after = rest[rest.index(after: afterDigits)...]
            switch slot {
            case .linkOpen(let index, _):
                let opening = "<a href=\""
                guard literal.hasSuffix(opening), after.hasPrefix("\""), let close = after.firstIndex(of: ">") else { return nil }
                literal = literal.dropLast(opening.count)
                slot = .linkOpen(index, attributes: String(after[after.index(after: after.startIndex)..<close]))
                after = after[after.index(after: close)...]
            case .linkClose:
                guard after.hasPrefix("</a>") else { return nil }
                after = after.dropFirst(4)
            default:
                break
            }
            literals.append(String(literal))
            found.append(slot)
            rest = after
        }
        literals.append(String(rest))
        guard found.count == slots.count else { return nil }
        return SlottedHTML(literals: literals, slots: found)
    }
}
