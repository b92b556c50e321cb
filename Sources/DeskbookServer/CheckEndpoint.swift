import DeskbookIntake
import Foundation
import HTTPTypes
import Hummingbird

/// `POST /api/check`: checks a support request against the site's intake.yml, answering with the JSON of
/// `deskbook check --json`.
///
/// The body is the request as a JSON object (or YAML, as `deskbook check` reads it); `?lang=` and `?at=`
/// (ISO 8601 with a zone) play the part of `--lang` and `--at`. A body of another media type gets 415, one
/// larger than intake.yml's limit 413, one that cannot be read as a request object 400 (with the checker's
/// finding in the usual JSON); a checked request gets 200 whether it is ready or not. Bad input never gets a
/// 5xx; only a broken intake.yml does (503).
struct CheckEndpoint {
    var checker: CheckerAvailability
    var now: @Sendable () -> Date = { Date() }

    func respond(to request: Request) async -> Response {
        let checker: IntakeChecker
        switch self.checker {
        case .ready(let ready): checker = ready
        case .missing: return Self.error("this site has no \(IntakeRules.fileName)", status: .notFound)
        case .broken(let diagnostics):
            return Self.error("\(IntakeRules.fileName) has errors: " + diagnostics.map(\.description).joined(separator: "; "), status: .serviceUnavailable)
        }
        guard Self.isRequestMediaType(request.headers[.contentType]) else {
            return Self.error("send the request as application/json (or application/yaml)", status: .unsupportedMediaType)
        }
        let query = request.uri.queryParameters
        let language = query["lang"].map(String.init)
        if let language, !checker.rules.languages.contains(language) {
            return Self.error("lang must be one of \(checker.rules.languages.joined(separator: ", ")), not '\(language)'", status: .badRequest)
        }
        var date = now()
        if let at = query["at"].map(String.init) {
            guard let parsed = CheckRun.parseDate(at) else {
                return Self.error("at must be an ISO 8601 time with a zone, e.g. 2026-01-16T17:00:00+03:00, not '\(at)'", status: .badRequest)
            }
            date = parsed
        }
        // One byte over the limit is enough for the checker to report the request as too large.
        let body: Data
        do {
            body = try await Self.collect(request.body, upTo: checker.rules.limits.requestBytes + 1)
        } catch {
            return Self.error("the request body could not be read", status: .badRequest)
        }
        let report = checker.checkReport(data: body, language: language, at: date)
        return Response(
            status: Self.status(for: report.result),
            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: report.json() + "\n"))
        )
    }

    /// 413 or 400 when the body could not be read as a request, else 200.
    static func status(for result: CheckResult) -> HTTPResponse.Status {
        let codes = Set(result.findings.map(\.code))
        if codes.contains(FindingCode.requestTooLarge.rawValue) { return .contentTooLarge }
        let unreadable: [FindingCode] = [.requestEncoding, .requestSyntax, .requestNotObject]
        if unreadable.contains(where: { codes.contains($0.rawValue) }) { return .badRequest }
        return .ok
    }

    /// JSON or YAML, with or without parameters such as `charset=utf-8`.
    static func isRequestMediaType(_ contentType: String?) -> Bool {
        // What the form and most clients send, without splitting and lowercasing it on every check.
        if contentType == "application/json" { return true }
        guard let contentType, let mediaType = contentType.split(separator: ";").first else { return false }
        let accepted = ["application/json", "application/yaml", "application/x-yaml", "text/yaml"]
        return accepted.contains(mediaType.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// The body's first `limit` bytes at most: a larger body is not read further.
    private static func collect(_ body: RequestBody, upTo limit: Int) async throws -> Data {
        var data = Data()
        for try await buffer in body {
            data.append(contentsOf: buffer.readableBytesView.prefix(limit - data.count))
            if data.count >= limit { break }
        }
        return data
    }

    private static func error(_ message: String, status: HTTPResponse.Status) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: PreviewEvent.json(["error": message]) + "\n"))
        )
    }
}
