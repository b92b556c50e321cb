import Foundation
import DeskbookContent
import DeskbookCore

/// The result of a build: what went wrong, what was written and how long it took.
public struct BuildReport: Sendable {
    /// Why a build stopped, mapped to the CLI's exit codes.
    public enum Outcome: Sendable, Equatable {
        /// The site was written.
        case built
        /// Content errors; the previous output is untouched.
        case contentErrors
        /// Content errors, but `--keep-going` wrote the site without what was in error.
        case builtWithErrors
        /// The configuration or theme is unusable.
        case configurationError
    }

    public var outcome: Outcome
    public var diagnostics: [Diagnostic]
    /// Page counts by language and kind.
    public var pageCounts: [String: [PageKind: Int]]
    public var fileCount: Int
    public var duration: Duration
    /// How long each phase of the pipeline took, in order.
    public var phases: [(name: String, duration: Duration)] = []

    /// One line per phase, e.g. `render: 0.41 s`.
    public var timings: [String] {
        phases.map { "\($0.name): \(Self.seconds($0.duration))" }
    }

    /// `1 page`, `2 pages`.
    static func count(_ number: Int, _ noun: (one: String, other: String)) -> String {
        "\(number) \(number == 1 ? noun.one : noun.other)"
    }

    static func seconds(_ duration: Duration) -> String {
        String(format: "%.3f s", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }

    /// One line summing up the build, e.g. `Built 40 pages (en: 14 articles, 3 FAQ pages, 1 policy; ...) in 0.21 s`.
    public var summary: String {
        let time = Self.seconds(duration)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let problems = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        switch outcome {
        case .built, .builtWithErrors:
            let total = pageCounts.values.flatMap(\.values).reduce(0, +)
            let perLanguage = pageCounts.keys.sorted().map { language in
                let counts = pageCounts[language] ?? [:]
                let parts = PageKind.allCases.compactMap { kind in counts[kind].map { Self.count($0, kind.countedNoun) } }
                return "\(language): " + parts.joined(separator: ", ")
            }.joined(separator: "; ")
            let skipped = outcome == .builtWithErrors ? " (what is in error left out, broken links published as text)" : ""
            return "Built \(Self.count(total, ("page", "pages"))) (\(perLanguage)), \(fileCount) files, \(problems)\(skipped) in \(time)"
        case .contentErrors:
            return "Build failed: \(problems) in \(time); the previous output was left as it was"
        case .configurationError:
            return "Build failed: configuration error in \(time)"
        }
    }
}

private extension PageKind {
    /// How the build summary counts pages of this kind.
    var countedNoun: (one: String, other: String) {
        switch self {
        case .article: ("article", "articles")
        case .faq: ("FAQ page", "FAQ pages")
        case .policy: ("policy", "policies")
        }
    }
}
