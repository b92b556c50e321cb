import ArgumentParser
import DeskbookContent
import DeskbookCore
import Foundation

extension PageKind: ExpressibleByArgument {}

/// `deskbook new PATH`: scaffolds a page.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Create a page, e.g. content/en/billing/refunds.md.")

    @Argument(help: "The page file to create, under content/<lang>/.")
    var path: String

    @Option(help: "The page kind: article, faq or policy.")
    var kind: PageKind?

    @Option(help: "The site folder.")
    var source = "."

    func run() throws {
        guard path.hasSuffix(".md") else {
            Console.error("\(path): error: a page file name ends in .md")
            throw ExitCode(2)
        }
        let relative = path.hasPrefix("content/") ? path : Path.join("content", path)
        let fullPath = source == "." ? relative : Path.join(source, relative)
        let fileSystem = LocalFileSystem()
        guard fileSystem.kind(of: fullPath) == nil else {
            Console.error("\(fullPath): error: the file already exists")
            throw ExitCode(2)
        }
        try fileSystem.createDirectory(Path.directory(of: fullPath))
        try fileSystem.write(Data(Scaffold.page(kind: kind, title: Scaffold.title(fromPath: path)).utf8), to: fullPath)
        print("Created \(fullPath)")
    }
}
