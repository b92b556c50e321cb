import DeskbookCore
import DeskbookEmbedding
import DeskbookSearch
import DeskbookSite
import DeskbookTickets
import Foundation
import Glibc
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// `deskbook serve`: builds the site into memory, serves it, rebuilds it when its sources change and tells
/// the open pages; stops cleanly on SIGINT or SIGTERM.
public struct PreviewServer: Sendable {
    public struct Configuration: Sendable {
        /// The site folder.
        public var source: String
        public var host: String
        public var port: Int
        public var includeDrafts: Bool
        /// The folder holding the built-in themes.
        public var builtinThemes: String?
        /// The model for deskbook.yml's `semantic:` setting; nil builds no vectors and searches by words only.
        public var semanticModel: (@Sendable (_ enabled: Bool) -> SemanticModel.Availability)?
        /// Whether each build prints how long its phases took.
        public var timings = false

        public init(source: String, host: String = "127.0.0.1", port: Int = 1313, includeDrafts: Bool = false, builtinThemes: String? = nil) {
            self.source = source
            self.host = host
            self.port = port
            self.includeDrafts = includeDrafts
            self.builtinThemes = builtinThemes
        }

        /// The address to open in a browser; pages link to it as the site's base URL.
        public var url: String {
            let name = ["0.0.0.0", "::", ""].contains(host) ? "localhost" : host
            return "http://\(name.contains(":") ? "[\(name)]" : name):\(port)/"
        }
    }

    /// Why the preview could not start.
    public enum Failure: Error, CustomStringConvertible {
        /// deskbook.yml, the theme or intake.yml is unusable (the diagnostics were printed).
        case configuration
        case portInUse(host: String, port: Int)
        case cannotWatch(String)
        case cannotOpenStore(String)

        public var description: String {
            switch self {
            case .configuration: "the site's configuration has errors"
            case .portInUse(let host, let port): "port \(port) on \(host) is already in use; choose another with --port"
            case .cannotWatch(let reason): "cannot watch the site's files: \(reason)"
            case .cannotOpenStore(let reason): "cannot create the preview's request store: \(reason)"
            }
        }
    }

    public var configuration: Configuration
    public var console: PreviewConsole

    public init(configuration: Configuration, console: PreviewConsole = .terminal) {
        self.configuration = configuration
        self.console = console
    }

    /// Runs until SIGINT or SIGTERM; `onReady` is called once the server listens. Pages asked for before the
    /// first build is done get a placeholder that reloads when it is.
    public func run(onReady: @escaping @Sendable () -> Void = {}) async throws {
        let configuration = self.configuration
        let options = BuildOptions(
            source: configuration.source,
            includeDrafts: configuration.includeDrafts,
            baseURL: configuration.url,
            builtinThemes: configuration.builtinThemes
        )
        let session = PreviewSession(producer: IncrementalSiteProducer(options: options, semanticModel: configuration.semanticModel), siteRoot: configuration.source, console: console, timings: configuration.timings)
        // The watcher starts before the first build, which runs once the server answers.
        let watcher: FileWatcher
        do {
            watcher = try FileWatcher(root: configuration.source)
        } catch {
            throw Failure.cannotWatch("\(error)")
        }
        var logger = Logger(label: "deskbook-serve")
        logger.logLevel = .critical
        let console = self.console
        let (listening, listeningContinuation) = AsyncStream<Void>.makeStream()
        let (api, storeFolder) = try Self.intakeAPI(session: session, source: configuration.source, semanticModel: configuration.semanticModel)
        defer { try? FileManager.default.removeItem(atPath: storeFolder) }
        let application = Application(
            router: PreviewRoutes.router(session: session, api: api),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { _ in
                console.info("Serving \(configuration.url) (Ctrl-C to stop)")
                listeningContinuation.yield()
                onReady()
            },
            logger: logger
        )
        var groupConfiguration = ServiceGroupConfiguration(
            services: [application, SourceWatchService(watcher: watcher, session: session, serverListening: listening)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        )
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(3)
        do {
            try await ServiceGroup(configuration: groupConfiguration).run()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw Failure.portInUse(host: configuration.host, port: configuration.port)
        }
    }

    /// The intake API over a store in a temporary folder (removed when the preview stops). The preview keeps
    /// what is submitted but delivers nothing: a writer's test request never reaches the support team.
    private static func intakeAPI(
        session: PreviewSession, source: String, semanticModel: (@Sendable (Bool) -> SemanticModel.Availability)?
    ) throws -> (IntakeAPI, String) {
        let site = ProductionServer.siteConfig(source: source)
        let embedder = semanticModel?(site?.semantic ?? false).embedder
        let gate = ModelGate()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("deskbook-preview-\(UUID().uuidString)").path
        let store: SQLiteTicketStore
        do {
            store = try SQLiteTicketStore(path: Path.join(folder, "intake.sqlite"))
        } catch {
            throw Failure.cannotOpenStore("\(error)")
        }
        let languages = site?.languages ?? ["en"]
        let api = IntakeAPI(
            checker: { await session.checker() },
            search: {
                let snapshot = await session.served.snapshot
                let search = HybridSearch(embedder: embedder, gate: gate) { path in
                    guard let file = snapshot.files["search/" + path] else { throw FileSystemError(path: path, reason: "not in the served site") }
                    return file.data
                }
                return (search, languages)
            },
            store: store,
            policy: APIPolicy(submissionsPerMinute: 600, submissionBurst: 60)
        )
        return (api, folder)
    }
}
