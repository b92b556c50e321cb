import DeskbookIntake
import Foundation

/// One shared request case from Tests/Fixtures/intake or examples/*/requests, run by Swift and by checker.js.
struct RequestFixture: Codable, Sendable, CustomStringConvertible {
    struct Expectation: Codable, Sendable {
        var ready: Bool
        /// Finding codes in the order the checker reports them, written by hand.
        var codes: [String]
    }

    /// What the case shows.
    var about: String
    var lang: String?
    var at: String
    /// For a case of Tests/Fixtures/intake checked against other rules than the bundled site's: the name of a
    /// folder in Tests/Fixtures/intake/configs holding their intake.yml (checker.js reads its snapshot,
    /// rules/NAME.rules.json).
    var config: String?
    /// The request object, or nil when `raw` gives its bytes.
    var request: RequestValue?
    /// The request file's bytes in Base64, for encoding and syntax cases.
    var raw: String?
    /// What the search engine would suggest, best first, for any query; absent when the case has no search
    /// engine (a site that was not built), so the rules that need one say nothing.
    var suggestions: [Suggestion]?
    /// Instead of `suggestions`: what the search engine finds for each query (the subject and description
    /// joined by a line break, or one question of the description); nothing for any other query.
    var searches: [String: [Suggestion]]?
    var expect: Expectation
    /// The full result, recorded from the Swift checker (`INTAKE_RECORD=1`) and compared by both checkers.
    var result: CheckResult?

    /// The file the case came from, relative to the repository root.
    var file = ""
    /// For examples: the request file checked as `deskbook check` reads it, relative to the repository root.
    var requestFile: String?

    private enum CodingKeys: String, CodingKey {
        case about, lang, at, config, request, raw, suggestions, searches, expect, result
    }

    var description: String { file }

    /// The checker of the case: `rules` with the case's search answers.
    func checker(with rules: IntakeRules) -> IntakeChecker {
        let suggester: (any ArticleSuggester)?
        if let searches {
            suggester = SearchTable(answers: searches)
        } else {
            suggester = suggestions.map { FixedSuggester($0) as any ArticleSuggester }
        }
        return IntakeChecker(rules: rules, suggester: suggester)
    }

    /// Runs the case through the Swift checker.
    func run(with rules: IntakeRules) -> CheckResult {
        let checker = self.checker(with: rules)
        let date = TestSupport.date(at)
        if let requestFile {
            return checker.check(data: FileManager.default.contents(atPath: TestSupport.path(requestFile)) ?? Data(), language: lang, at: date)
        }
        if let raw, let data = Data(base64Encoded: raw) {
            return checker.check(data: data, language: lang, at: date)
        }
        return checker.check(request ?? .null, language: lang, at: date)
    }

    /// Every case file directly in `folder` (relative to the repository root) whose name ends in `suffix`,
    /// sorted by name. With `separateRequests`, `NAME.expected.json` describes the request file `NAME.json`.
    static func load(from folder: String, suffix: String = ".json", separateRequests: Bool = false) -> [RequestFixture] {
        let directory = TestSupport.path(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { name in
            let file = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: directory + "/" + name),
                  var fixture = try? JSONDecoder().decode(RequestFixture.self, from: data) else {
                return RequestFixture(about: "unreadable", at: "", expect: Expectation(ready: false, codes: ["unreadable"]), file: file)
            }
            fixture.file = file
            if separateRequests { fixture.requestFile = folder + "/" + name.dropLast(suffix.count) + ".json" }
            return fixture
        }
    }

    /// Writes the case back with `result` set, for record mode.
    func save(result: CheckResult) throws {
        var copy = self
        copy.result = result
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try (encoder.encode(copy) + Data("\n".utf8)).write(to: URL(fileURLWithPath: TestSupport.path(file)))
    }
}

/// A search engine that knows a fixed answer for each query, for cases whose queries find different articles.
struct SearchTable: ArticleSuggester {
    var answers: [String: [Suggestion]]

    func suggest(query: String, language: String, limit: Int) -> [Suggestion] {
        Array((answers[query] ?? []).prefix(limit))
    }
}
