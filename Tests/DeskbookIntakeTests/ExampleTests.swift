import DeskbookIntake
import Foundation
import Testing

/// One example intake.yml per seed policy under examples/, each with sample requests (`requests/NAME.json`,
/// ready for `deskbook check`) and their expected outcomes (`requests/NAME.expected.json`).
@Suite struct ExampleTests {
    static let examples = ["community-service", "geoscience-vendor", "hosting-company", "iptv-vendor", "website-support"]

    /// A sample request together with the example it belongs to.
    struct Case: Sendable, CustomStringConvertible {
        var example: String
        var fixture: RequestFixture
        var description: String { fixture.file }
    }

    static let cases: [Case] = examples.flatMap { example in
        RequestFixture.load(from: "examples/\(example)/requests", suffix: ".expected.json", separateRequests: true)
            .map { Case(example: example, fixture: $0) }
    }

    static func rules(_ example: String) -> IntakeRules? {
        IntakeRules.load(from: TestSupport.path("examples/\(example)")).rules
    }

    @Test(arguments: examples)
    func configParsesWithoutDiagnostics(_ example: String) {
        let loaded = IntakeRules.load(from: TestSupport.path("examples/\(example)"))
        #expect(loaded.diagnostics.map(\.description) == [])
        #expect(loaded.rules != nil)
    }

    @Test(arguments: examples)
    func everyExampleHasReadyAndBlockedRequests(_ example: String) {
        let outcomes = Self.cases.filter { $0.example == example }.map(\.fixture.expect.ready)
        #expect(outcomes.contains(true))
        #expect(outcomes.contains(false))
    }

    @Test(arguments: cases)
    func sampleRequest(_ sample: Case) throws {
        let rules = try #require(Self.rules(sample.example))
        let result = sample.fixture.run(with: rules)
        #expect(result.findings.map(\.code) == sample.fixture.expect.codes, "\(sample.fixture.about)")
        #expect(result.ready == sample.fixture.expect.ready)
        // Recording writes the result instead of comparing it, so one recording run is enough.
        if TestSupport.recording {
            try sample.fixture.save(result: result)
        } else {
            #expect(result == sample.fixture.result, "recorded result differs; rerun with INTAKE_RECORD=1 after checking the change")
        }
    }
}

/// checker.js reads each example's rules from these snapshots of `browserJSON()`, and runs the example's
/// sample requests too (Tests/JavaScript/examples.test.mjs).
@Suite struct ExampleRulesSnapshotTests {
    @Test(arguments: ExampleTests.examples)
    func snapshotIsCurrent(_ example: String) throws {
        let rules = try #require(ExampleTests.rules(example))
        let path = TestSupport.path("\(FixtureTests.folder)/rules/\(example).rules.json")
        let current = try rules.browserJSON()
        if TestSupport.recording { try current.write(to: URL(fileURLWithPath: path)) }
        #expect(FileManager.default.contents(atPath: path) == current, "rerun with INTAKE_RECORD=1 to refresh the snapshot")
    }
}
