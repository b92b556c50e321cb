import ArgumentParser
import DeskbookServer
import Foundation

/// `deskbook serve`: the writer's preview, served from memory and rebuilt on every save.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the help center with live reload.",
        discussion: """
            Builds the site into memory, serves it and rebuilds it when content/, themes/, deskbook.yml or \
            intake.yml change; open pages reload by themselves and show build errors over the page. \
            Stop with Ctrl-C. Exits 2 when the configuration is unusable or the port is taken.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 1313

    @Flag(help: "Open the preview in the default browser.")
    var open = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535, not \(port)") }
    }

    func run() async throws {
        let configuration = PreviewServer.Configuration(
            source: site.source,
            host: host,
            port: port,
            includeDrafts: site.drafts,
            builtinThemes: site.builtinThemes
        )
        let open = self.open
        do {
            try await PreviewServer(configuration: configuration).run {
                if open { Browser.open(configuration.url) }
            }
        } catch let failure as PreviewServer.Failure {
            // A configuration failure was already printed with its diagnostics.
            if case .configuration = failure {} else { Console.error("error: \(failure)") }
            throw ExitCode(2)
        }
    }
}

/// Opens a URL in the desktop's browser (xdg-open), when there is one.
enum Browser {
    static func open(_ url: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            Console.error("could not open a browser: \(error.localizedDescription); open \(url)")
        }
    }
}
