import DeskbookTickets
import Foundation
import Hummingbird

/// `POST /api/events`: a self-service event from a help-center page (see `SelfServiceEvent`), kept in the
/// store for `deskbook report`. The body is JSON, sent as `application/json` or, by `navigator.sendBeacon`, as
/// `text/plain`. Only the event's own fields are kept: never the sender's address nor the rest of the body.
struct EventEndpoint: Sendable {
    var store: any TicketStore
    var now: @Sendable () -> Date
    /// Called with each kept event, for the metrics.
    var recorded: @Sendable (SelfServiceEvent.Kind) -> Void

    func respond(to request: Request) async -> APIResponse {
        let mediaType = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        guard mediaType == "application/json" || mediaType == "text/plain" else {
            return .error("unsupported_media_type", "send the event as application/json or text/plain", status: .unsupportedMediaType)
        }
        let body: Data
        do {
            let collected = try await request.body.collect(upTo: SelfServiceEvent.maxBytes)
            guard !collected.overflow else {
                return .error("too_large", "an event may be at most \(SelfServiceEvent.maxBytes) bytes", status: .contentTooLarge)
            }
            body = collected.data
        } catch {
            return .error("unreadable_body", "the event body could not be read", status: .badRequest)
        }
        let event: SelfServiceEvent
        switch SelfServiceEvent.read(body, at: now()) {
        case .success(let read): event = read
        case .failure(let problem): return .error("bad_event", problem.description, status: .badRequest)
        }
        do {
            try await store.record(event)
        } catch {
            return .error("store_unavailable", "the event could not be stored; try again shortly", status: .serviceUnavailable)
        }
        recorded(event.kind)
        return APIResponse(status: .accepted, body: Data(#"{"accepted":true}"#.utf8))
    }
}
