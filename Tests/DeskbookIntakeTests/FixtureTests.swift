import DeskbookIntake
import Foundation
import Testing

/// The shared parity set: every case in Tests/Fixtures/intake against the bundled site's intake.yml, or the
/// config under Tests/Fixtures/intake/configs that the case names.
/// Tests/JavaScript/intake.test.mjs runs the same cases through checker.js and expects the same results.
@Suite struct FixtureTests {
    static let folder = "Tests/Fixtures/intake"
    static let fixtures = RequestFixture.load(from: folder)
    /// The configs cases may name instead of the bundled site's, each a folder with an intake.yml.
    static let configs = ((try? FileManager.default.contentsOfDirectory(atPath: TestSupport.path(folder + "/configs"))) ?? []).sorted()

    /// The folder of a config's intake.yml; the repository root, the bundled site's, for nil.
    static func directory(_ config: String?) -> String {
        config.map { TestSupport.path("\(folder)/configs/\($0)") } ?? TestSupport.root.path
    }

    @Test func theSetIsLargeAndBilingual() {
        #expect(Self.fixtures.count >= 60)
        #expect(Self.fixtures.filter { $0.lang == "ru" }.count >= 20)
        #expect(Self.fixtures.filter { $0.lang == "en" }.count >= 20)
    }

    /// Every code appears in the shared set or in an example's sample requests, which checker.js runs too.
    @Test func everyFindingCodeIsCovered() {
        let seen = Set((Self.fixtures + ExampleTests.cases.map(\.fixture)).flatMap(\.expect.codes))
        // Server-only codes (a duplicate of a stored request) need the intake service's store, which request
        // fixtures do not have; Tests/DeskbookServerTests/FollowUpAndDuplicateTests.swift covers them.
        let missing = FindingCode.allCases.filter { !$0.isServerOnly }.map(\.rawValue).filter { !seen.contains($0) }
        #expect(missing == [])
    }

    @Test(arguments: fixtures)
    func fixture(_ fixture: RequestFixture) throws {
        let rules = fixture.config == nil ? TestSupport.siteRules : IntakeRules.load(from: Self.directory(fixture.config)).rules
        let result = fixture.run(with: try #require(rules, "no config \(fixture.config ?? "")"))
        #expect(result.findings.map(\.code) == fixture.expect.codes, "\(fixture.about)")
        #expect(result.ready == fixture.expect.ready)
        // Recording writes the result instead of comparing it, so one recording run is enough.
        if TestSupport.recording {
            try fixture.save(result: result)
        } else {
            #expect(result == fixture.result, "recorded result differs; rerun with INTAKE_RECORD=1 after checking the change")
        }
    }

    @Test func browserRulesDecodeToTheSameRules() throws {
        let data = try TestSupport.siteRules.browserJSON()
        #expect(try JSONDecoder().decode(IntakeRules.self, from: data) == TestSupport.siteRules)
    }

    /// checker.js reads the rules from these snapshots of `browserJSON()`: the bundled site's and each config's.
    @Test(arguments: [nil] + configs)
    func browserRulesSnapshotIsCurrent(_ config: String?) throws {
        let loaded = IntakeRules.load(from: Self.directory(config))
        #expect(loaded.diagnostics.map(\.description) == [])
        let rules = try #require(loaded.rules)
        let path = TestSupport.path("\(Self.folder)/rules/\(config ?? "site").rules.json")
        let current = try rules.browserJSON()
        if TestSupport.recording { try current.write(to: URL(fileURLWithPath: path)) }
        #expect(FileManager.default.contents(atPath: path) == current, "rerun with INTAKE_RECORD=1 to refresh the snapshot")
    }
}
