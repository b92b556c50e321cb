import Foundation
import HTTPTypes
import Hummingbird

/// A JSON answer of the intake API, before it becomes a Hummingbird response.
struct APIResponse: Sendable {
    var status: HTTPResponse.Status
    var body: Data
    var headers: HTTPFields = [:]

    /// `{error, message}`: `error` a stable code for programs, `message` a sentence for people.
    static func error(_ code: String, _ message: String, status: HTTPResponse.Status) -> APIResponse {
        APIResponse(status: status, body: Data(PreviewEvent.json(["error": code, "message": message]).utf8))
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> APIResponse {
        APIResponse(status: status, body: Data(PreviewEvent.json(value).utf8))
    }

    var response: Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        fields[.cacheControl] = "no-store"
        fields[.init("X-Content-Type-Options")!] = "nosniff"
        var body = body
        body.append(UInt8(ascii: "\n"))
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}

extension RequestBody {
    /// The body's first `limit` bytes at most; `overflow` is true when more was sent.
    func collect(upTo limit: Int) async throws -> (data: Data, overflow: Bool) {
        var data = Data()
        for try await buffer in self {
            let room = limit - data.count
            if buffer.readableBytes > room {
                data.append(contentsOf: buffer.readableBytesView.prefix(room))
                return (data, true)
            }
            data.append(contentsOf: buffer.readableBytesView)
        }
        return (data, false)
    }
}
