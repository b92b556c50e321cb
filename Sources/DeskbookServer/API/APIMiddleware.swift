import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Guards `/api/`: CORS for the configured origins only, a token bucket per client address (429 with
/// Retry-After), and one log line and metric per call, without bodies.
struct APIMiddleware<Context: RequestContext>: RouterMiddleware {
    var policy: APIPolicy
    var submissions: TokenBuckets
    var calls: TokenBuckets
    var events: TokenBuckets
    var metrics: ServiceMetrics
    var logger: Logger

    init(policy: APIPolicy, metrics: ServiceMetrics, logger: Logger) {
        self.policy = policy
        submissions = TokenBuckets(capacity: policy.submissionBurst, perMinute: policy.submissionsPerMinute)
        calls = TokenBuckets(capacity: policy.callBurst, perMinute: policy.callsPerMinute)
        events = TokenBuckets(capacity: policy.eventBurst, perMinute: policy.eventsPerMinute)
        self.metrics = metrics
        self.logger = logger
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard path.hasPrefix("/api/") else { return try await next(request, context) }
        let started = ContinuousClock.now
        let route = Self.routeName(request)
        var response = try await guarded(request, context: context, route: route, next: next)
        if let origin = request.headers[.origin], policy.allowedOrigins.contains(origin.lowercased()) {
            response.headers[.accessControlAllowOrigin] = origin
            response.headers[.accessControlExposeHeaders] = "Retry-After, Idempotent-Replayed"
        }
        response.headers[.vary] = "Origin"
        let elapsed = started.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        metrics.recordCall(route: route, status: response.status.code, seconds: seconds)
        logger.info("api call", metadata: [
            "method": .string(request.method.rawValue), "route": .string(route),
            "status": .stringConvertible(response.status.code), "ms": .stringConvertible((seconds * 1000).rounded()),
        ])
        return response
    }

    private func guarded(_ request: Request, context: Context, route: String, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.method == .options {
            guard let origin = request.headers[.origin], policy.allowedOrigins.contains(origin.lowercased()) else {
                return APIResponse.error("origin_not_allowed", "this origin may not call the API", status: .forbidden).response
            }
            return Response(status: .noContent, headers: [
                .accessControlAllowMethods: "GET, POST, OPTIONS",
                .accessControlAllowHeaders: "Content-Type, Content-Language, Accept, Idempotency-Key",
                .accessControlMaxAge: "600",
            ])
        }
        let buckets = switch route {
        case "requests": submissions
        case "events": events
        default: calls
        }
        let client = (context as? any RemoteAddressRequestContext)?.remoteAddress?.ipAddress ?? "local"
        if let wait = buckets.take(client, at: Date().timeIntervalSince1970) {
            var refusal = APIResponse.error("rate_limited", "too many requests from this address; try again in \(wait) s", status: .tooManyRequests)
            refusal.headers[.retryAfter] = String(wait)
            return refusal.response
        }
        return try await next(request, context)
    }

    /// A fixed name per endpoint, so that metrics stay few whatever paths clients invent.
    static func routeName(_ request: Request) -> String {
        switch request.uri.path {
        case "/api/requests": "requests"
        case "/api/events": "events"
        case "/api/check": "check"
        case "/api/search": "search"
        case "/api/openapi.json": "openapi"
        default: "other"
        }
    }
}
