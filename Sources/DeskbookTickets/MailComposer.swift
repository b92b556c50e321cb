import DeskbookIntake
import Foundation

/// Writes the two emails of a request from its stored payload: the one to the support mailbox
/// (`[<ticket>] <subject>`, Reply-To the customer, every field, the attachments) and the acknowledgement to the
/// customer in the request's language (the ticket number, the expected response, a copy of the request).
public struct MailComposer: Sendable {
    public var rules: IntakeRules
    public var now: @Sendable () -> Date

    public init(rules: IntakeRules, now: @escaping @Sendable () -> Date = { Date() }) {
        self.rules = rules
        self.now = now
    }

    /// A delivery whose email cannot be written (no customer address for an acknowledgement, say).
    public struct Unsendable: Error, CustomStringConvertible {
        public var description: String
    }

    /// The email to the support mailbox.
    public func teamMessage(_ delivery: Delivery, rule: EmailRule) throws -> MailMessage {
        let request = try StoredRequest(delivery.payload)
        var text = ["\(label("ticket", request.language)): \(delivery.ticket)", "\(label("received", request.language)): \(request.receivedAt)"]
        if let earlier = request.followUpOf { text.append("\(label("follow_up_of", request.language)): \(earlier)") }
        if let department = request.department { text.append("\(label("department", request.language)): \(department)") }
        text += expectation(request)
        text += [""] + fieldLines(request, attachments: delivery.attachments)
        return MailMessage(
            from: rule.from, to: rule.to, replyTo: customerAddress(request, rule: rule),
            subject: "[\(delivery.ticket)] \(subject(request))", date: now(), messageID: "\(delivery.ticket).\(rule.name)@deskbook",
            text: text.joined(separator: "\n") + "\n", attachments: delivery.attachments
        )
    }

    /// The acknowledgement to the customer.
    public func acknowledgement(_ delivery: Delivery, rule: EmailRule) throws -> MailMessage {
        let request = try StoredRequest(delivery.payload)
        guard let address = customerAddress(request, rule: rule) else {
            throw Unsendable(description: "the request has no customer address in the field '\(rule.acknowledgeField ?? "")'")
        }
        let words = Self.acknowledgementWords[request.language] ?? Self.acknowledgementWords["en"]!
        var text = [words.thanks.replacingOccurrences(of: "{ticket}", with: delivery.ticket)]
        text += expectation(request)
        text += ["", words.keepNumber, "", words.copy, ""] + fieldLines(request, attachments: delivery.attachments)
        return MailMessage(
            from: rule.from, to: [address], replyTo: rule.to.first,
            subject: "[\(delivery.ticket)] \(words.subject): \(subject(request))", date: now(),
            messageID: "\(delivery.ticket).\(rule.acknowledgementName)@deskbook", text: text.joined(separator: "\n") + "\n"
        )
    }

    /// The customer's address: the acknowledgement field, else the first email field with a value.
    func customerAddress(_ request: StoredRequest, rule: EmailRule) -> String? {
        let candidates = (rule.acknowledgeField.map { [$0] } ?? []) + rules.fields.filter { $0.type == .email }.map(\.id)
        return candidates.lazy.compactMap { request.fields[$0] as? String }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .first(where: EmailAddress.isValid)
    }

    private func subject(_ request: StoredRequest) -> String {
        rules.subjectField.flatMap { request.fields[$0] as? String }.map { MailMessage.clean($0) } ?? ""
    }

    private func expectation(_ request: StoredRequest) -> [String] {
        guard let expected = request.expectedResponse else { return [] }
        var lines = [expected["message"] as? String ?? ""]
        if let first = expected["first_response_by"] as? String { lines.append("\(label("first_response_by", request.language)): \(first)") }
        if let resolution = expected["resolution_by"] as? String { lines.append("\(label("resolution_by", request.language)): \(resolution)") }
        return lines.filter { !$0.isEmpty }
    }

    /// `Label: value` for each field in intake.yml's order, then any other field, then the attachments.
    private func fieldLines(_ request: StoredRequest, attachments: [Attachment]) -> [String] {
        let known = rules.fields.filter { $0.type != .file }.map { ($0.id, $0.label.text(in: request.language)) }
        let others = request.fields.keys.sorted().filter { key in !rules.fields.contains { $0.id == key } }.map { ($0, $0) }
        var lines: [String] = []
        for (id, name) in known + others {
            guard let value = request.fields[id], let text = Self.text(value), !text.isEmpty else { continue }
            lines.append(text.contains("\n") ? "\(name):\n\(text)\n" : "\(name): \(text)")
        }
        for attachment in attachments {
            lines.append("\(label("attachment", request.language)): \(attachment.name) (\(attachment.mediaType), \(attachment.content.count) bytes)")
        }
        return lines
    }

    private static func text(_ value: Any) -> String? {
        switch value {
        case let text as String: text
        case let list as [Any]: list.compactMap(text).joined(separator: ", ")
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }

    private func label(_ key: String, _ language: String) -> String {
        (Self.labels[language] ?? Self.labels["en"]!)[key] ?? key
    }

    private static let labels: [String: [String: String]] = [
        "en": [
            "ticket": "Ticket", "received": "Received", "department": "Department", "first_response_by": "First response by",
            "resolution_by": "Resolution by", "attachment": "Attachment", "follow_up_of": "Follow-up of",
        ],
        "ru": [
            "ticket": "Обращение", "received": "Получено", "department": "Отдел", "first_response_by": "Первый ответ до",
            "resolution_by": "Решение до", "attachment": "Вложение", "follow_up_of": "Продолжение обращения",
        ],
    ]

    private static let acknowledgementWords: [String: (subject: String, thanks: String, keepNumber: String, copy: String)] = [
        "en": (
            "We have received your request",
            "Thank you. Your request is registered under the number {ticket}.",
            "When you write to us about this request, keep the number in the subject.",
            "Your request:"
        ),
        "ru": (
            "Ваше обращение получено",
            "Спасибо! Ваше обращение зарегистрировано под номером {ticket}.",
            "Когда будете писать нам об этом обращении, сохраните номер в теме письма.",
            "Ваше обращение:"
        ),
    ]
}

/// The parts of a stored payload (see `TicketPayload`) that emails show.
struct StoredRequest {
    var language: String
    var receivedAt: String
    var department: String?
    var expectedResponse: [String: Any]?
    var fields: [String: Any]
    var followUpOf: String?

    init(_ payload: Data) throws {
        guard let object = try JSONSerialization.jsonObject(with: payload) as? [String: Any] else { throw CocoaError(.coderReadCorrupt) }
        language = object["language"] as? String ?? "en"
        receivedAt = object["received_at"] as? String ?? ""
        department = (object["route"] as? [String: Any])?["department"] as? String
        expectedResponse = object["expected_response"] as? [String: Any]
        fields = object["fields"] as? [String: Any] ?? [:]
        followUpOf = object["follow_up_of"] as? String
    }
}
