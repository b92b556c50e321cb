import DeskbookIntake
import Foundation
import Testing

/// `CheckReport.json()` writes the form's fields once per language and the rest with the encoder; the text must be
/// byte for byte what `JSONEncoder` writes of the whole report, the output `deskbook check --json` always had.
@Suite struct CheckReportJSONTests {
    static func wholeReport(_ report: CheckReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    @Test(arguments: FixtureTests.fixtures)
    func theJSONIsTheEncodersTextOfTheWholeReport(_ fixture: RequestFixture) throws {
        let rules = try #require(fixture.config == nil ? TestSupport.siteRules : IntakeRules.load(from: FixtureTests.directory(fixture.config)).rules)
        let checker = fixture.checker(with: rules)
        let data = try fixture.raw.flatMap { Data(base64Encoded: $0) } ?? JSONEncoder().encode(fixture.request ?? .null)
        // The first report describes the form, the second uses the kept description; both languages share the checker.
        for language in [fixture.lang, fixture.lang, "ru", "en"] {
            let report = checker.checkReport(data: data, language: language, at: TestSupport.date(fixture.at))
            #expect(report.json() == (try Self.wholeReport(report)), "\(fixture.file) in \(language ?? "the default language")")
        }
        // A report made from the bytes read again, as `deskbook check --json` makes it, says the same.
        let result = checker.check(data: data, language: fixture.lang, at: TestSupport.date(fixture.at))
        let again = checker.report(of: result, data: data, language: fixture.lang)
        #expect(again.json() == (try Self.wholeReport(again)))
        #expect(again.json() == checker.checkReport(data: data, language: fixture.lang, at: TestSupport.date(fixture.at)).json())
    }
}
