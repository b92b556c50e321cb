import DeskbookCore
import DeskbookIntake
import DeskbookTickets
import Foundation
import HTTPTypes
import Hummingbird

/// `POST /api/requests`: checks a request again with intake.yml's rules and, when it is ready, stores it
/// under a new ticket number before answering 201.
///
/// The body is the request object as JSON, or `multipart/form-data` as the request form sends it with files:
/// the JSON in the part `request` and each file under its field's id.
struct RequestIntake: Sendable {
    var checker: @Sendable () async -> CheckerAvailability
    var store: any TicketStore
    var contracts: ContractRegistry?
    var now: @Sendable () -> Date = { Date() }
    /// Called after a request was stored, to wake the outbox worker.
    var accepted: @Sendable () -> Void = {}

    /// Room for multipart boundaries and part headers around the request and its files.
    static let multipartOverhead = 64 * 1024

    func respond(to request: Request) async -> APIResponse {
        let checker: IntakeChecker
        switch await self.checker() {
        case .ready(let ready): checker = ready
        case .missing: return .error("not_configured", "this site has no \(IntakeRules.fileName)", status: .notFound)
        case .broken: return .error("not_configured", "\(IntakeRules.fileName) has errors; see the server's log", status: .serviceUnavailable)
        }
        let key = request.headers[.init("Idempotency-Key")!]
        if let key, !Self.isUsableKey(key) {
            return .error("bad_idempotency_key", "Idempotency-Key must be 1 to 255 visible ASCII characters", status: .badRequest)
        }
        let limits = checker.rules.limits
        let contentType = request.headers[.contentType] ?? ""
        let boundary = MultipartForm.boundary(of: contentType)
        let isJSON = contentType.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() == "application/json"
        guard isJSON || boundary != nil else {
            return .error("unsupported_media_type", "send the request as application/json, or as multipart/form-data with attachments", status: .unsupportedMediaType)
        }
        let limit = boundary == nil ? limits.requestBytes : limits.requestBytes + limits.attachments * limits.attachmentBytes + Self.multipartOverhead
        let body: Data
        do {
            let collected = try await request.body.collect(upTo: limit)
            guard !collected.overflow else { return Self.tooLarge("the request is larger than \(limit) bytes") }
            body = collected.data
        } catch {
            return .error("unreadable_body", "the request body could not be read", status: .badRequest)
        }
        let language = checker.rules.resolvedLanguage(Self.language(request))
        let parts: RequestParts
        switch boundary.map({ RequestParts.multipart(body, boundary: $0, rules: checker.rules) }) ?? .success(RequestParts(json: body, files: [])) {
        case .success(let read): parts = read
        case .failure(let refusal): return refusal.response
        }
        var object: [String: RequestValue]
        switch Self.object(parts.json, checker: checker, language: language) {
        case .success(let read): object = read
        case .failure(let refusal): return refusal.response
        }
        if let bait = object.removeValue(forKey: checker.rules.honeypot), Self.isFilled(bait) {
            return .error("rejected", "the request was refused", status: .badRequest)
        }
        for (field, names) in parts.fileNames { object[field] = .array(names.map(RequestValue.string)) }
        let receivedAt = now()
        var result = checker.check(.object(object), language: language, at: receivedAt)
        guard result.ready else { return Self.notReady(result) }
        let rules = checker.rules
        do {
            if let finding = contractFinding(object, rules: rules, language: language, at: receivedAt) {
                result.findings.append(finding)
                if finding.severity == .error {
                    result.ready = false
                    return Self.notReady(result)
                }
            }
            let history = RequestHistory(store: store, rules: rules)
            let followUpOf = try await history.followUpTarget(object)
            let requester = history.requester(object)
            // A follow-up repeats its ticket's subject on purpose; only other requests can be duplicates.
            let fingerprint = Fingerprint.of(Data(contentType.utf8), body)
            if followUpOf == nil, let earlier = try await history.duplicate(of: object, requester: requester, fingerprint: fingerprint, at: receivedAt) {
                let finding = rules.serverFinding(.requestDuplicate, field: rules.subjectField, language: language, values: ["ticket": earlier])
                result.findings.append(finding)
                if finding.severity == .error {
                    result.ready = false
                    return Self.notReady(result)
                }
            }
            let payload = try TicketPayload(receivedAt: receivedAt, language: language, result: result, fields: .object(object), followUpOf: followUpOf).json()
            let submission = Submission(
                receivedAt: receivedAt, language: language, department: result.route?.department, payload: payload,
                attachments: parts.files, destinations: rules.service.forward.destinationNames, idempotencyKey: key,
                fingerprint: fingerprint, requester: requester, followUpOf: followUpOf
            )
            let (expected, route) = (result.expectedResponse, result.route)
            let acceptance = try await store.accept(submission, format: rules.service.ticketFormat) { ticket in
                try TicketAnswer(ticket: ticket, expectedResponse: expected, route: route, followUpOf: followUpOf).json()
            }
            switch acceptance {
            case .accepted(_, let answer):
                accepted()
                return APIResponse(status: .created, body: answer)
            case .replayed(let answer):
                return APIResponse(status: .created, body: answer, headers: [.init("Idempotent-Replayed")!: "true"])
            case .keyReused:
                return .error("idempotency_key_reused", "this Idempotency-Key was used for a different request", status: .conflict)
            }
        } catch {
            return .error("store_unavailable", "the request could not be stored; try again shortly", status: .serviceUnavailable)
        }
    }

    /// `contract.unknown` or `contract.expired` when intake.yml has a registry and the request's id is not in
    /// it or no longer valid on the day of receipt (UTC); an empty field is left to the field's own rules.
    private func contractFinding(_ object: [String: RequestValue], rules: IntakeRules, language: String, at date: Date) -> Finding? {
        guard let contracts, case .string(let id)? = object[contracts.field], !id.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        guard let day = Day(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0) else { return nil }
        let label = rules.fields.first { $0.id == contracts.field }?.label.text(in: language) ?? contracts.field
        switch contracts.standing(of: id, on: day) {
        case .valid: return nil
        case .unknown: return rules.serverFinding(.contractUnknown, field: contracts.field, language: language, values: ["label": label])
        case .expired(let until):
            return rules.serverFinding(.contractExpired, field: contracts.field, language: language, values: ["date": until.description])
        }
    }

    /// The request object, read as strictly as `deskbook check` reads it (duplicate keys are refused).
    private static func object(_ json: Data, checker: IntakeChecker, language: String) -> Result<[String: RequestValue], Refusal> {
        guard json.count <= checker.rules.limits.requestBytes else {
            return .failure(Refusal(.contentTooLarge, "too_large", "the request is larger than \(checker.rules.limits.requestBytes) bytes"))
        }
        guard json.drop(while: { [0x20, 0x09, 0x0A, 0x0D].contains($0) }).first == UInt8(ascii: "{") else {
            return .failure(Refusal(.badRequest, "malformed_json", "the request must be a JSON object"))
        }
        switch RequestReader.read(json, limit: checker.rules.limits.requestBytes) {
        case .success(.object(let object)):
            return .success(object)
        case .success:
            return .failure(Refusal(.badRequest, "malformed_json", "the request must be a JSON object"))
        case .failure:
            // The checker words the problem (syntax, a key given twice, encoding) in the request's language.
            let message = checker.check(data: json, language: language, at: Date()).findings.first?.message ?? "the request is not valid JSON"
            return .failure(Refusal(.badRequest, "malformed_json", message))
        }
    }

    /// 422 with the result in the shape of `deskbook check --json`, plus `error` and `message`.
    private static func notReady(_ result: CheckResult) -> APIResponse {
        var object = (try? JSONSerialization.jsonObject(with: Data(result.json().utf8))) as? [String: Any] ?? [:]
        object["error"] = "not_ready"
        object["message"] = result.findings.first { $0.severity == .error }?.message ?? "the request is not ready"
        let body = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return APIResponse(status: .unprocessableContent, body: body)
    }

    static func tooLarge(_ message: String) -> APIResponse {
        .error("too_large", message, status: .contentTooLarge)
    }

    /// `?lang=`, else the first language of `Content-Language` (the form sends the page's language).
    private static func language(_ request: Request) -> String? {
        if let lang = request.uri.queryParameters["lang"] { return String(lang) }
        guard let header = request.headers[.contentLanguage] else { return nil }
        let first = header.split(separator: ",").first?.trimmingCharacters(in: .whitespaces) ?? ""
        return first.split(separator: "-").first.map { $0.lowercased() }
    }

    private static func isUsableKey(_ key: String) -> Bool {
        (1...255).contains(key.utf8.count) && key.utf8.allSatisfy { (0x21...0x7E).contains($0) }
    }

    private static func isFilled(_ value: RequestValue) -> Bool {
        switch value {
        case .null, .bool(false): false
        case .string(let text): !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        default: true
        }
    }
}

/// A request refused before it is checked: its status, error code and message.
struct Refusal: Error {
    var status: HTTPResponse.Status
    var code: String
    var message: String

    init(_ status: HTTPResponse.Status, _ code: String, _ message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    var response: APIResponse { .error(code, message, status: status) }
}
