import DeskbookCore

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
        let bytes = Array(source.utf8)
        var number = start
        while TextScan.offset(of: Array("DSLOT\(number)N".utf8), in: bytes) != nil { number += 1 }
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
    /// the `</a>` after the end marker, so that a removed link leaves only its text. The markers are ASCII,
    /// so the HTML is scanned as UTF-8 bytes and cut only at character boundaries.
    func split(_ html: String) -> SlottedHTML? {
        guard !slots.isEmpty else { return SlottedHTML(literals: [html], slots: []) }
        let bytes = Array(html.utf8)
        let prefixBytes = Array(prefix.utf8)
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var literals: [String] = []
        var found: [SlottedHTML.Slot] = []
        var seen = Set<Int>()
        var restStart = 0
        while let open = TextScan.offset(of: prefixBytes, in: bytes, from: restStart) {
            var literalEnd = open
            guard let (number, end) = Self.slotNumber(in: bytes, at: open + prefixBytes.count),
                  slots.indices.contains(number), seen.insert(number).inserted else { return nil }
            var cursor = end
            var slot = slots[number]
            switch slot {
            case .linkOpen(let index, _):
                guard literalEnd - restStart >= Self.linkOpening.count,
                      TextScan.matches(Self.linkOpening, in: bytes, at: literalEnd - Self.linkOpening.count),
                      TextScan.matches([UInt8(ascii: "\"")], in: bytes, at: cursor),
                      let close = bytes[cursor...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
                literalEnd -= Self.linkOpening.count
                slot = .linkOpen(index, attributes: text(cursor + 1..<close))
                cursor = close + 1
            case .linkClose:
                guard TextScan.matches(Self.linkClosing, in: bytes, at: cursor) else { return nil }
                cursor += Self.linkClosing.count
            default:
                break
            }
            literals.append(text(restStart..<literalEnd))
            found.append(slot)
            restStart = cursor
        }
        literals.append(text(restStart..<bytes.count))
        guard found.count == slots.count else { return nil }
        return SlottedHTML(literals: literals, slots: found)
    }

    private static let linkOpening = Array("<a href=\"".utf8)
    private static let linkClosing = Array("</a>".utf8)

    /// The slot number written at `start` and the offset after its closing `E`, or nil when there is no
    /// number of at most nine digits followed by `E`.
    private static func slotNumber(in bytes: [UInt8], at start: Int) -> (Int, Int)? {
        var number = 0
        var cursor = start
        while cursor < bytes.count, cursor - start < 10, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]) {
            number = number * 10 + Int(bytes[cursor] - UInt8(ascii: "0"))
            cursor += 1
        }
        guard cursor > start, cursor - start <= 9, cursor < bytes.count, bytes[cursor] == UInt8(ascii: "E") else { return nil }
        return (number, cursor + 1)
    }
}
