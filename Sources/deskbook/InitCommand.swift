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

    @Option(help: "The site's languages, the default first (e.g. en,ru): each gets its content folder, and the site an intake.yml and a .gitignore.")
    var languages: String?

    func run() throws {
        let fileSystem = LocalFileSystem()
        if fileSystem.kind(of: Path.join(directory, "deskbook.yml")) != nil {
            Console.error("\(directory)/deskbook.yml: error: a site already exists here")
            throw ExitCode(2)
        }
        var files = Scaffold.site(title: title)
        if let languages {
            let codes = languages.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard codes.allSatisfy(Scaffold.isLanguageCode), Set(codes).count == codes.count else {
                Console.error("error: --languages must be different language codes separated by commas, such as en,ru, not '\(languages)'")
                throw ExitCode(2)
            }
            files = Scaffold.site(title: title, languages: codes)
        }
        for file in files {
            let path = Path.join(directory, file.path)
            try fileSystem.createDirectory(Path.directory(of: path))
            try fileSystem.write(Data(file.text.utf8), to: path)
        }
        print("Created a site in \(directory). Next: deskbook build --source \(directory)")
    }
}
