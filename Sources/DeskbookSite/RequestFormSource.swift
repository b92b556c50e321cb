import DeskbookCore
import Foundation

/// Reads a site's intake rules (`intake.yml`) for the request form page.
///
/// Builds use `IntakeRequestForms`, DeskbookIntake's parser; tests substitute fixed rules. The site side reads
/// only the browser rules JSON that the parser writes (`IntakeRules.browserJSON()`), which is also what the
/// page's checker.js reads. A build without a source renders the contact page instead.
public protocol RequestFormSource: Sendable {
    /// The rules of the site in `source`: `.absent` when it has no intake.yml.
    func load(source: String, fileSystem: any FileSystem) -> RequestFormInput
}

/// What a `RequestFormSource` found.
public struct RequestFormInput: Sendable {
    /// The browser rules JSON; nil when the site has no intake.yml or it has errors.
    public var rulesJSON: Data?
    /// Every problem in intake.yml, at its file:line:column.
    public var diagnostics: [Diagnostic]
    /// The intake.yml path, for problems the site side finds (a language the rules lack).
    public var path: String

    public init(rulesJSON: Data?, diagnostics: [Diagnostic], path: String) {
        self.rulesJSON = rulesJSON
        self.diagnostics = diagnostics
        self.path = path
    }

    /// A site without intake.yml.
    public static let absent = RequestFormInput(rulesJSON: nil, diagnostics: [], path: "intake.yml")
}
