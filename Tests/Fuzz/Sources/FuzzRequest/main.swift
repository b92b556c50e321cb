import DeskbookIntake
import Foundation
import FuzzSupport

/// Request reading and checking: the input is a request file, checked as `deskbook check` does against the
/// rules of the bundled site or of an example, with article suggestions from an index of the bundled pages, in
/// a language and at a time picked by the input.
func fuzzRequest(_ input: FuzzInput) {
    let rules = input.pick(Fixtures.intakeRules, salt: 0)
    let language = input.pick(rules.languages, salt: 1)
    let checker = IntakeChecker(rules: rules, suggester: SearchSuggester(engine: Fixtures.searchEngine))
    let result = checker.check(data: input.data, language: language, at: Fixtures.date(input.number(salt: 2)))
    require(result.ready == !result.findings.contains { $0.severity == .error }, "ready disagrees with the findings")
    for suggestion in result.suggestions {
        require((0...1).contains(suggestion.score), "suggestion score \(suggestion.score) is outside 0...1")
    }
    _ = result.json()
    _ = result.text()
}

// The fixtures are read before fuzzing starts, so that the first input is not timed with them.
_ = (Fixtures.intakeRules, Fixtures.searchEngine)
FuzzDriver.run { bytes, size in
    fuzzRequest(FuzzInput(bytes, size))
    return 0
}
