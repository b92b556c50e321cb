/// How ticket numbers are written: intake.yml `ticket: {format: "OT-{year}-{seq:6}"}`.
///
/// `{seq}` is the store's sequence number, `{seq:N}` the same padded with zeros to N digits, `{year}` the
/// four-digit year of receipt in UTC. Every other character is copied as it is.
public struct TicketFormat: Sendable, Hashable {
    /// One piece of a format: literal text or a placeholder.
    enum Piece: Sendable, Hashable {
        case text(String)
        case year
        case sequence(width: Int)
    }

    public static let `default` = TicketFormat(pieces: [.year, .text("-"), .sequence(width: 6)], source: "{year}-{seq:6}")

    let pieces: [Piece]
    /// The format as written in intake.yml.
    public let source: String

    init(pieces: [Piece], source: String) {
        self.pieces = pieces
        self.source = source
    }

    /// Reads a format; the error says what is wrong. A format needs `{seq}`, or numbers would repeat.
    public static func parse(_ source: String) -> Result<TicketFormat, TicketFormatError> {
        var pieces: [Piece] = []
        var rest = Substring(source)
        var hasSequence = false
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else { return .failure(.init("'{' without a closing '}'")) }
            let name = rest[rest.index(after: open)..<close]
            switch name {
            case "year": pieces.append(.year)
            case "seq":
                pieces.append(.sequence(width: 0))
                hasSequence = true
            case _ where name.hasPrefix("seq:"):
                guard let width = Int(name.dropFirst(4)), (1...12).contains(width) else {
                    return .failure(.init("{\(name)} needs a width from 1 to 12, as in {seq:6}"))
                }
                pieces.append(.sequence(width: width))
                hasSequence = true
            default:
                return .failure(.init("unknown placeholder {\(name)}; use {year}, {seq} or {seq:N}"))
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        guard hasSequence else { return .failure(.init("the format needs {seq} (or {seq:N}) so that numbers never repeat")) }
        let literal = pieces.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
        guard !literal.unicodeScalars.contains(where: { !Self.allowedLiteral($0) }) else {
            return .failure(.init("use only letters, digits, '-', '_', '.', '#' and '/' around the placeholders"))
        }
        return .success(TicketFormat(pieces: pieces, source: source))
    }

    /// The ticket number for sequence `sequence` received in `year`.
    public func number(sequence: Int64, year: Int) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): return text
            case .year: return String(year)
            case .sequence(let width):
                let digits = String(sequence)
                return String(repeating: "0", count: max(0, width - digits.count)) + digits
            }
        }.joined()
    }

    private static func allowedLiteral(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.#/".unicodeScalars.contains(scalar))
            && scalar.value > 0x20
    }
}

/// Why a ticket format cannot be used.
public struct TicketFormatError: Error, Sendable, Hashable {
    public var message: String

    init(_ message: String) {
        self.message = message
    }
}
