import ArgumentParser
import DeskbookEmbedding
import DeskbookServer
import Foundation
import Logging

/// `deskbook serve`: the writer's preview, served from memory and rebuilt on every save.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the help center with live reload.",
        discussion: """
            Builds the site into memory, serves it and rebuilds it when content/, themes/, deskbook.yml or \
            intake.yml change; open pages reload by themselves and show build errors over the page. \
            Stop with Ctrl-C. Exits 2 when the configuration is unusable or the port is taken.

            With --production it runs the intake service instead: the API (POST /api/requests, /api/check, \
            /api/search, /healthz, /metrics) on a SQLite store (or PostgreSQL with a postgres:// --store, \
            DESKBOOK_STORE_URL or intake.yml store), delivering accepted requests to intake.yml's \
            forward destinations, with JSON logs on standard error, no file watching, and the built site from \
            --public when given. SIGTERM stops it gracefully.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 1313

    @Flag(help: "Open the preview in the default browser.")
    var open = false

    @Flag(help: "Run the intake service (API, store, delivery) instead of the preview.")
    var production = false

    @Option(name: .customLong("public"), help: "With --production: a built site folder to serve.")
    var publicFolder: String?

    @Option(help: "With --production: the request store, a SQLite file or a postgres://user@host/database URL (default: $DESKBOOK_STORE_URL, intake.yml store, or <source>/.deskbook/intake.sqlite).")
    var store: String?

    @Option(name: .customLong("allow-origin"), help: "With --production: another origin whose pages may call the API (repeatable).")
    var allowedOrigins: [String] = []

    @Option(help: "With --production: submissions per minute from one address.")
    var rateLimit = 10

    @Option(help: "With --production: checks and searches per minute from one address (a tenth of them at once).")
    var callRateLimit = 600

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535, not \(port)") }
        if !production {
            for (given, flag) in [(publicFolder != nil, "--public"), (store != nil, "--store"), (!allowedOrigins.isEmpty, "--allow-origin")] where given {
                throw ValidationError("\(flag) works with --production only")
            }
        }
        guard (1...100_000).contains(rateLimit) else { throw ValidationError("--rate-limit must be from 1 to 100000, not \(rateLimit)") }
        guard (1...10_000_000).contains(callRateLimit) else {
            throw ValidationError("--call-rate-limit must be from 1 to 10000000, not \(callRateLimit)")
        }
        for origin in allowedOrigins where APIPolicy.origin(of: origin) != origin.lowercased() {
            throw ValidationError("--allow-origin takes an origin such as https://help.example.com, not '\(origin)'")
        }
        if open && production { throw ValidationError("--open works with the preview only") }
    }

    func run() async throws {
        if production { return try await runProduction() }
        var configuration = PreviewServer.Configuration(
            source: site.source,
            host: host,
            port: port,
            includeDrafts: site.drafts,
            builtinThemes: site.builtinThemes
        )
        let source = site.source
        configuration.semanticModel = { SemanticModel.load(source: source, enabled: $0) }
        let open = self.open
        let url = configuration.url
        do {
            try await PreviewServer(configuration: configuration).run {
                if open { Browser.open(url) }
            }
        } catch let failure as PreviewServer.Failure {
            // A configuration failure was already printed with its diagnostics.
            if case .configuration = failure {} else { Console.error("error: \(failure)") }
            throw ExitCode(2)
        }
    }
}

extension ServeCommand {
    private func runProduction() async throws {
        LoggingSystem.bootstrap { JSONLogHandler(label: $0) }
        var configuration = ProductionServer.Configuration(
            source: site.source, publicFolder: publicFolder, host: host, port: port, store: store,
            policy: APIPolicy(
                allowedOrigins: Set(allowedOrigins.map { $0.lowercased() }),
                submissionsPerMinute: rateLimit, submissionBurst: rateLimit,
                callsPerMinute: callRateLimit, callBurst: max(1, callRateLimit / 10)
            ),
            environment: ProcessInfo.processInfo.environment
        )
        let source = site.source
        configuration.semanticModel = { SemanticModel.load(source: source, enabled: $0) }
        do {
            try await ProductionServer(configuration: configuration, logger: Logger(label: "deskbook-service")).run()
        } catch let failure as ProductionServer.Failure {
            Console.error("error: \(failure)")
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
