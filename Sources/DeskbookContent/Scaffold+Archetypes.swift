import DeskbookCore
import Foundation

/// Page templates per kind, as a site defines them: `archetypes/<kind>.md` (`article.md` when no kind is given),
/// the page `deskbook new` writes, with `{title}` and `{date}` (YYYY-MM-DD) filled in.
extension Scaffold {
    /// The site's archetype for `kind`, nil when it has none, or a diagnostic when it cannot be read.
    public static func archetype(kind: PageKind?, site: String, fileSystem: any FileSystem) -> Result<String?, Diagnostic> {
        let relative = "archetypes/\((kind ?? .article).rawValue).md"
        let path = site == "." ? relative : Path.join(site, relative)
        guard fileSystem.kind(of: path) != nil else { return .success(nil) }
        do {
            guard let text = String(data: try fileSystem.contents(of: path), encoding: .utf8) else {
                return .failure(.error("the archetype is not UTF-8 text", at: SourceLocation(path: path)))
            }
            return .success(text)
        } catch {
            return .failure(.error("cannot read the archetype: \(error.localizedDescription)", at: SourceLocation(path: path)))
        }
    }

    /// A new page from an archetype: `{title}` becomes the title, quoted for YAML (`"Reset password"`), and
    /// `{date}` the day; other braces stay as written.
    public static func page(fromArchetype template: String, title: String, date: String) -> String {
        Placeholders.fill(template, ["title": yamlQuoted(title), "date": date])
    }
}
