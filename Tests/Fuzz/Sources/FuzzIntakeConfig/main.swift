import DeskbookIntake
import Foundation
import FuzzSupport

/// intake.yml parsing. Rules that parse are then used as the build and `deskbook check` use them: encoded for
/// the request form and run on one of the examples' requests, at a time and in a language picked by the input.
func fuzzIntakeConfig(_ input: FuzzInput) {
    guard let yaml = String(validating: input.data, as: UTF8.self) else { return }
    let (rules, diagnostics) = IntakeRules.parse(yaml: yaml, path: "intake.yml")
    guard let rules else {
        require(diagnostics.containsErrors, "rules were refused without an error: \(diagnostics)")
        return
    }
    require(rules.languages.contains(rules.defaultLanguage), "languages \(rules.languages), default \(rules.defaultLanguage)")
    _ = try? rules.browserJSON()
    let request = input.pick(Fixtures.requests, salt: 0)
    let language = input.pick(rules.languages, salt: 1)
    let date = Fixtures.date(input.number(salt: 2))
    let result = IntakeChecker(rules: rules).check(data: request, language: language, at: date)
    _ = result.json()
    _ = result.text()
}

// The fixtures are read before fuzzing starts, so that the first input is not timed with them.
_ = Fixtures.requests
FuzzDriver.run { bytes, size in
    fuzzIntakeConfig(FuzzInput(bytes, size))
    return 0
}
