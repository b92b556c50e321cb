/// A description whose meaning cannot be made out.
struct UnclearCheck: IntakeCheck {
    let name = "unclear"
    let codes: [FindingCode] = [.requestWrongLayout, .requestUnclear]

    func check(_ context: inout CheckContext) {
        context.checkUnclear()
    }
}

extension FindingCode {
    public static let requestWrongLayout = FindingCode("request.wrong-layout", .warning)
    public static let requestUnclear = FindingCode("request.unclear", .warning)
}

private extension CheckContext {
    /// The longest excerpt of a layout-swapped text that a `request.wrong-layout` message quotes.
    static let layoutExcerpt = 60

    /// A description too few of whose words are known (see `UnclearRule`): `request.wrong-layout` with the
    /// text in the other keyboard layout when that one is understood, otherwise `request.unclear`. A
    /// description already too short is left to that finding.
    mutating func checkUnclear() {
        guard let rule = rules.unclear, let body, let field = rules.bodyField else { return }
        let tooShort = findings.findings.contains { $0.code == FindingCode.fieldTooShort.rawValue && $0.field == field }
        guard !tooShort else { return }
        let prose = ProseText.lines(body).joined(separator: "\n")
        guard !isUnderstood(prose, rule) else { return }
        let swapped = KeyboardLayout.swapped(prose)
        if isUnderstood(swapped, rule) {
            findings.add(.requestWrongLayout, field: field, ["text": Self.excerpt(swapped, limit: Self.layoutExcerpt)])
        } else {
            findings.add(.requestUnclear, field: field)
        }
    }

    /// One-letter terms ("a", "в", and a stray "e" of a layout mix-up) count neither way.
    private func isUnderstood(_ text: String, _ rule: UnclearRule) -> Bool {
        var letterTerms = 0
        var known = 0
        for term in terms.words(text) {
            guard term.unicodeScalars.count >= 2, let script = Self.script(of: term) else { continue }
            letterTerms += 1
            if rule.filters[script]?.contains(term) == true { known += 1 }
        }
        return known >= rule.minKnown && known * 100 >= rule.minPercent * letterTerms
    }

    /// `en` for a term of Latin letters only, `ru` for Cyrillic only, nil for digits or mixed scripts.
    private static func script(of term: String) -> String? {
        var latin = false
        var cyrillic = false
        for scalar in term.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0xDF...0x24F, 0x1E00...0x1EFF: latin = true
            case 0x400...0x52F: cyrillic = true
            default: return nil
            }
        }
        guard latin != cyrillic else { return nil }
        return latin ? "en" : "ru"
    }

    /// The first `limit` characters of the trimmed text with runs of spaces as one, and an ellipsis when cut.
    private static func excerpt(_ text: String, limit: Int) -> String {
        var scalars: [Unicode.Scalar] = []
        for scalar in RequestText.trim(text).unicodeScalars {
            if !RequestText.isSpace(scalar) {
                scalars.append(scalar)
            } else if scalars.last != " " {
                scalars.append(" ")
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(limit))
        if scalars.count > limit { view.append("\u{2026}") }
        return String(view)
    }
}
