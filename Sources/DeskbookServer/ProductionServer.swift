import AsyncHTTPClient
import DeskbookContent
import DeskbookCore
import DeskbookIntake
import DeskbookEmbedding
import DeskbookSearch
import DeskbookTickets
import Foundation
import Glibc
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// `deskbook serve --production`: the intake API (and optionally a built site) with no file watching, JSON
/// logs, Prometheus metrics, and an outbox worker that delivers accepted requests. On SIGTERM or SIGINT it
/// stops taking connections, finishes the requests under way, then lets the worker finish its deliveries.
public struct ProductionServer: Sendable {
    public struct Configuration: Sendable {
        /// The site folder holding intake.yml and deskbook.yml.
        public var source: String
        /// A built site to serve, and whose search index `/api/search` and suggestions use; nil serves the
        /// API only and searches `<source>/public/search`.
        public var publicFolder: String?
        public var host: String
        public var port: Int
        /// `--store`: a SQLite path or a postgres:// URL; nil lets `StoreLocation` choose.
        public var store: String?
        public var policy: APIPolicy
        public var environment: [String: String]
        /// The model for deskbook.yml's `semantic:` setting (`SemanticModel.load`); nil searches by words only.
        public var semanticModel: (@Sendable (_ enabled: Bool) -> SemanticModel.Availability)?

        public init(source: String, publicFolder: String?, host: String, port: Int, store: String?, policy: APIPolicy, environment: [String: String]) {
            self.source = source
            self.publicFolder = publicFolder
            self.host = host
            self.port = port
            self.store = store
            self.policy = policy
            self.environment = environment
        }
    }

    /// Why the service could not start; the message says what to change.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public var configuration: Configuration
    public var logger: Logger

    public init(configuration: Configuration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    public func run(onReady: @escaping @Sendable () -> Void = {}) async throws {
        let configuration = self.configuration
        let loaded = IntakeRules.load(from: configuration.source)
        guard let rules = loaded.rules else {
            throw Failure(description: loaded.diagnostics.isEmpty
                ? "\(Path.join(configuration.source, IntakeRules.fileName)) is missing; the service needs it"
                : loaded.diagnostics.map(\.description).joined(separator: "\n"))
        }
        let storeLocation = StoreLocation.choose(option: configuration.store, environment: configuration.environment, rules: rules, source: configuration.source)
        let store: any TicketStore
        do {
            store = try await StoreLocation.open(storeLocation, environment: configuration.environment)
        } catch {
            throw Failure(description: "\(error)")
        }
        var contracts: ContractRegistry?
        if let rule = rules.service.contracts {
            let path = Path.join(configuration.source, rule.file)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw Failure(description: "\(path): cannot read the contracts file that intake.yml names")
            }
            switch ContractRegistry.parse(text, path: path, field: rule.field) {
            case .success(let registry): contracts = registry
            case .failure(let problems): throw Failure(description: problems.description)
            }
        }
        let searchFolder = Path.join(configuration.publicFolder ?? Path.join(configuration.source, "public"), "search")
        let engine = SearchEngine(directory: searchFolder)
        let checker = IntakeChecker(rules: rules, suggester: SearchSuggester(engine: engine))
        // By meaning too where a model can run: /api/search and the docs-first rule at submission, at most one
        // model call per core at a time (`ModelGate`); /api/check keeps the lexical suggestions.
        let site = Self.siteConfig(source: configuration.source)
        let model = configuration.semanticModel?(site?.semantic ?? false)
        if let warning = model?.warning { logger.warning("\(warning)") }
        let search = HybridSearch(directory: searchFolder, embedder: model?.embedder, gate: ModelGate())
        let submissionChecker = model?.embedder == nil ? checker : IntakeChecker(rules: rules, suggester: HybridSuggester(search: search))
        let languages = site?.languages ?? rules.languages
        let (wakeUps, wake) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        var policy = configuration.policy
        // The origin of deskbook.yml's base_url may always call the API.
        if let origin = site.flatMap({ APIPolicy.origin(of: $0.baseURL) }) { policy.allowedOrigins.insert(origin) }
        let api = IntakeAPI(
            checker: { .ready(checker) },
            submissionChecker: { .ready(submissionChecker) },
            search: { FileManager.default.fileExists(atPath: searchFolder) ? (search, languages) : nil },
            store: store, contracts: contracts, policy: policy, logger: logger, wake: { wake.yield() }
        )
        let client = Destinations.client()
        let destinations: [any Destination]
        do {
            destinations = try Destinations.make(rules, environment: configuration.environment, client: client)
        } catch {
            try? await client.shutdown()
            throw Failure(description: "\(error)")
        }
        var worker = OutboxWorker(store: store, destinations: destinations, policy: RetryPolicy(rules.service.forward))
        // Longer than a delivery can take (connect and answer timeouts), so a lease only runs out after a crash.
        worker.lease = Destinations.longestAttempt * 2
        worker.observe = { api.observe($0, $1, $2) }

        let router = Router(context: ServiceRequestContext.self)
        api.register(on: router)
        router.post("/api/check") { request, _ in await CheckEndpoint(checker: .ready(checker)).respond(to: request) }
        if let folder = configuration.publicFolder {
            router.middlewares.add(FileMiddleware(folder, searchForIndexHtml: true, logger: logger))
        }
        let logger = self.logger
        let application = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                logger.info("serving", metadata: ["address": .string("\(channel.localAddress.map { "\($0)" } ?? "")"), "store": .string(StoreLocation.display(storeLocation))])
                onReady()
            },
            logger: logger
        )
        // Services stop in reverse order: first the server (finishing requests under way), then the worker.
        var group = ServiceGroupConfiguration(
            services: [OutboxService(worker: worker, wakeUps: wakeUps), application],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        )
        group.maximumGracefulShutdownDuration = .seconds(30)
        do {
            try await ServiceGroup(configuration: group).run()
            try? await client.shutdown()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            try? await client.shutdown()
            throw Failure(description: "port \(configuration.port) on \(configuration.host) is already in use; choose another with --port")
        }
        logger.info("stopped")
    }

    /// The site's deskbook.yml, read once when the service starts; nil when it cannot be read (the service then
    /// searches intake.yml's languages, by words only).
    static func siteConfig(source: String) -> SiteConfig? {
        try? SiteLoader(fileSystem: LocalFileSystem()).loadConfig(source: source).get().config
    }
}

/// The production request context: it knows the client's address, for the per-address rate limit.
struct ServiceRequestContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
