import DeskbookIntake
import Foundation
import Testing

/// The checks run in one registered order (`IntakeChecks.all`), which checker.js's `CHECKS` repeats:
/// Tests/Fixtures/checks.json records it, this suite compares Swift with it and
/// Tests/JavaScript/check-registry.test.mjs compares JavaScript with it.
@Suite struct CheckRegistryTests {
    /// One entry of checks.json.
    struct Entry: Codable, Equatable {
        var name: String
        var codes: [String]
    }

    static let path = TestSupport.path("Tests/Fixtures/checks.json")

    static var registry: [Entry] {
        IntakeChecker.checks.map { Entry(name: $0.name, codes: $0.codes.map(\.rawValue)) }
    }

    @Test func recordedOrderIsCurrent() throws {
        if TestSupport.recording {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try (encoder.encode(Self.registry) + Data("\n".utf8)).write(to: URL(fileURLWithPath: Self.path))
        }
        let recorded = try JSONDecoder().decode([Entry].self, from: Data(contentsOf: URL(fileURLWithPath: Self.path)))
        #expect(recorded == Self.registry, "rerun with INTAKE_RECORD=1 and update CHECKS in checker.js to match")
    }

    @Test func namesAndCodesAreUnique() {
        let names = Self.registry.map(\.name)
        #expect(Set(names).count == names.count)
        let codes = FindingCode.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count, "a code is declared twice or raised by two checks")
    }

    /// A code declared by a check but left out of the catalog would show an empty message.
    @Test func everyCodeHasEnglishAndRussianWording() {
        let missing = FindingCode.allCases.filter { code in
            MessageCatalog.languages.contains { MessageCatalog.defaults[code.rawValue]?[$0]?.isEmpty != false }
        }
        #expect(missing.map(\.rawValue) == [])
    }

    @Test func codesAreFoundByTheirRawValue() {
        #expect(FindingCode(rawValue: "topic.multiple") == .topicMultiple)
        #expect(FindingCode(rawValue: "topic.many") == nil)
        #expect(FindingCode.topicMultiple.defaultSeverity == .warning)
        #expect(!FindingCode.fieldNulCharacter.severityIsConfigurable)
        #expect(FindingCode.requestDuplicate.isServerOnly)
    }
}
