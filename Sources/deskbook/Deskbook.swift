import ArgumentParser
import Foundation

/// The `deskbook` command: a thin front end over the Deskbook libraries.
@main
struct Deskbook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deskbook",
        abstract: "Build a static, multilingual help center from Markdown.",
        version: Version.current,
        subcommands: [BuildCommand.self, ServeCommand.self, InitCommand.self, NewCommand.self, SearchCommand.self, CheckCommand.self, RequestsCommand.self, ReportCommand.self, ThemeCommand.self]
    )

    /// Runs the chosen subcommand; usage mistakes exit with 2 as documented, not the parser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { exit(withError: error) }
            Console.error(fullMessage(for: error))
            Foundation.exit(2)
        }
    }
}
