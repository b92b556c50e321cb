import DeskbookCore

/// The file `deskbook new` creates: a Markdown file inside `content/<language>/` of the site, for one of its
/// languages, so a page can never be written outside the site.
public struct NewPagePath: Sendable, Hashable {
    /// The path relative to the site folder, e.g. `content/en/billing/refunds.md`.
    public var relative: String
    /// The language folder, e.g. `en`.
    public var language: String

    /// Why a path given to `deskbook new` is refused.
    public struct Problem: Error, Sendable, Hashable {
        public var message: String
    }

    /// Checks a path as given on the command line, `content/en/billing/refunds.md` or `en/billing/refunds.md`:
    /// relative, without `..`, ending in `.md`, under a language of the site, with no hidden (`.`) names.
    public static func check(_ argument: String, languages: [String]) -> Result<NewPagePath, Problem> {
        let example = "content/\(languages.first ?? "en")/billing/refunds.md"
        guard argument.hasSuffix(".md") else { return .failure(Problem(message: "a page file name ends in .md")) }
        guard !argument.hasPrefix("/") else {
            return .failure(Problem(message: "give the page's path inside the site folder, like \(example)"))
        }
        var segments = argument.split(separator: "/").filter { $0 != "." }
        guard !segments.contains("..") else {
            return .failure(Problem(message: "a page path may not contain '..': pages go inside content/<language>/ of the site, like \(example)"))
        }
        if segments.first == "content" { segments.removeFirst() }
        guard segments.count >= 2, let language = segments.first.map(String.init), languages.contains(language) else {
            let known = languages.joined(separator: ", ")
            return .failure(Problem(message: "pages go inside content/<language>/ for a language of the site (\(known)), like \(example)"))
        }
        if let hidden = segments.first(where: { $0.hasPrefix(".") }) {
            return .failure(Problem(message: "'\(hidden)' starts with '.', and the build skips such names"))
        }
        return .success(NewPagePath(relative: Path.join(["content"] + segments.map(String.init)), language: language))
    }

    /// Whether the folders the page goes in, as far as they exist, lie inside the site folder once symbolic links
    /// are followed; the folders still missing are created as plain folders below them.
    public func staysInside(site source: String, fileSystem: any FileSystem) -> Bool {
        let root = source.isEmpty ? "." : source
        guard let siteFolder = fileSystem.realPath(root) else { return false }
        var deepest = root
        for folder in Path.directory(of: relative).split(separator: "/") {
            let next = Path.join(deepest, String(folder))
            guard fileSystem.kind(of: next) != nil else { break }
            deepest = next
        }
        guard let real = fileSystem.realPath(deepest) else { return false }
        return Path.isInside(real, siteFolder)
    }
}
