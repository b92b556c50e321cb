import DeskbookCore
import Foundation
import Mustache

/// A loaded theme: templates, hashed assets, verbatim static files and interface strings.
public struct Theme: Sendable {
    /// Templates by name (`article`, `partials/head`); names under `shared/` are language-wide partials.
    public var templates: [String: MustacheTemplate]
    /// Asset files by their theme path (`css/style.css`), with the hashed site path they are published at.
    public var assets: [ThemeAsset]
    /// Files copied as they are, by their path in the output (`search/search.js`).
    public var staticFiles: [String: Data]
    /// Interface strings by language, then key.
    public var strings: [String: [String: String]]
    /// A fingerprint of the templates' sources, equal for two loads of the same templates in one process: a
    /// rebuild renders a page again when it changes (`RenderMemo`).
    public var templatesFingerprint: Int

    /// Partials that read only `site` and `t`, so they render once per language instead of once per page.
    public var sharedPartialNames: [String] {
        templates.keys.filter { $0.hasPrefix(Self.sharedPrefix) }.sorted()
    }

    static let sharedPrefix = "shared/"

    /// Interface strings for a language, falling back to English for missing keys.
    public func strings(for language: String) -> [String: String] {
        let english = strings["en"] ?? [:]
        return english.merging(strings[language] ?? [:]) { _, localized in localized }
    }
}

/// A theme asset published under a content-hashed name, so hosts can cache it forever.
public struct ThemeAsset: Sendable {
    public var themePath: String
    public var data: Data

    /// `css/style.css` → `assets/css/style.1a2b3c4d5e.css`.
    public var outputPath: String {
        let hash = ContentHash.hex(data)
        let directory = Path.directory(of: themePath)
        let name = Path.fileName(of: themePath)
        let hashed: String
        if let dot = name.lastIndex(of: ".") {
            hashed = name[..<dot] + "." + hash + name[dot...]
        } else {
            hashed = name + "." + hash
        }
        return Path.join("assets", directory, hashed)
    }

    /// A script that pages carry inline instead of loading it (`js/color-scheme.inline.js`): one that must run
    /// before the first paint without blocking it. Its text is `site.inline.<key>`, the Content-Security-Policy
    /// allows it by its hash (`site.script_hashes`), and it is not published as a file.
    public var isInline: Bool { themePath.hasSuffix(".inline.js") }

    /// The key templates use: `css/style.css` → `css_style_css`.
    public var templateKey: String {
        String(themePath.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }
}
