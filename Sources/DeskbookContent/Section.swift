import Foundation

/// A folder of pages in one language, described by its optional `_index.md`.
public struct Section: Sendable {
    public var language: String
    /// The folder inside the language (`billing`, `troubleshooting/desktop`); "" is the language home.
    public var path: String
    public var title: String
    public var description: String?
    public var order: Int?
    /// The kind of the pages inside unless they say otherwise.
    public var defaultKind: PageKind?
    public var url: String
    /// The `_index.md` page, as an index into `Site.pages`.
    public var indexPage: Int?
    /// Pages directly in this folder, sorted, as indexes into `Site.pages`.
    public var pages: [Int] = []
    /// Paths of the sections directly inside, sorted.
    public var subsections: [String] = []

    public var isHome: Bool { path.isEmpty }

    /// The path of the enclosing section, nil for the home.
    public var parentPath: String? {
        guard !path.isEmpty else { return nil }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Whether `lhs` comes before `rhs` in a section's listing: by `order`, then by title. Sorting pages taken in
    /// `Site.pages` order with it (a stable sort) gives `pages`.
    public static func listsBefore(_ lhs: Page, _ rhs: Page) -> Bool {
        (lhs.frontMatter.order ?? Int.max, lhs.title) < (rhs.frontMatter.order ?? Int.max, rhs.title)
    }

    /// A readable title for folders without `_index.md`: `getting-started` → `Getting started`.
    static func fallbackTitle(for path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
