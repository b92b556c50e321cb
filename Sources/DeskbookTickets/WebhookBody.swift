import Foundation

/// The JSON a webhook receives: the stored payload (ticket, fields, route, expected response) with each
/// attachment's content in base64.
public enum WebhookBody {
    public static func make(_ delivery: Delivery) throws -> Data {
        guard var object = try JSONSerialization.jsonObject(with: delivery.payload) as? [String: Any] else {
            throw CocoaError(.coderReadCorrupt)
        }
        object["ticket"] = delivery.ticket
        object["attachments"] = delivery.attachments.map { attachment in
            [
                "field": attachment.field, "name": attachment.name, "media_type": attachment.mediaType,
                "size": attachment.content.count, "content_base64": attachment.content.base64EncodedString(),
            ] as [String: Any]
        }
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    }
}
