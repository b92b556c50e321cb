import ArgumentParser

/// The `deskbook` command: a thin front end over the Deskbook libraries.
@main
struct Deskbook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deskbook",
        abstract: "Build a static, multilingual help center from Markdown.",
        subcommands: [BuildCommand.self, InitCommand.self, NewCommand.self]
    )
}
