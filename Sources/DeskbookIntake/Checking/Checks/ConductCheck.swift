/// Threats, slurs and insults addressed to the reader.
struct ConductCheck: IntakeCheck {
    let name = "conduct"
    let codes: [FindingCode] = [.languageThreat, .languageDiscriminatory, .languagePersonalAttack]

    func check(_ context: inout CheckContext) {
        context.checkConduct()
    }
}

extension FindingCode {
    public static let languageThreat = FindingCode("language.threat")
    public static let languageDiscriminatory = FindingCode("language.discriminatory")
    public static let languagePersonalAttack = FindingCode("language.personal-attack")
}

private extension CheckContext {
    /// One finding per free-text field for a threat, one for a slur, and one for an insult addressed to the
    /// reader unless the field already has offensive words, which say the same.
    mutating func checkConduct() {
        guard let rule = rules.conduct else { return }
        for field in rules.fields where field.type.isFreeText {
            guard let text = readable(field.id) else { continue }
            let words = terms.words(text)
            if TermIndex.containsAny(rule.threats, in: words) || Self.menaces(words, rule) {
                findings.add(.languageThreat, field: field.id)
            }
            if TermIndex.containsAny(rule.slurs, in: words) {
                findings.add(.languageDiscriminatory, field: field.id)
            }
            let abusive = findings.findings.contains { $0.code == FindingCode.languageAbusive.rawValue && $0.field == field.id }
            if !abusive, Self.insultsTheReader(words, rule) {
                findings.add(.languagePersonalAttack, field: field.id)
            }
        }
    }

    /// Whether a menace occurs: its subject, then its other terms within `rule.menaceGap` terms, with no
    /// negation from the subject to the term after the menace.
    private static func menaces(_ words: [String], _ rule: ConductRule) -> Bool {
        for start in words.indices {
            for phrase in rule.menaces.phrases where phrase.count >= 2 && phrase[0].utf8.elementsEqual(words[start].utf8) {
                let rest = Array(phrase.dropFirst())
                for next in (start + 1)..<min(start + 2 + rule.menaceGap, words.count)
                    where Keywords.phrase(rest, occursAt: next, in: words) {
                    let end = min(next + rest.count + 1, words.count)
                    if !TermIndex.containsAny(rule.negations, in: Array(words[start..<end])) { return true }
                }
            }
        }
        return false
    }

    /// Whether an insult starts within `rule.window` terms after the end of an address.
    private static func insultsTheReader(_ words: [String], _ rule: ConductRule) -> Bool {
        for start in words.indices {
            for address in rule.address.entries(startingAt: start, in: words) {
                let first = start + rule.address.phrases[address].count
                for next in first..<min(first + rule.window, words.count) {
                    if !rule.insults.entries(startingAt: next, in: words).isEmpty { return true }
                }
            }
        }
        return false
    }
}
