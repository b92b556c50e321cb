import DeskbookCore
import Foundation

extension IntakeRules {
    /// The file name read from a site's source folder.
    public static let fileName = "intake.yml"

    /// Reads `<sourceDirectory>/intake.yml`; nil rules with no diagnostics when the site has no such file.
    public static func load(from sourceDirectory: String, fileSystem: any FileSystem = LocalFileSystem()) -> (rules: IntakeRules?, diagnostics: [Diagnostic]) {
        let path = Path.join(sourceDirectory, fileName)
        guard fileSystem.kind(of: path) != nil else { return (nil, []) }
        let data: Data
        do {
            data = try fileSystem.contents(of: path)
        } catch {
            return (nil, [.error("cannot read \(fileName): \(error)", at: SourceLocation(path: path))])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return (nil, [.error("\(fileName) is not valid UTF-8", at: SourceLocation(path: path))])
        }
        return parse(yaml: text, path: path)
    }
}
