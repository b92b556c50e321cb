@testable import DeskbookIntake
import Foundation
import Testing

/// The built-in abuse and slur lists catch every form of every listed word. The forms come from morphological
/// dictionaries (Tests/Data/abuse_paradigms.py writes Tests/Fixtures/abuse/paradigms.json and
/// slur_paradigms.json), not from the checker's own ending rules.
struct AbuseFormsTests {
    /// Forms by language and listed word, from one of the generated files.
    static func loadParadigms(_ file: String) -> [String: [String: [String]]] {
        let data = FileManager.default.contents(atPath: TestSupport.path("Tests/Fixtures/abuse/" + file)) ?? Data()
        return (try? JSONDecoder().decode([String: [String: [String]]].self, from: data)) ?? [:]
    }

    static let paradigms = loadParadigms("paradigms.json")

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

    /// The codes `conduct` gives a description saying "they are <word>", with the site's rules.
    static func conductCodes(_ word: String, language: String) -> [String] {
        let description = (language == "ru" ? "Там одни " : "They are ") + word
        return IntakeChecker(rules: TestSupport.siteRules).check(
            .object(["subject": .string("Import"), "description": .string(description)]), language: language, at: TestSupport.date("2026-01-14T11:00:00+03:00")
        ).findings.map(\.code).filter { ["language.discriminatory", "language.personal-attack", "language.threat"].contains($0) }
    }

    @Test(arguments: ["en", "ru"])
    func everyFormOfEverySlurIsDiscriminatory(language: String) throws {
        let words = try #require(Self.loadParadigms("slur_paradigms.json")[language])
        #expect(Set(words.keys) == Set(SlurWords.lists[language] ?? []), "the fixture lists the built-in slurs; run Tests/Data/abuse_paradigms.py")
        var missed: [String] = []
        for (word, forms) in words.sorted(by: { $0.key < $1.key }) {
            for form in forms where Self.conductCodes(form, language: language) != ["language.discriminatory"] {
                missed.append("\(form) (\(word))")
            }
        }
        #expect(missed.isEmpty, "missed: \(missed.joined(separator: ", "))")
    }

    /// Everyday words that share letters or a stem with a slur (Tests/Fixtures/abuse/not_slurs.json, which the
    /// JavaScript tests read too).
    @Test(arguments: ["en", "ru"])
    func wordsSharingLettersWithASlurPass(language: String) throws {
        let data = try #require(FileManager.default.contents(atPath: TestSupport.path("Tests/Fixtures/abuse/not_slurs.json")))
        let words = try #require(try JSONDecoder().decode([String: [String]].self, from: data)[language])
        #expect(!words.isEmpty)
        for word in words {
            #expect(Self.conductCodes(word, language: language) == [], "\(word) is no slur")
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
