/// A place an accepted request is delivered to: a webhook now, an email mailbox later.
///
/// `deliver` returns when the destination took the request, and throws when it did not; the worker then tries
/// again later. A destination may receive the same ticket more than once (delivery is at least once), so each
/// delivery carries the ticket number for the receiver to drop repeats.
public protocol Destination: Sendable {
    /// The name the store's deliveries use (`webhook`, `webhook-2`, ...).
    var name: String { get }
    func deliver(_ delivery: Delivery) async throws
}
