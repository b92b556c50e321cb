import DeskbookTickets
import Foundation
import Prometheus

/// The service's Prometheus metrics, served at `/metrics` in the text exposition format.
public final class ServiceMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()

    public init() {}

    /// Counts an answered API call and records how long it took; `route` is a fixed route name, never a raw path.
    func recordCall(route: String, status: Int, seconds: Double) {
        registry.makeCounter(name: "deskbook_http_requests_total", labels: [("route", route), ("status", String(status))]).increment()
        registry.makeDurationHistogram(
            name: "deskbook_http_request_duration_seconds", labels: [("route", route)],
            buckets: [.milliseconds(1), .milliseconds(5), .milliseconds(25), .milliseconds(100), .milliseconds(500), .seconds(2)]
        ).record(.nanoseconds(Int64(seconds * 1e9)))
    }

    func recordAccepted() {
        registry.makeCounter(name: "deskbook_tickets_created_total").increment()
    }

    func recordEvent(_ kind: SelfServiceEvent.Kind) {
        registry.makeCounter(name: "deskbook_events_total", labels: [("type", kind.rawValue)]).increment()
    }

    func recordDelivery(destination: String, state: DeliveryState, succeeded: Bool) {
        let outcome = succeeded ? "delivered" : (state == .dead ? "dead" : "retry")
        registry.makeCounter(name: "deskbook_deliveries_total", labels: [("destination", destination), ("outcome", outcome)]).increment()
    }

    /// The text that `/metrics` answers with.
    func exposition() -> String {
        registry.emitToString()
    }
}
