import Foundation

/// JSON for embedding in HTML `<script type="application/ld+json">` blocks and data files.
enum JSONText {
    /// Serializes a JSON object; `<` is escaped so content can never close or open a script element.
    static func encode(_ object: Any) -> String {
        guard JSONSerialization.isValidJSONObject(object),
              let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }
}
