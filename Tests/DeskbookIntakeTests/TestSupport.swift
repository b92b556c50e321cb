import DeskbookIntake
import Foundation

/// Paths and shared rules for the intake tests.
enum TestSupport {
    /// The repository root, found from this file's location.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// True when tests should rewrite recorded results (`INTAKE_RECORD=1`).
    static var recording: Bool { ProcessInfo.processInfo.environment["INTAKE_RECORD"] == "1" }

    /// The bundled site's rules from intake.yml at the repository root.
    static let siteRules: IntakeRules = {
        guard let rules = IntakeRules.load(from: root.path).rules else { fatalError("intake.yml does not parse") }
        return rules
    }()

    /// Parses a config written in a test; `path` names it in diagnostics.
    static func parse(_ yaml: String) -> (rules: IntakeRules?, diagnostics: [String]) {
        let parsed = IntakeRules.parse(yaml: yaml, path: "intake.yml")
        return (parsed.rules, parsed.diagnostics.map(\.description))
    }

    /// A date from ISO 8601 text.
    static func date(_ text: String) -> Date {
        guard let date = CheckRun.parseDate(text) else { fatalError("bad date \(text)") }
        return date
    }
}
