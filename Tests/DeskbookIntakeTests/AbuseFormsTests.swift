@testable import DeskbookIntake
import Foundation
import Testing

/// The built-in abuse lists catch every form of every listed word. The forms come from morphological
/// dictionaries (Tests/Data/abuse_paradigms.py writes Tests/Fixtures/abuse/paradigms.json), not from the
/// checker's own ending rules.
struct AbuseFormsTests {
    /// Forms by language and listed word.
    static let paradigms: [String: [String: [String]]] = {
        let data = FileManager.default.contents(atPath: TestSupport.path("Tests/Fixtures/abuse/paradigms.json")) ?? Data()
        return (try? JSONDecoder().decode([String: [String: [String]]].self, from: data)) ?? [:]
    }()

    static let rules: IntakeRules? = TestSupport.siteRules

    @Test(arguments: ["en", "ru"])
    func everyFormOfEveryListedWordIsCaught(language: String) throws {
        let words = try #require(Self.paradigms[language])
        #expect(Set(words.keys) == Set(DefaultWords.abuse[language] ?? []), "the fixture lists the built-in words; run Tests/Data/abuse_paradigms.py")
        let abuse = try #require(Self.rules?.abuse)
        let terms = TermIndex(language: language)
        var missed: [String] = []
        for (word, forms) in words.sorted(by: { $0.key < $1.key }) {
            for form in forms where !terms.matches(abuse, in: ["You are " + form]) {
                missed.append("\(form) (\(word))")
            }
        }
        #expect(missed.isEmpty, "missed: \(missed.joined(separator: ", "))")
    }

    @Test func ordinaryWordsThatShareLettersWithListedWordsAreNotCaught() throws {
        let abuse = try #require(Self.rules?.abuse)
        let innocent = [
            "en": ["crape", "shitake", "idiom", "dumbbell", "retain", "fuchsia", "bitcoin", "morning", "bass", "crash"],
            "ru": ["дебет", "дебетовая", "тупик", "тупики", "сукно", "хуже", "худой", "урок", "ебонит", "говорить",
                   "дерево", "кретон", "мрамор", "сукровица"],
        ]
        for (language, words) in innocent {
            let terms = TermIndex(language: language)
            for word in words {
                #expect(!terms.matches(abuse, in: [word]), "\(word) is not abusive")
            }
        }
    }
}

/// `conduct`: insults count only when said to the reader.
struct ConductTests {
    @Test func criticismOfTheProductIsNoPersonalAttack() {
        let result = IntakeChecker(rules: TestSupport.siteRules).check(
            .object(["subject": .string("Export drops due dates"), "description": .string("Your useless export drops the due dates, and your app is pathetic on tablets.")]),
            language: "en", at: TestSupport.date("2026-01-14T11:00:00+03:00"))
        #expect(!result.findings.map(\.code).contains("language.personal-attack"))
    }
}
