import DeskbookIntake
import DeskbookTickets
import Foundation

/// What the store knows about a new request's past: the ticket it follows up, and an earlier request from
/// the same requester that it nearly repeats.
struct RequestHistory: Sendable {
    let store: any TicketStore
    let rules: IntakeRules

    /// The most earlier requests of one requester compared with a new one.
    static let comparedRequests = 20

    /// The first stored ticket whose number the subject carries.
    func followUpTarget(_ fields: [String: RequestValue]) async throws -> String? {
        guard let subject = text(fields, rules.subjectField) else { return nil }
        for number in rules.service.ticketFormat.numbers(in: subject) where try await store.ticketExists(number) {
            return number
        }
        return nil
    }

    /// Who sent the request: the first email field's value, lower-cased.
    func requester(_ fields: [String: RequestValue]) -> String? {
        rules.fields.filter { $0.type == .email }.lazy
            .compactMap { text(fields, $0.id)?.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
            .first { !$0.isEmpty }
    }

    /// The newest earlier request from `requester` within the window whose subject and description are
    /// near-identical to these, when intake.yml asks for the check. A request stored under an idempotency key
    /// with this same `fingerprint` is this one retried, not a duplicate: the store replays its answer.
    func duplicate(of fields: [String: RequestValue], requester: String?, fingerprint: String, at now: Date) async throws -> String? {
        guard let rule = rules.service.duplicates, let requester else { return nil }
        let since = now.addingTimeInterval(-Double(rule.windowHours) * 3600)
        let mine = comparedText(fields)
        for earlier in try await store.recentRequests(requester: requester, since: since, limit: Self.comparedRequests) {
            guard earlier.fingerprint != fingerprint, let object = try? JSONSerialization.jsonObject(with: earlier.payload) as? [String: Any],
                  let stored = object["fields"] as? [String: Any] else { continue }
            let theirs = [rules.subjectField, rules.bodyField].compactMap { $0.flatMap { stored[$0] as? String } }.joined(separator: "\n")
            if NearDuplicate.similarity(mine, theirs) >= rule.similarity { return earlier.ticket }
        }
        return nil
    }

    private func comparedText(_ fields: [String: RequestValue]) -> String {
        [rules.subjectField, rules.bodyField].compactMap { text(fields, $0) }.joined(separator: "\n")
    }

    private func text(_ fields: [String: RequestValue], _ id: String?) -> String? {
        guard let id, case .string(let value)? = fields[id] else { return nil }
        return value
    }
}
