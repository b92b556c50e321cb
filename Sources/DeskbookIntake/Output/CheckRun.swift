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
    ///
    /// With `repetitions` above 1 (the hidden `--repeat N` of `deskbook check`, for bench/check_speed.py), the
    /// same check runs `repetitions` more times with the rules and the suggester loaded once, and `errors` ends
    /// with the timing of each of those checks (see `CheckTiming`), then that of the first check, which read the
    /// index files the search needed.
    public static func run(
        file: String?, source: String, json: Bool, language: String?, at: String?,
        suggester: (any ArticleSuggester)? = nil,
        repetitions: Int = 1,
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
        let checker = IntakeChecker(rules: rules, suggester: suggester)
        var result = CheckResult(findings: [])
        let first = CheckTiming.measure(1) { result = checker.check(data: data, language: language, at: date) }
        var errors = diagnostics
        if repetitions > 1 {
            let timing = CheckTiming.measure(repetitions) { _ = checker.check(data: data, language: language, at: date) }
            errors += (errors.isEmpty ? "" : "\n") + timing.report
                + String(format: "\ncheck timing first: %.3f ms (reads the index files it needs)", first.percentile(100))
        }
        let output = json ? checker.report(of: result, data: data, language: language).json() : result.text()
        return CheckOutcome(output: output, errors: errors, exitCode: result.ready ? 0 : 1)
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

/// How long repeated checks take, for `deskbook check --repeat N` (bench/check_speed.py).
public struct CheckTiming: Sendable, Equatable {
    /// Each check's duration in nanoseconds, in the order they ran.
    public var nanoseconds: [UInt64]

    public init(nanoseconds: [UInt64]) {
        self.nanoseconds = nanoseconds
    }

    /// Runs `work` `count` times, timing each run with the monotonic clock.
    public static func measure(_ count: Int, _ work: () -> Void) -> CheckTiming {
        var nanoseconds: [UInt64] = []
        nanoseconds.reserveCapacity(count)
        for _ in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            work()
            nanoseconds.append(DispatchTime.now().uptimeNanoseconds - start)
        }
        return CheckTiming(nanoseconds: nanoseconds)
    }

    /// The duration at percentile `p` (0...100, nearest rank) in milliseconds.
    public func percentile(_ p: Double) -> Double {
        let sorted = nanoseconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p * Double(sorted.count) / 100).rounded(.up))
        return Double(sorted[min(max(rank, 1), sorted.count) - 1]) / 1_000_000
    }

    /// Two lines: the percentiles, then every duration in microseconds, comma-separated.
    public var report: String {
        let summary = [50.0, 95, 99, 100].map { String(format: "%.3f", percentile($0)) }
        return "check timing: \(nanoseconds.count) checks, p50 \(summary[0]) ms, p95 \(summary[1]) ms, "
            + "p99 \(summary[2]) ms, max \(summary[3]) ms\n"
            + "check timing us: " + nanoseconds.map { String($0 / 1000) }.joined(separator: ",")
    }
}
