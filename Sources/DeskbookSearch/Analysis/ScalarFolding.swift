import Foundation

/// The normalization of one code point (step 1 of the analysis, see `TextAnalyzer`): NFKC, full
/// lowercasing, NFD, combining marks and default-ignorable code points dropped, a few letters
/// spelled out. A combining breve is kept for `NormalizedText` to turn a preceding и into й.
///
/// Foldings below U+2100 (ASCII, Latin, Cyrillic, Vietnamese, punctuation) are precomputed into
/// one flat array, so that the common case neither allocates nor retains.
struct ScalarFolding {
    static let breve: Unicode.Scalar = "\u{0306}"
    static let shared = ScalarFolding()

    private static let tableLimit: UInt32 = 0x2100
    private static let spelledOutLetters: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i",
    ]

    /// The foldings of U+0000..<tableLimit: `scalars[bounds[value]..<bounds[value + 1]]`.
    private let scalars: [Unicode.Scalar]
    private let bounds: [Int]

    private init() {
        var scalars: [Unicode.Scalar] = []
        var bounds = [0]
        for value in 0..<Self.tableLimit {
            if let scalar = Unicode.Scalar(value) { scalars += Self.fold(scalar) }
            bounds.append(scalars.count)
        }
        (self.scalars, self.bounds) = (scalars, bounds)
    }

    /// Calls `body` with each scalar of the folding of `scalar`; `cache` keeps the foldings
    /// computed outside the table.
    func forEachScalar(
        of scalar: Unicode.Scalar,
        cache: inout [Unicode.Scalar: [Unicode.Scalar]],
        _ body: (Unicode.Scalar) -> Void
    ) {
        let value = scalar.value
        if value < Self.tableLimit {
            for index in bounds[Int(value)]..<bounds[Int(value) + 1] { body(scalars[index]) }
        } else if let folded = cache[scalar] {
            folded.forEach(body)
        } else {
            let folded = Self.fold(scalar)
            cache[scalar] = folded
            folded.forEach(body)
        }
    }

    private static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let decomposed = String(Character(scalar)).precomposedStringWithCompatibilityMapping
            .lowercased()
            .decomposedStringWithCanonicalMapping
        var folded: [Unicode.Scalar] = []
        for scalar in decomposed.unicodeScalars {
            if scalar == breve {
                folded.append(scalar)
            } else if let letters = spelledOutLetters[scalar] {
                folded.append(contentsOf: letters.unicodeScalars)
            } else if !isDropped(scalar) {
                folded.append(scalar)
            }
        }
        return folded
    }

    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: scalar.properties.isDefaultIgnorableCodePoint
        }
    }
}
