import DeskbookCore
import Foundation

/// What `deskbook check` prints and how it exits, computed without touching the terminal.
public struct CheckOutcome: Sendable, Equatable {
    /// For standard output: the result, as text or JSON.
    public var output: String
    /// For standard error: config diagnostics and usage problems.
    public var errors: String
    /// 0 ready, 1 not ready, 2 usage or config error.
    public var exitCode: Int32
}

/// The `deskbook check` command's logic, so the command itself only parses arguments and prints.
public enum CheckRun {
    /// Checks the request in `file` (`-` or nil for standard input) against `<source>/intake.yml`.
    public static func run(
        file: String?, source: String, json: Bool, language: String?, at: String?,
        suggester: (any ArticleSuggester)? = nil,
        fileSystem: any FileSystem = LocalFileSystem(),
        standardInput: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }
    ) -> CheckOutcome {
        let date: Date
        if let at {
            guard let parsed = parseDate(at) else {
                return usage("--at must be an ISO 8601 time with a zone, e.g. 2026-01-16T17:00:00+03:00, not '\(at)'")
            }
            date = parsed
        } else {
            date = Date()
        }
        let loaded = IntakeRules.load(from: source, fileSystem: fileSystem)
        let diagnostics = loaded.diagnostics.map(\.description).joined(separator: "\n")
        guard let rules = loaded.rules else {
            let reason = loaded.diagnostics.isEmpty ? "no \(IntakeRules.fileName) in \(source)" : diagnostics
            return CheckOutcome(output: "", errors: reason, exitCode: 2)
        }
        if let language, !rules.languages.contains(language) {
            return usage("--lang must be one of \(rules.languages.joined(separator: ", ")), not '\(language)'")
        }
        let data: Data
        if let file, file != "-" {
            do {
                data = try fileSystem.contents(of: file)
            } catch {
                return usage("cannot read \(file): \(error)")
            }
        } else {
            data = standardInput()
        }
        let result = IntakeChecker(rules: rules, suggester: suggester).check(data: data, language: language, at: date)
        return CheckOutcome(output: json ? result.json() : result.text(), errors: diagnostics, exitCode: result.ready ? 0 : 1)
    }

    /// Reads an ISO 8601 time with a zone, with or without fractional seconds.
    public static func parseDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    private static func usage(_ message: String) -> CheckOutcome {
        CheckOutcome(output: "", errors: "error: " + message, exitCode: 2)
    }
}
