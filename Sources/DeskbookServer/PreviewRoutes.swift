import Foundation
import HTTPTypes
import Hummingbird

/// The preview's HTTP interface: the site from memory, the live reload script, stylesheet, event stream and
/// status under `/_deskbook/`, `POST /api/check`, and the intake API when one is given.
public enum PreviewRoutes {
    /// The preview's router over `session`.
    public static func router(session: PreviewSession, api: IntakeAPI? = nil) -> Router<BasicRequestContext> {
        let router = Router()
        router.middlewares.add(StaticSiteMiddleware(session: session))
        api?.register(on: router)
        router.get("/_deskbook/live.js") { _, _ in
            text(LiveReloadScript.source, type: "text/javascript; charset=utf-8")
        }
        router.get("/_deskbook/preview.css") { _, _ in
            text(PreviewStylesheet.source, type: "text/css; charset=utf-8")
        }
        router.get("/_deskbook/status") { _, _ in
            text(PreviewEvent.json(await session.status), type: "application/json")
        }
        router.get("/_deskbook/events") { _, _ in
            eventStream(await session.events())
        }
        router.post("/api/check") { request, _ in
            await CheckEndpoint(checker: await session.checker()).respond(to: request)
        }
        return router
    }

    private static func text(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A text/event-stream response that lasts as long as `events`.
    private static func eventStream(_ events: AsyncStream<PreviewEvent>) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"],
            body: ResponseBody { writer in
                // Reconnect a second after the server went away (a restart).
                try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
                for await event in events {
                    try await writer.write(ByteBuffer(string: event.serverSentEvent))
                }
                try await writer.finish(nil)
            }
        )
    }
}

/// Serves every GET and HEAD outside `/_deskbook/` and `/api/` from the session's current site.
struct StaticSiteMiddleware<Context: RequestContext>: RouterMiddleware {
    let session: PreviewSession

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if path.hasPrefix("/_deskbook/") || path.hasPrefix("/api/") { return try await next(request, context) }
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let response = StaticSiteResponse(site: await session.served)
            .respond(rawPath: path, query: request.uri.query, ifNoneMatch: request.headers[.ifNoneMatch])
        return request.method == .head ? response.createHeadResponse() : response
    }
}
