import DeskbookCore
import DeskbookIntake

/// The default request form source: the site's intake.yml, read by DeskbookIntake's parser.
///
/// The request form's view of intake.yml: DeskbookIntake's parser, with its file:line diagnostics, and the
/// browser rules JSON that both the page and checker.js read.
public struct IntakeRequestForms: RequestFormSource {
    public init() {}

    public func load(source: String, fileSystem: any FileSystem) -> RequestFormInput {
        let path = Path.join(source, IntakeRules.fileName)
        let loaded = IntakeRules.load(from: source, fileSystem: fileSystem)
        guard let rules = loaded.rules else {
            return RequestFormInput(rulesJSON: nil, diagnostics: loaded.diagnostics, path: path)
        }
        do {
            return RequestFormInput(rulesJSON: try rules.browserJSON(), diagnostics: loaded.diagnostics, path: path)
        } catch {
            return RequestFormInput(rulesJSON: nil, diagnostics: loaded.diagnostics + [.error("cannot encode the rules for the browser: \(error)", at: SourceLocation(path: path))], path: path)
        }
    }
}
