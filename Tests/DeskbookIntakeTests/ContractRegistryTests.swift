import DeskbookCore
import DeskbookIntake
import Testing

/// intake.yml `contracts`: its rule and the CSV registry the service reads.
@Suite struct ContractRegistryTests {
    static let csv = "id,valid_until\nW-58213,2026-03-31\n\"w-10001\", 2025-12-31\n\n"

    @Test func idsAreValidUntilTheirLastDayIncluded() throws {
        let registry = try ContractRegistry.parse(Self.csv, path: "contracts.csv", field: "workspace_id").get()
        #expect(registry.standing(of: "W-58213", on: Day(year: 2026, month: 3, day: 31)!) == .valid)
        #expect(registry.standing(of: " w-58213 ", on: Day(year: 2026, month: 1, day: 16)!) == .valid)
        #expect(registry.standing(of: "W-58213", on: Day(year: 2026, month: 4, day: 1)!) == .expired(Day(year: 2026, month: 3, day: 31)!))
        #expect(registry.standing(of: "W-10001", on: Day(year: 2026, month: 1, day: 16)!) == .expired(Day(year: 2025, month: 12, day: 31)!))
        #expect(registry.standing(of: "W-99999", on: Day(year: 2026, month: 1, day: 16)!) == .unknown)
    }

    @Test func badLinesAreDiagnosticsWithTheirLine() {
        #expect(ContractRegistry.parse("customer,until\n", path: "c.csv", field: "f").failure?.diagnostics.map(\.description) == [
            "c.csv:1:1: error: the first line must be: id,valid_until",
        ])
        #expect(ContractRegistry.parse("id,valid_until\nW-1,2026-13-01\nW-2\n", path: "c.csv", field: "f").failure?.diagnostics.map(\.description) == [
            "c.csv:2:1: error: expected an id and a date such as W-58213,2027-03-31",
            "c.csv:3:1: error: expected an id and a date such as W-58213,2027-03-31",
        ])
    }

    @Test func theRuleNamesAFileInTheSiteAndAField() {
        let parse = { (yaml: String) in TestSupport.parse(ConfigParserTests.minimal + yaml) }
        #expect(parse("contracts: {file: contracts.csv, field: subject}\n").rules?.service.contracts == ContractRule(file: "contracts.csv", field: "subject"))
        #expect(parse("contracts: {file: ../contracts.csv, field: subject}\n").diagnostics.first?.contains("inside the site folder") == true)
        #expect(parse("contracts: {file: contracts.csv, field: nope}\n").diagnostics.first?.contains("there is no field 'nope'") == true)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { failure } else { nil }
    }
}
