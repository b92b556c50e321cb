import DeskbookIntake
import DeskbookTickets
import Foundation

/// Delivers a request by email to the support mailbox, or, as the acknowledgement destination, to the
/// customer (see `MailComposer` for what each says).
struct EmailDestination: Destination {
    enum Kind: Sendable {
        case team, acknowledgement
    }

    let name: String
    let rule: EmailRule
    let kind: Kind
    let composer: MailComposer
    let sender: SMTPSender

    func deliver(_ delivery: Delivery) async throws {
        let message = switch kind {
        case .team: try composer.teamMessage(delivery, rule: rule)
        case .acknowledgement: try composer.acknowledgement(delivery, rule: rule)
        }
        try await sender.send(message.rendered(), from: rule.from, to: message.to)
    }
}
