/// One rule of the pre-submission checker: a name, the finding codes it may report, and the check itself.
///
/// Each check lives in its own file under Checking/Checks/, with the `FindingCode`s it declares; `IntakeChecks.all`
/// sets the order they run in. checker.js has a twin of each, under the same name and in the same order (its
/// `CHECKS`), and Tests/Fixtures/checks.json holds that list for both test suites to compare with.
///
/// A new rule is: a file in Checks/ with the check and its codes, listed in `IntakeChecks.all`; its messages in
/// `MessageCatalog` (English and Russian); its function and `CHECKS` entry in checker.js; its request cases in
/// Tests/Fixtures/intake or an example's requests/, recorded with one `INTAKE_RECORD=1 swift test --filter
/// DeskbookIntakeTests` (checks.json and the rules snapshots too). A rule with settings also needs its section:
/// a model type with its `CodingKeys`, an `IntakeRules` property, a parser function, and its keys in
/// docs/intake-rules.schema.json.
protocol IntakeCheck: Sendable {
    /// A stable name in kebab case (`error-report`), the same in checker.js.
    var name: String { get }
    /// Every code the check may report, in the order it tends to report them.
    var codes: [FindingCode] { get }
    /// Adds the check's findings about the request in `context`; does nothing when intake.yml leaves it off.
    func check(_ context: inout CheckContext)
}
