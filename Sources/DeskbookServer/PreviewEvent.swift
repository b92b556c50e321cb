import Foundation

/// What the preview tells open pages over Server-Sent Events (`/_deskbook/events`), read by live.js.
public enum PreviewEvent: Sendable, Equatable {
    /// The served build and the problems of the latest build: sent when a page connects and whenever the
    /// problems change. A page from another build reloads; problems are drawn as an overlay.
    case status(PreviewStatus)
    /// A new build changed more than stylesheets: reload, keeping the scroll position.
    case reload(build: String)
    /// A new build changed only stylesheets: swap them without a reload.
    case stylesheets(build: String, changes: [StylesheetChange])

    /// The event in the text/event-stream format.
    public var serverSentEvent: String {
        let (name, payload): (String, String)
        switch self {
        case .status(let status):
            (name, payload) = ("status", Self.json(status))
        case .reload(let build):
            (name, payload) = ("reload", Self.json(["build": build]))
        case .stylesheets(let build, let changes):
            (name, payload) = ("stylesheets", Self.json(StylesheetsPayload(build: build, changes: changes)))
        }
        return "event: \(name)\ndata: \(payload)\n\n"
    }

    private struct StylesheetsPayload: Encodable {
        var build: String
        var changes: [StylesheetChange]
    }

    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// The state of the preview: `/_deskbook/status` and the first event of every connection.
public struct PreviewStatus: Sendable, Equatable, Codable {
    /// The id of the build being served.
    public var build: String
    /// The diagnostics of the latest build when it has errors (`path:line:col: error: message`), else empty.
    public var problems: [String]

    public init(build: String, problems: [String]) {
        self.build = build
        self.problems = problems
    }
}
