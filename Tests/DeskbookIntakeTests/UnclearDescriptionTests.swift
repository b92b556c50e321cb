import DeskbookIntake
import Foundation
import Testing

/// `unclear`: a description with too few known words (gibberish, the wrong keyboard layout, a log alone)
/// gets a warning; ordinary descriptions, with product names, quoted errors or a log after a sentence, pass.
@Suite struct UnclearDescriptionTests {
    private let yaml = """
        languages: [en, ru]
        fields:
          - id: subject
            label: Subject
          - id: description
            label: Description
            type: textarea
            min_length: 10
        """

    private func codes(_ description: String, _ language: String = "en", yaml extra: String = "") throws -> [String] {
        let rules = try #require(TestSupport.parse(yaml + extra).rules)
        let request = RequestValue.object(["subject": .string("EPG import"), "description": .string(description)])
        return IntakeChecker(rules: rules).check(request, language: language, at: TestSupport.date("2026-02-10T12:00:00+03:00")).findings.map(\.code)
    }

    @Test func gibberishInEitherScriptIsUnclear() throws {
        #expect(try codes("asdkjh qwe zxmcnb aslkdj qwpoei zmxncb alskdj") == ["request.unclear"])
        #expect(try codes("фывапролд жэ ячсмить йцукенг шщзхъ ывапр", "ru") == ["request.unclear"])
    }

    @Test func textTypedInTheOtherLayoutIsShownAsItWasMeant() throws {
        let rules = try #require(TestSupport.parse(yaml).rules)
        let at = TestSupport.date("2026-02-10T12:00:00+03:00")
        let russian = IntakeChecker(rules: rules).check(.object(["description": .string("ghbdtn, e yfc yt hf,jnftn ntktghjuhfvvf")]), language: "ru", at: at).findings
        #expect(russian.map(\.code) == ["request.wrong-layout"])
        #expect(russian.first?.message.contains("«привет, у нас не работает телепрограмма»") == true)
        let english = IntakeChecker(rules: rules).check(.object(["description": .string("Руддщб еру учзщке ыещзы фе еркуу ьштгеуы")]), language: "en", at: at).findings
        #expect(english.map(\.code) == ["request.wrong-layout"])
        #expect(english.first?.message.contains("\u{201C}Hello, the export stops at three minutes\u{201D}") == true)
    }

    @Test func aLogAloneIsUnclearButALogAfterASentenceIsNot() throws {
        let log = "2026-02-10 03:14:07 ERROR [epg-import] java.lang.OutOfMemoryError: Java heap space\n2026-02-10 03:14:08 WARN [epg-import] retry=1"
        #expect(try codes(log) == ["request.unclear"])
        #expect(try codes("```\nOutOfMemoryError: Java heap space at EpgImport.run(EpgImport.java:42)\n```") == ["request.unclear"])
        #expect(try codes("The nightly EPG import stops with this error since Monday:\n" + log) == [])
        #expect(try codes("\tat com.example.EpgImport.run(EpgImport.java:42)\n\tat com.example.Main.main(Main.java:7)") == ["request.unclear"])
    }

    @Test func ordinaryDescriptionsPass() throws {
        #expect(try codes("The EPG import in Smarty middleware 2.4 stops at 3 minutes with \"Out of memory\". How do we raise the limit?") == [])
        #expect(try codes("С утра в приставках MAG не обновляется телепрограмма, импорт XMLTV останавливается на середине.", "ru") == [])
        #expect(try codes("Настройки middleware после обновления сбрасываются, приходится заново вводить адрес сервера.", "ru") == [])
    }

    @Test func aTooShortDescriptionIsLeftToItsOwnFinding() throws {
        #expect(try codes("qwpoei") == ["field.too-short"])
    }

    @Test func theRuleCanBeTunedOrTurnedOff() throws {
        #expect(try codes("asdkjh qwe zxmcnb aslkdj qwpoei zmxncb", yaml: "\nunclear: false") == [])
        #expect(try codes("The export stops.", yaml: "\nunclear: {min_known: 4}") == ["request.unclear"])
        #expect(try codes("The export stops now qwpoei zmxncb", yaml: "\nunclear: {min_percent: 80}") == ["request.unclear"])
        let wrong = TestSupport.parse(yaml + "\nunclear: {min_known: 0, percent: 3}").diagnostics
        #expect(wrong.contains { $0.contains("unclear.min_known must be a whole number from 1 to 100") })
        #expect(wrong.contains { $0.contains("percent") })
    }

    @Test func theSeverityIsAWarningByDefaultAndConfigurable() throws {
        let rules = try #require(TestSupport.parse(yaml + "\nseverities:\n  request.unclear: error").rules)
        let result = IntakeChecker(rules: rules).check(.object(["description": .string("asdkjh qwe zxmcnb aslkdj qwpoei")]), language: "en", at: Date())
        #expect(result.findings.map(\.severity) == [.error])
        #expect(FindingCode.requestUnclear.defaultSeverity == .warning)
        #expect(FindingCode.requestWrongLayout.defaultSeverity == .warning)
    }

    @Test func onlyTheSiteLanguagesFiltersAreSentToTheBrowser() throws {
        let english = try #require(TestSupport.parse(yaml.replacingOccurrences(of: "[en, ru]", with: "[en]")).rules)
        #expect(english.unclear?.filters.keys.sorted() == ["en"])
        let both = try #require(TestSupport.parse(yaml).rules)
        #expect(both.unclear?.filters.keys.sorted() == ["en", "ru"])
    }

    /// checker.js hashes the same way (Tests/JavaScript/unclear-conduct.test.mjs).
    @Test func positionsAreFNV1aDoubleHashingOverUTF8() {
        #expect(KnownWords.positions(of: "a", size: Int(UInt32.max), hashes: 1) == [0xE40C_292C])
    }

    @Test func theFiltersKnowCommonWordsAndFewMadeUpOnes() {
        let english = try? #require(KnownWords.filters["en"])
        let russian = try? #require(KnownWords.filters["ru"])
        for term in ["export", "stop", "the", "server", "password"] { #expect(english?.contains(term) == true, "\(term)") }
        for term in ["привет", "телепрограмм", "не", "сервер", "парол"] { #expect(russian?.contains(term) == true, "\(term)") }
        let madeUp = (0..<1000).map { "zq\($0)x" }.map { String($0.map { $0.isNumber ? Character(UnicodeScalar(UInt8(97 + Int(String($0))!))) : $0 }) }
        let falseMatches = madeUp.filter { english?.contains($0) == true }.count
        #expect(falseMatches < 250)
    }
}
