import DeskbookCore
import Foundation
import Logging

/// A swift-log handler that writes one JSON object per line to standard error: time, level, label, message
/// and metadata. Callers log ticket numbers and routes, never request bodies.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    private let label: String

    public init(label: String) {
        self.label = label
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var object: [String: String] = [
            "time": Self.now(),
            "level": event.level.rawValue,
            "label": label,
            "message": "\(event.message)",
        ]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { _, new in new }) where object[key] == nil {
            object[key] = "\(value)"
        }
        // Written by hand rather than with JSONEncoder: the service logs every API call.
        let line = JSONValue.object(object.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) }).serialized() + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// The current UTC time to the second, ISO 8601 (`2026-01-16T14:00:00Z`).
    static func now() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var text = [CChar](repeating: 0, count: 32)
        let count = strftime(&text, text.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
        return String(decoding: text.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
