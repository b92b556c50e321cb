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
        let fullPath = source == "." ? page.relative : Path.join(source, page.relative)
        guard fileSystem.kind(of: fullPath) == nil else {
            Console.error("\(fullPath): error: the file already exists")
            throw ExitCode(2)
        }
        guard page.staysInside(site: source, fileSystem: fileSystem) else {
            Console.error("\(fullPath): error: a symbolic link leads this path outside the site folder; the page is not created")
            throw ExitCode(2)
        }
        do {
            try fileSystem.createDirectory(Path.directory(of: fullPath))
            try fileSystem.write(Data(Scaffold.page(kind: kind, title: Scaffold.title(fromPath: fullPath)).utf8), to: fullPath)
        } catch {
            Console.error("\(fullPath): error: cannot create the page: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        print("Created \(fullPath)")
    }
}
