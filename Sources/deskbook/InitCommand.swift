import ArgumentParser
import DeskbookContent
import DeskbookCore
import Foundation

/// `deskbook init DIR`: writes a new site skeleton.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a new help-center site.")

    @Argument(help: "The folder to create the site in.")
    var directory: String

    @Option(help: "The site title.")
    var title = "Help Center"

    func run() throws {
        let fileSystem = LocalFileSystem()
        if fileSystem.kind(of: Path.join(directory, "deskbook.yml")) != nil {
            Console.error("\(directory)/deskbook.yml: error: a site already exists here")
            throw ExitCode(2)
        }
        for file in Scaffold.site(title: title) {
            let path = Path.join(directory, file.path)
            try fileSystem.createDirectory(Path.directory(of: path))
            try fileSystem.write(Data(file.text.utf8), to: path)
        }
        print("Created a site in \(directory). Next: deskbook build --source \(directory)")
    }
}
