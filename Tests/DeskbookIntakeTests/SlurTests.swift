import DeskbookIntake
import Foundation
import Testing

/// `conduct` slurs: built-in English and Russian words that demean people for who they are, matched in every
/// inflected form, whoever is addressed; words that only look alike pass.
@Suite struct SlurTests {
    private let yaml = """
        languages: [en, ru]
        fields:
          - id: description
            label: Description
            type: textarea
        conduct: true
        """

    private func codes(_ description: String, _ language: String, yaml extra: String = "") throws -> [String] {
        let rules = try #require(TestSupport.parse(yaml + extra).rules)
        return IntakeChecker(rules: rules).check(.object(["description": .string(description)]), language: language, at: Date())
            .findings.map(\.code).filter { $0.hasPrefix("language.") }
    }

    @Test(arguments: [
        ("The new niggers in your team broke the export again.", "en"),
        ("Those kikes in accounting froze our license.", "en"),
        ("Some faggots renamed every layer in the project.", "en"),
        ("Ваши хачи опять сломали выгрузку.", "ru"),
        ("Опять жиды из бухгалтерии заблокировали лицензию.", "ru"),
        ("Какой-то чуркой написан этот модуль.", "ru"),
        ("Пидорасы из отдела разработки сломали импорт.", "ru"),
        ("Это хохлы с подрядчика всё переименовали.", "ru"),
    ])
    func slursInAnyFormAreDiscriminatory(_ text: String, _ language: String) throws {
        #expect(try codes(text, language) == ["language.discriminatory"])
    }

    @Test(arguments: [
        ("The dyke intrusion cuts the Leduc horizon at 2,100 m.", "en"),
        ("Light comes through a chink in the server room door.", "en"),
        ("Our office in Pakistan cannot open the spicy recipes page.", "en"),
        ("Жидкость в системе охлаждения сервера заканчивается.", "ru"),
        ("В меню хачапури отображается без картинки.", "ru"),
        ("У птицы на логотипе пропал хохолок.", "ru"),
        ("Сервер в дауне с утра, импорт не идёт.", "ru"),
    ])
    func wordsThatOnlyLookAlikePass(_ text: String, _ language: String) throws {
        #expect(try codes(text, language) == [])
    }

    @Test func theListCanBeReplacedPerLanguage() throws {
        let custom = yaml.replacingOccurrences(of: "conduct: true", with: "conduct:\n  slurs: {en: [gremlin], ru: []}")
        let rules = try #require(TestSupport.parse(custom).rules)
        let check = { (text: String, language: String) in
            IntakeChecker(rules: rules).check(.object(["description": .string(text)]), language: language, at: Date()).findings.map(\.code)
        }
        #expect(check("The gremlins in your team broke it.", "en") == ["language.discriminatory"])
        #expect(check("Those kikes froze our license.", "en") == [])
        #expect(check("Ваши хачи сломали выгрузку.", "ru") == [])
    }
}
