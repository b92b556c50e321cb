import ArgumentParser
import DeskbookContent
import DeskbookCore
import Foundation

extension PageKind: ExpressibleByArgument {}

/// `deskbook new PATH`: scaffolds a page inside `content/<lang>/` of a site.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Create a page, e.g. content/en/billing/refunds.md.")

    @Argument(help: "The page file to create, under content/<lang>/ of the site.")
    var path: String

    @Option(help: "The page kind: article, faq or policy.")
    var kind: PageKind?

    @Option(help: "The site folder.")
    var source = "."

    func run() throws {
        let fileSystem = LocalFileSystem()
        let languages: [String]
        switch SiteLoader(fileSystem: fileSystem).loadConfig(source: source) {
        case .success(let loaded): languages = loaded.config.languages
        case .failure(let list):
            list.diagnostics.forEach { Console.error($0.description) }
            throw ExitCode(2)
        }
        let page: NewPagePath
        switch NewPagePath.check(path, languages: languages) {
        case .success(let checked): page = checked
        case .failure(let problem):
            Console.error("\(path): error: \(problem.message)")
            throw ExitCode(2)
        }
        let inSite = { (relative: String) in source == "." ? relative : Path.join(source, relative) }
        let fullPath = inSite(page.relative)
        guard fileSystem.kind(of: fullPath) == nil else {
            Console.error("\(fullPath): error: the file already exists")
            throw ExitCode(2)
        }
        guard page.staysInside(site: source, fileSystem: fileSystem) else {
            Console.error("\(fullPath): error: a symbolic link leads this path outside the site folder; the page is not created")
            throw ExitCode(2)
        }
        let languageFolder = inSite(Path.join("content", page.language))
        let newSections = Self.missingFolders(from: languageFolder, to: Path.directory(of: fullPath), fileSystem: fileSystem)
        let title = Scaffold.title(fromPath: fullPath)
        let text: String
        switch Scaffold.archetype(kind: kind, site: source, fileSystem: ConfinedFileSystem(base: fileSystem, folders: [source])) {
        case .success(let template?): text = Scaffold.page(fromArchetype: template, title: title, date: Self.today())
        case .success(nil): text = Scaffold.page(kind: kind, title: title, date: Self.today(), draft: true)
        case .failure(let problem):
            Console.error(problem.description)
            throw ExitCode(2)
        }
        do {
            try fileSystem.createDirectory(Path.directory(of: fullPath))
            for folder in newSections {
                let index = Path.join(folder, "_index.md")
                try fileSystem.write(Data(Scaffold.section(title: Scaffold.title(fromPath: folder)).utf8), to: index)
                print("Created \(index)")
            }
            try fileSystem.write(Data(text.utf8), to: fullPath)
        } catch {
            Console.error("\(fullPath): error: cannot create the page: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        print("Created \(fullPath)" + (text.contains("\ndraft: true\n") ? " (a draft: remove 'draft: true' to publish it)" : ""))
    }

    /// The folders below `root` down to `folder` that do not exist yet: the new sections, outermost first.
    static func missingFolders(from root: String, to folder: String, fileSystem: any FileSystem) -> [String] {
        guard folder.hasPrefix(root + "/") else { return [] }
        var missing: [String] = []
        var current = root
        for name in folder.dropFirst(root.count + 1).split(separator: "/") {
            current = Path.join(current, String(name))
            if fileSystem.kind(of: current) == nil { missing.append(current) }
        }
        return missing
    }

    /// Today's date on this computer, YYYY-MM-DD.
    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
