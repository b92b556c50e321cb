import ArgumentParser
import DeskbookCore
import DeskbookSite

/// `deskbook theme`: works with the theme compiled into Deskbook.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the built-in theme.",
        subcommands: [ThemeEjectCommand.self]
    )
}

/// `deskbook theme eject [DIR]`: writes the built-in default theme out, to customise it.
struct ThemeEjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eject",
        abstract: "Write the built-in theme into a folder to customise it.",
        discussion: """
        A file in the site's themes/default/ overrides the built-in file at the same path, so delete the \
        ejected files you leave as they are: they would hide the built-in ones of later Deskbook versions.
        """
    )

    @Argument(help: "The folder to write the theme to (default: themes/default in the site folder).")
    var directory: String?

    @Option(help: "The site folder.")
    var source = "."

    @Flag(help: "Overwrite files that already exist.")
    var force = false

    func run() throws {
        let destination = directory ?? Path.join(source == "." ? "" : source, "themes", BuiltinThemes.defaultName)
        let ejector = ThemeEjector()
        let conflicts = ejector.conflicts(in: destination, overwrite: force)
        guard conflicts.isEmpty else {
            conflicts.forEach { Console.error($0.description) }
            Console.error("Nothing was written: \(conflicts.count) theme files are in the way (--force overwrites files)")
            throw ExitCode(2)
        }
        do {
            let written = try ejector.write(into: destination)
            print("Wrote the built-in theme's \(written.count) files to \(destination)")
        } catch let list as DiagnosticList {
            list.diagnostics.forEach { Console.error($0.description) }
            throw ExitCode(1)
        }
    }
}
