import AsyncHTTPClient
import DeskbookIntake
import DeskbookTickets
import Foundation
import NIOCore
import NIOHTTP1

/// Delivers a request as a signed JSON POST (see `WebhookSignature`), with the ticket as `Idempotency-Key`;
/// any 2xx answer counts as delivered.
struct WebhookDestination: Destination {
    let name: String
    let url: String
    let key: String
    let client: HTTPClient
    var timeout: TimeAmount = .seconds(Int64(Destinations.longestAttempt))
    var now: @Sendable () -> Date = { Date() }

    struct Rejected: Error, CustomStringConvertible {
        var status: UInt
        var description: String { "the webhook answered HTTP \(status)" }
    }

    func deliver(_ delivery: Delivery) async throws {
        let body = try WebhookBody.make(delivery)
        let timestamp = Int(now().timeIntervalSince1970)
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Idempotency-Key", value: delivery.ticket)
        request.headers.add(name: WebhookSignature.timestampHeader, value: String(timestamp))
        request.headers.add(name: WebhookSignature.signatureHeader, value: WebhookSignature.sign(body: body, timestamp: timestamp, key: key))
        request.headers.add(name: "User-Agent", value: "Deskbook")
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await client.execute(request, timeout: timeout)
        // The answer's body is not needed; read a little of it so the connection can be reused.
        _ = try? await response.body.collect(upTo: 64 * 1024)
        guard (200..<300).contains(response.status.code) else { throw Rejected(status: response.status.code) }
    }
}

/// The destinations intake.yml `forward` names, with their keys from the environment.
enum Destinations {
    /// The most one delivery attempt may take, in seconds.
    static let longestAttempt: TimeInterval = 20

    /// An HTTP client for deliveries: a receiver that is down fails an attempt within seconds (the attempt is
    /// retried later from the outbox), and redirects are not followed, so a delivery goes only where intake.yml says.
    static func client() -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: .seconds(3), read: .seconds(15))
        configuration.redirectConfiguration = .disallow
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Why a destination cannot be used.
    struct MissingSecret: Error, CustomStringConvertible {
        var destination: String
        var variable: String
        var purpose: String
        var description: String { "forward \(destination): the environment variable \(variable) (\(purpose)) is not set" }
    }

    /// Every destination of `forward`, with its secrets from the environment.
    static func make(_ rules: IntakeRules, environment: [String: String], client: HTTPClient) throws -> [any Destination] {
        let rule = rules.service.forward
        let webhooks: [any Destination] = try rule.webhooks.map { webhook in
            WebhookDestination(name: webhook.name, url: webhook.url, key: try secret(webhook.secretEnvironment, environment, webhook.name, "its signing key"), client: client)
        }
        let composer = MailComposer(rules: rules)
        let emails: [any Destination] = try rule.emails.flatMap { email -> [any Destination] in
            let sender = SMTPSender(
                url: email.smtpURL,
                username: try email.usernameEnvironment.map { try secret($0, environment, email.name, "the SMTP user name") },
                password: try email.passwordEnvironment.map { try secret($0, environment, email.name, "the SMTP password") },
                requireStartTLS: email.startTLS
            )
            var made: [any Destination] = [EmailDestination(name: email.name, rule: email, kind: .team, composer: composer, sender: sender)]
            if email.acknowledgeField != nil {
                made.append(EmailDestination(name: email.acknowledgementName, rule: email, kind: .acknowledgement, composer: composer, sender: sender))
            }
            return made
        }
        return webhooks + emails
    }

    private static func secret(_ variable: String, _ environment: [String: String], _ destination: String, _ purpose: String) throws -> String {
        guard let value = environment[variable], !value.isEmpty else {
            throw MissingSecret(destination: destination, variable: variable, purpose: purpose)
        }
        return value
    }
}
