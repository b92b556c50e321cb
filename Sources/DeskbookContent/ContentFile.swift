import Foundation

/// A Markdown file found under `content/<language>/`, not yet parsed.
public struct ContentFile: Sendable {
    /// The path shown in diagnostics, e.g. `content/en/billing/refunds.md`.
    public var displayPath: String
    public var language: String
    /// The path inside the language folder, e.g. `billing/refunds.md`; the same for all translations.
    public var contentPath: String
    public var data: Data

    public init(displayPath: String, language: String, contentPath: String, data: Data) {
        self.displayPath = displayPath
        self.language = language
        self.contentPath = contentPath
        self.data = data
    }
}
