import DeskbookEmbedding
import DeskbookIntake
import DeskbookSearch
import DeskbookTickets
import Foundation
import Hummingbird
import Logging

/// The intake service's HTTP interface, the same in `deskbook serve` and `deskbook serve --production`:
/// `POST /api/requests`, `POST /api/events`, `GET /api/search`, `GET /api/openapi.json`, `GET /healthz` and `GET /metrics`
/// (`POST /api/check` is added by each server, as the preview already had it).
public struct IntakeAPI: Sendable {
    var checker: @Sendable () async -> CheckerAvailability
    /// The checker of `POST /api/requests` when it differs from `checker` (suggestions by meaning, for the
    /// docs-first rule at submission, while `/api/check` keeps the fast lexical ones).
    var submissionChecker: (@Sendable () async -> CheckerAvailability)?
    var search: @Sendable () async -> (search: HybridSearch, languages: [String])?
    var store: any TicketStore
    /// intake.yml `contracts`, read from its CSV; nil when the site has none.
    var contracts: ContractRegistry?
    var policy: APIPolicy
    var metrics: ServiceMetrics
    var logger: Logger
    var now: @Sendable () -> Date
    /// Wakes the outbox worker after a request was stored.
    var wake: @Sendable () -> Void

    public init(
        checker: @escaping @Sendable () async -> CheckerAvailability,
        submissionChecker: (@Sendable () async -> CheckerAvailability)? = nil,
        search: @escaping @Sendable () async -> (search: HybridSearch, languages: [String])?,
        store: any TicketStore, contracts: ContractRegistry? = nil, policy: APIPolicy = APIPolicy(), metrics: ServiceMetrics = ServiceMetrics(),
        logger: Logger = Logger(label: "deskbook-api"), now: @escaping @Sendable () -> Date = { Date() },
        wake: @escaping @Sendable () -> Void = {}
    ) {
        self.checker = checker
        self.submissionChecker = submissionChecker
        self.search = search
        self.store = store
        self.contracts = contracts
        self.policy = policy
        self.metrics = metrics
        self.logger = logger
        self.now = now
        self.wake = wake
    }

    /// Adds the API's routes and its guard (CORS, rate limits, logs, metrics) to `router`.
    public func register<Context: RequestContext>(on router: Router<Context>) {
        router.middlewares.add(APIMiddleware<Context>(policy: policy, metrics: metrics, logger: logger))
        let intake = RequestIntake(checker: submissionChecker ?? checker, store: store, contracts: contracts, now: now) { [metrics, wake] in
            metrics.recordAccepted()
            wake()
        }
        router.post("/api/requests") { request, _ in await intake.respond(to: request).response }
        let events = EventEndpoint(store: store, now: now) { [metrics] kind in metrics.recordEvent(kind) }
        router.post("/api/events") { request, _ in await events.respond(to: request).response }
        let search = SearchEndpoint(engine: search)
        router.get("/api/search") { request, _ in await search.respond(to: request).response }
        router.get("/api/openapi.json") { _, _ in
            APIResponse(status: .ok, body: Data(OpenAPIDocument.json.utf8)).response
        }
        router.get("/healthz") { _, _ in APIResponse.json(["status": "ok"]).response }
        router.get("/metrics") { [metrics] _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: metrics.exposition()))
            )
        }
    }

    /// Records a delivery attempt in the metrics and the log.
    func observe(_ delivery: Delivery, _ result: Result<Void, any Error>, _ state: DeliveryState) {
        metrics.recordDelivery(destination: delivery.destination, state: state, succeeded: (try? result.get()) != nil)
        var metadata: Logger.Metadata = [
            "ticket": .string(delivery.ticket), "destination": .string(delivery.destination),
            "attempt": .stringConvertible(delivery.attempts + 1), "state": .string(state.rawValue),
        ]
        if case .failure(let error) = result { metadata["error"] = .string("\(error)") }
        logger.log(level: state == .dead ? .error : (state == .delivered ? .info : .warning), "delivery", metadata: metadata)
    }
}
